export * from './profile-template.js';
export * from './choice.js';
export * from './template-registry.js';
export * from './beauty-salon.js';
export * from './hotel-guest.js';
export * from './insurance-client.js';
export * from './retail-membership.js';
export * from './built-in.js';
