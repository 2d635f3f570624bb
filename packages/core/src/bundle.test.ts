import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './test-support/shared-files.js';

describe('the core bundles for the browser', () => {
  it('builds as one ESM bundle for the browser platform, with no Node built-in left in it', async () => {
    const result = await build({
      entryPoints: [`${REPO_ROOT}/packages/core/src/index.ts`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('packages/core/src/index.ts'))).toBe(true);
    expect(inputs.filter((path) => path.startsWith('node:') || /^(fs|path|net|crypto)$/.test(path))).toEqual([]);
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports).toEqual([]);
  }, 60_000);
});
