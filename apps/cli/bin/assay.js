#!/usr/bin/env node
// The `assay` command. The TypeScript sources are compiled by `npm run build` (run by `npm install`).
import('../dist/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/main.js')) {
    process.stderr.write('assay is not built yet. Run `npm run build` in the repository root first.\n');
    process.exit(70);
  }
  throw error;
});
