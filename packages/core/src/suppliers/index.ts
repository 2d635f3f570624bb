export * from './contacts.js';
export * from './register-table.js';
export * from './supplier.schema.js';
export * from './supplier-materials.js';
export * from './supplier-profile.schema.js';
export * from './supplier-record.js';
export * from './supplier-risk.js';
export * from './write-xlsx.js';
