import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@assay/core/test-support': src('./packages/core/src/test-support/index.ts'),
      '@assay/core': src('./packages/core/src/index.ts'),
      '@assay/storage/test-support': src('./packages/storage/src/test-support/databases.ts'),
      '@assay/storage': src('./packages/storage/src/index.ts'),
      '@assay/services/node-inflate': src('./packages/services/src/templates/node-inflate.ts'),
      '@assay/services/template-verdict': src('./packages/services/src/templates/template-verdict.ts'),
      '@assay/services': src('./packages/services/src/index.ts'),
      '@assay/server': src('./apps/server/src/index.ts'),
      '@assay/reference-data': src('./packages/reference-data/src/index.ts'),
    },
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: [
      'packages/*/src/**/*.test.{ts,tsx}',
      'apps/*/src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Under CI a JSON report is written too; .ci/run turns it into the closing "N passed, N failed" line.
    reporters: process.env.CI === 'true' ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-output/vitest.json' },
    globalSetup: ['./packages/storage/src/test-support/global-setup.ts'],
  },
});
