export * from './accounts.schema.js';
export * from './roles.js';
export * from './sign-in-throttle.js';
