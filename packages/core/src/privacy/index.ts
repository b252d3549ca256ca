export * from './masking.js';
export * from './roles.js';
export * from './access.js';
export * from './encryption.js';
export * from './anonymise.js';
