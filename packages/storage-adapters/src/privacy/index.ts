export * from './audit-log.js';
export * from './privacy-store.js';
export * from './audit-log-entry.js';
export * from './audit-log-messages.js';
export * from './sealable-kinds.js';
