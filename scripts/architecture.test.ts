import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchitecture } from './architecture.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'assay-arch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(scratch, 't-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('dependency check', () => {
  it('passes on this repository', () => {
    expect(checkArchitecture(repo)).toEqual([]);
  });

  it('fails when the core imports node:fs', () => {
    const root = tree({ 'packages/core/src/risk/load.ts': "import { readFileSync } from 'node:fs';\n" });
    expect(checkArchitecture(root)).toEqual([
      expect.objectContaining({ file: 'packages/core/src/risk/load.ts', line: 1, specifier: 'node:fs' }),
    ]);
  });

  it.each([
    ["import net from 'net';", 'net'],
    ["import { createStore } from '@assay/storage';", '@assay/storage'],
    ["export { createApp } from '@assay/server';", '@assay/server'],
    ["const pg = await import('pg');", 'pg'],
    ["import type { Context } from 'hono';", 'hono'],
  ])('fails when the core has `%s`', (line, specifier) => {
    const root = tree({ 'packages/core/src/x.ts': `${line}\n` });
    expect(checkArchitecture(root).map((v) => v.specifier)).toEqual([specifier]);
  });

  it('fails when storage imports the server, and allows the core’s own libraries and test files', () => {
    const root = tree({
      'packages/storage/src/a.ts': "import { createApp } from '@assay/server';\n",
      'packages/core/src/b.ts': "import { z } from 'zod';\nimport { x } from './x.js';\n",
      'packages/core/src/b.test.ts': "import { readFileSync } from 'node:fs';\n",
    });
    expect(checkArchitecture(root).map((v) => `${v.file}:${v.specifier}`)).toEqual([
      'packages/storage/src/a.ts:@assay/server',
    ]);
  });
});
