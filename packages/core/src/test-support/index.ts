/** Test helpers of the core (not built): shared-file lookup, a seeded PRNG, minimal and synthetic workbooks, cell patches and the hostile-input corpus. */

export * from './hostile-corpus.js';
export * from './minimal-workbook.js';
export * from './patch-cells.js';
export * from './random.js';
export * from './shared-files.js';
export * from './synthetic-cmrt.js';
