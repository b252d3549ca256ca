export * from './errors.js';
export * from './indexeddb-store.js';
