export * from './formula.js';
