export * from './unified-social-credit-code.js';
export * from './resident-id-number.js';
export * from './mobile-number.js';
export * from './pinyin-initials.js';
export * from './messages.js';
export * from './schemas.js';
