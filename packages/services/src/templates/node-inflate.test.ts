import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { readTemplate } from '@assay/core';
import { sharedPath } from '@assay/core/test-support';
import { describe, expect, it } from 'vitest';
import { nodeInflateRaw } from './node-inflate.js';

const dir = sharedPath('rmi-templates');

describe('nodeInflateRaw', () => {
  it('inflates to the declared size', () => {
    const data = new TextEncoder().encode('<sheetData>'.repeat(1000));
    expect(nodeInflateRaw(deflateRawSync(data), data.length)).toEqual(data);
  });
  it('stops with a RangeError past the declared size, without inflating the rest', () => {
    const bomb = deflateRawSync(new Uint8Array(8 * 1024 * 1024));
    expect(() => nodeInflateRaw(bomb, 100)).toThrow(RangeError);
  });
});

describe.skipIf(!dir)('the native inflater reads every sample as the built-in one does', () => {
  const files = dir
    ? ['', 'real-filled'].flatMap((sub) =>
        readdirSync(join(dir, sub))
          .filter((name) => name.endsWith('.xlsx'))
          .map((name) => join(dir, sub, name)),
      )
    : [];
  it.each(files.map((path) => [path.slice((dir ?? '').length + 1), path]))('%s', (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const native = readTemplate(bytes, { inflateRaw: nodeInflateRaw });
    expect(native.declaration).toBeDefined();
    expect(native).toEqual(readTemplate(bytes));
  });
});
