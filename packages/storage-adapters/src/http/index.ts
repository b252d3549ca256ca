export * from './paths.js';
export * from './wire.js';
export * from './responses.js';
export * from './handler.js';
export * from './client.js';
