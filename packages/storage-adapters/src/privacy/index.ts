export * from './audit-log.js';
export * from './privacy-store.js';
