export * from './annex-i.js';
export * from './check-imports.js';
export * from './obligations.js';
export * from './parse-import-csv.js';
