export * from './case-handling.js';
export * from './case-queries.js';
export * from './grievance-desk.js';
export * from './grievance-files.js';
export * from './grievance-settings.js';
export * from './public-channel.js';
export * from './retention.js';
export { argon2SecretHasher } from './secret-hasher.js';
