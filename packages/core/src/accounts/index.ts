export * from './accounts.schema.js';
export * from './roles.js';
