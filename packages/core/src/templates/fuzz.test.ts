import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { MUTATION_KINDS, mutate } from '../test-support/hostile-corpus.js';
import { prng } from '../test-support/random.js';
import { sharedPath } from '../test-support/shared-files.js';
import { checkTemplate } from './check-template.js';
import { templateReadResultSchema } from './declaration.schema.js';
import { Workbook } from './workbook.js';
import { ZipArchive } from './zip-archive.js';
import { rewriteZip } from './zip-write.js';

const dir = sharedPath('rmi-templates');

const enc = new TextEncoder();
// Generous for a loaded CI machine; a full-size read takes about 50–150 ms.
const PER_FILE_MS = 5000;

/** A copy of a real template whose Smelter List keeps only its first 40 rows, so 500 reads stay fast. */
function slimTemplate(bytes: Uint8Array): Uint8Array {
  const wb = Workbook.open(bytes);
  const info = wb.sheetInfo('Smelter List');
  const xml = wb.sheetXml('Smelter List') ?? '';
  const cut = xml.indexOf('<row r="41"');
  const end = xml.indexOf('</sheetData>');
  const slim = cut > 0 && end > cut ? xml.slice(0, cut) + xml.slice(end) : xml;
  return rewriteZip(wb.zip, { replace: new Map([[info?.path ?? '', enc.encode(slim)]]), remove: new Set() });
}

/** The i-th mutation kind, cycling through all of them. */
const kind = (i: number) => MUTATION_KINDS[i % MUTATION_KINDS.length] ?? 'bit-flips';

/** Reads and validates; anything thrown must be an AppError, and a result must match the schema. */
function check(bytes: Uint8Array, simd: boolean): { result: unknown } | { refused: string } {
  const start = performance.now();
  try {
    const result = checkTemplate(bytes, { fileName: 'fuzz.xlsx', simd });
    expect(templateReadResultSchema.safeParse(result).success).toBe(true);
    return { result };
  } catch (e) {
    if (!isAppError(e)) throw e;
    expect(e.code).toBe('unreadable_file');
    return { refused: e.message };
  } finally {
    expect(performance.now() - start).toBeLessThan(PER_FILE_MS);
  }
}

/** Checks a file with the WebAssembly byte searches and in plain JavaScript: the same outcome either way. */
function survive(bytes: Uint8Array): 'read' | 'refused' {
  const outcome = check(bytes, true);
  expect(check(bytes, false)).toEqual(outcome);
  return 'result' in outcome ? 'read' : 'refused';
}

describe.skipIf(!dir)('fuzzing mutated copies of a real template', () => {
  // Built on first use: a skipped suite still runs this body to collect its tests.
  let cached: { real: Uint8Array; slim: Uint8Array; slimZip: ZipArchive } | undefined;
  const fixture = () => {
    if (!cached) {
      const real = new Uint8Array(readFileSync(join(dir ?? '', 'CMRT-6.4_blank_en_mineral-system.xlsx')));
      const slim = slimTemplate(real);
      cached = { real, slim, slimZip: ZipArchive.open(slim) };
    }
    return cached;
  };

  for (let batch = 0; batch < 5; batch++) {
    it(`never crashes on 100 mutations of the slimmed CMRT 6.4 (batch ${batch + 1} of 5)`, () => {
      const r = prng(0xa55a + batch);
      const outcomes = { read: 0, refused: 0 };
      const { slim, slimZip } = fixture();
      for (let i = 0; i < 100; i++) outcomes[survive(mutate(slim, slimZip, r, kind(i)))]++;
      expect(outcomes.read + outcomes.refused).toBe(100);
      // Both outcomes occur: the mutations reach the reader, not only the zip layer.
      expect(outcomes.read).toBeGreaterThan(10);
      expect(outcomes.refused).toBeGreaterThan(10);
    }, 120_000);
  }

  it('never crashes on 25 mutations of the full-size template', () => {
    const r = prng(7);
    const { real } = fixture();
    const zip = ZipArchive.open(real);
    for (let i = 0; i < 25; i++) survive(mutate(real, zip, r, kind(i)));
  }, 120_000);
});
