export * from './normalise.js';
export * from './duplicates.js';
