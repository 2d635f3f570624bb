import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/run-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'assay-cmr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

type Line = {
  cnCode: string;
  annualKg: number;
  thresholdKg: number | null;
  inScope: boolean;
  reason: string;
  verified: boolean;
};

describe('assay cmr check', () => {
  // Hand-computed from Annex I (consolidated 02017R0821-20201119): every line has its own Annex I line,
  // so each annual total is the line's own kg (recycled kg never count).
  const imports = csv(
    'imports.csv',
    [
      'cn_code,annual_kg,recycled,origin_country',
      '2609 00 00,5000,false,CD', // tin ore, threshold 5 000: exactly at it → in scope
      '8003 00 00,1401,false,', // tin bars, threshold 1 400: 1 kg over → in scope
      '8007 00 10,2099,false,', // tin, other articles, threshold 2 100: 1 kg under → out
      '8001 20 00,500000,true,', // unwrought tin alloys, recycled → exempt whatever the volume
      '2827 39 10,10000,false,CN', // tin chlorides, 10 000 kg single-source threshold → in scope, unverified
      '7404 00 10,1000000,false,', // copper scrap: not in Annex I
    ].join('\n'),
  );
  const expected: [string, number, number | null, boolean, string, boolean][] = [
    ['2609 00 00', 5000, 5000, true, 'at_or_above_threshold', true],
    ['8003 00 00', 1401, 1400, true, 'at_or_above_threshold', true],
    ['8007 00 10', 2099, 2100, false, 'below_threshold', true],
    ['8001 20 00', 500000, 100000, false, 'recycled_exempt', true],
    ['2827 39 10', 10000, 10000, true, 'at_or_above_threshold', false],
    ['7404 00 10', 1000000, null, false, 'not_in_annex_i', true],
  ];

  it('says per line and overall whether the importer is in scope, as JSON', async () => {
    const result = await runCaptured('cmr', 'check', '--imports', imports, '--json');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.out) as { inScope: boolean; lines: Line[]; obligations: { id: string }[] };
    expect(body.inScope).toBe(true);
    expect(body.lines.map((l) => [l.cnCode, l.annualKg, l.thresholdKg, l.inScope, l.reason, l.verified])).toEqual(
      expected,
    );
    const ids = body.obligations.map((o) => o.id);
    expect(ids).toEqual(
      expect.arrayContaining(['policy', 'records-minerals', 'records-cahra', 'records-metals', 'recycled-disclosure']),
    );
  });

  it('prints a table that marks unverified thresholds and the recycled exemption', async () => {
    const result = await runCaptured('cmr', 'check', '--imports', imports);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/2827 39 10 .* yes .*threshold unverified \(single source\)/);
    expect(result.out).toMatch(/8001 20 00 .* no .*recycled or scrap: exempt/);
    expect(result.out).toMatch(/8007 00 10 .* no .*below the threshold/);
    expect(result.out).toContain('IN SCOPE');
    expect(result.out).toContain('[ ] Art. 4(f)');
  });

  it('is out of scope when every line stays under its threshold', async () => {
    const small = csv('small.csv', 'cn_code,annual_kg,recycled\n2609 00 00,4999,false\n8001,99999,nee\n');
    const body = JSON.parse((await runCaptured('cmr', 'check', '--imports', small, '--json')).out) as {
      inScope: boolean;
      obligations: unknown[];
    };
    expect(body.inScope).toBe(false);
    expect(body.obligations).toEqual([]);
  });

  it('names each malformed row by its line and exits 2, checking nothing', async () => {
    const bad = csv('bad.csv', 'cn_code,annual_kg,recycled,origin_country\n2609,abc,false,\n8001,12,maybe,\n');
    const result = await runCaptured('cmr', 'check', '--imports', bad);
    expect(result.code).toBe(2);
    expect(result.err).toContain('line 2, annual_kg: "abc" is not a number of kg');
    expect(result.err).toContain('line 3, recycled: "maybe" is not true/false');
    expect(result.out).toBe('');
  });

  it('reports codes and origins that cannot be checked by their file line', async () => {
    const bad = csv('codes.csv', 'cn_code,annual_kg,recycled,origin_country\n\n2609,1,false,QQ\nabc,1,false,\n');
    const result = await runCaptured('cmr', 'check', '--imports', bad);
    expect(result.code).toBe(2);
    expect(result.err).toContain('line 3, origin_country: "QQ" is not an ISO 3166-1 country code');
    expect(result.err).toContain('line 4, cn_code: "abc" is not a CN code of 4 to 10 digits');
  });

  it('exits 2 for a missing file or a file without the columns', async () => {
    const missing = await runCaptured('cmr', 'check', '--imports', join(dir, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    const columns = await runCaptured('cmr', 'check', '--imports', csv('cols.csv', 'code,kg\n1,2\n'));
    expect(columns.code).toBe(2);
    expect(columns.err).toContain('column cn_code is missing');
  });
});
