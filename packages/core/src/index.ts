export * from './i18n/locale.js';
export * from './i18n/translate.js';
export * from './enums/vocabularies.js';
export * from './enums/schemas.js';
export * from './enums/labels.js';
