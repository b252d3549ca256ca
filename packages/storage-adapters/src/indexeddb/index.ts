export * from './errors.js';
export * from './indexeddb-store.js';
export * from './audit-log.js';
