import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleByteScan } from './wasm-assemble.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'src', 'templates');

describe('byte-scan-wasm.ts', () => {
  it('is what byte-scan.wat assembles to (run `npm run build:wasm` after editing the .wat)', async () => {
    const source = readFileSync(resolve(dir, 'byte-scan.wat'), 'utf8');
    expect(readFileSync(resolve(dir, 'byte-scan-wasm.ts'), 'utf8')).toBe(await assembleByteScan(source));
  });
});
