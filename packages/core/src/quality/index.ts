export * from './normalise.js';
export * from './duplicates.js';
export * from './merge.js';
