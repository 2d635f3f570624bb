/**
 * @assay/core — the pure domain core of Assay. No I/O, no framework: runs in Node and the browser.
 * Each domain module re-exports its public surface from its own index.
 */
export * from './accounts/index.js';
export * from './cmr/index.js';
export * from './due-diligence/index.js';
export * from './errors.js';
export * from './grievances/index.js';
export * from './i18n/field-label.js';
export * from './i18n/locales.js';
export * from './i18n/ui/index.js';
export * from './i18n/validation-key.js';
export * from './reference/index.js';
export * from './risk/index.js';
export * from './smelters/index.js';
export * from './suppliers/index.js';
export * from './supply-chain/index.js';
export * from './templates/index.js';
