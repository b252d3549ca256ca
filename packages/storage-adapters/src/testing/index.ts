export * from './assert.js';
export * from './harness.js';
export * from './fixtures.js';
export * from './conformance.js';
export * from './memory-raw.js';
export * from '../privacy/audit-log-suite.js';
export * from './work-records.js';
