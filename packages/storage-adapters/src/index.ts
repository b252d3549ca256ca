export * from './contract/index.js';
export * from './memory/index.js';
export * from './http/index.js';
export * from './postgres/index.js';
export * from './indexeddb/index.js';
export * from './privacy/index.js';
