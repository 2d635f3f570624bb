/** Test helpers of the core (not built): shared-file lookup and a seeded PRNG. */

export * from './minimal-workbook.js';
export * from './random.js';
export * from './shared-files.js';
