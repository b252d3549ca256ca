export * from './sql-client.js';
export * from './schema.js';
export * from './figures-sql.js';
export * from './postgres-store.js';
export * from './audit-log.js';
