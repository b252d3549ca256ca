export * from './decimal.js';
export * from './fen.js';
export * from './sum.js';
export * from './messages.js';
