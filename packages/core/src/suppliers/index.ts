export * from './supplier.schema.js';
