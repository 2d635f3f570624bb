export * from './intake.js';
export * from './own-declaration.js';
export * from './rollup.js';
export * from './smelters.js';
export * from './submission-files.js';
export * from './submissions.js';
export * from './supplier-import.js';
