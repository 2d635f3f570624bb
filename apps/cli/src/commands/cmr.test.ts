import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '@assay/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/run-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'assay-cmr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type Line = {
  line: number;
  cnCode: string;
  annualKg: number;
  thresholdKg: number | null;
  inScope: boolean;
  reason: string;
  nature: string | null;
  verified: boolean;
  notes: { code: string; text: string }[];
};
type Body = { status: string; inScope: boolean; lines: Line[]; obligations: { id: string; rows: number[] }[] };

describe('assay cmr check', () => {
  // Hand-computed from Annex I (consolidated 02017R0821-20201119).
  const imports = file(
    'imports.csv',
    [
      'cn_code,quantity,unit,recycled,gold_refined,origin_country',
      '2609 00 00,5,t,false,,CD', // tin ore 5 000 kg, threshold 5 000: at it → in scope
      '8003 00 00,1401,kg,false,,', // tin bars, threshold 1 400: 1 kg over → in scope
      '8007 00 10,2099,kg,false,,', // tin, other articles, threshold 2 100: 1 kg under → out
      '8001 20 00,500000,kg,true,,', // unwrought tin alloys, recycled metal → exempt
      '8103 91 00,150,kg,false,,', // tantalum crucibles: CN 2022 code under Annex 8103 90 (150 kg) → in
      '7108 12 00,150,kg,false,yes,', // refined gold: a metal, 100 kg → in
      '7404 00 10,1000000,kg,false,,', // copper scrap: not in Annex I
    ].join('\n'),
  );
  const expected: [number, string, number, number | null, boolean, string, string | null][] = [
    [2, '2609 00 00', 5000, 5000, true, 'at_or_above_threshold', 'mineral'],
    [3, '8003 00 00', 1401, 1400, true, 'at_or_above_threshold', 'metal'],
    [4, '8007 00 10', 2099, 2100, false, 'below_threshold', 'metal'],
    [5, '8001 20 00', 500000, 100000, false, 'recycled_exempt', 'metal'],
    [6, '8103 91 00', 150, 150, true, 'at_or_above_threshold', 'metal'],
    [7, '7108 12 00', 150, 100, true, 'at_or_above_threshold', 'metal'],
    [8, '7404 00 10', 1000000, null, false, 'not_in_annex_i', null],
  ];

  it('says per line and overall whether the importer is in scope, as JSON, with the duties per row', async () => {
    const result = await runCaptured('cmr', 'check', '--imports', imports, '--json');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.out) as Body;
    expect(body.status).toBe('in_scope');
    expect(body.lines.map((l) => [l.line, l.cnCode, l.annualKg, l.thresholdKg, l.inScope, l.reason, l.nature])).toEqual(
      expected,
    );
    const rows = Object.fromEntries(body.obligations.map((o) => [o.id, o.rows]));
    expect(rows).toMatchObject({
      policy: [2, 3, 6, 7],
      'records-minerals': [2],
      'records-cahra': [2],
      'records-metals': [3, 6, 7],
      'audit-exemption': [3, 6, 7],
      'recycled-disclosure': [5],
    });
    expect(body.lines[4]?.notes.find((n) => n.code === 'cn_change')?.text).toBe(
      '8103 91 00 is a CN 2022 code; Annex I (CN 2017–2020) lists its goods under 8103 90 (formerly 8103 90 90).',
    );
  });

  it('prints a table with the reasons, notes, the gold reading and the duties', async () => {
    const result = await runCaptured('cmr', 'check', '--imports', imports);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/8103 91 00 .* B 8103 90 .*150\* .*In scope/);
    expect(result.out).toContain('8103 91 00 is a CN 2022 code');
    expect(result.out).toMatch(/8001 20 00 .* Not in scope: recycled metal/);
    expect(result.out).toContain('The two gold lines (ex 7108): which reading Assay applies');
    expect(result.out).toContain('IN SCOPE:');
    expect(result.out).toMatch(/\[ \] Art\. 4\(f\) .*\(for rows 2\)/);
    expect(result.out).toContain('Commission Implementing Regulation (EU) 2021/1832');
  });

  it('reads 6.000;kg in a Dutch CSV as 6 000 kg and says why', async () => {
    const dutch = file('nl.csv', 'gn_code;hoeveelheid;eenheid;gerecycled\n2609 00 00;6.000;kg;ja\n');
    const result = await runCaptured('cmr', 'check', '--imports', dutch);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/2609 00 00 +6000 /);
    expect(result.out).toContain('the file separates its fields with “;”');
    expect(result.out).toContain('never to ores and concentrates');
  });

  it('stops on "150,000" with the row and both readings, and --decimal-mark settles it', async () => {
    const ambiguous = file('amb.csv', 'cn_code,quantity,unit\n2609 00 00,"150,000",kg\n');
    const stopped = await runCaptured('cmr', 'check', '--imports', ambiguous);
    expect(stopped.code).toBe(2);
    expect(stopped.err).toContain(
      'Row 2, quantity: “150,000” can be read as 150\u202f000 kg (decimal point) or as 150 kg (decimal comma).',
    );
    expect(stopped.out).toBe('');
    const settled = JSON.parse(
      (await runCaptured('cmr', 'check', '--imports', ambiguous, '--decimal-mark', 'point', '--json')).out,
    ) as Body;
    expect(settled.lines[0]?.annualKg).toBe(150000);
  });

  it('reads an XLSX with number cells', async () => {
    const xlsx = file(
      'imports.xlsx',
      writeXlsx('Imports', [
        ['cn_code', 'quantity', 'unit'],
        ['7108 12 00', 0.15, 't'],
      ]),
    );
    const body = JSON.parse((await runCaptured('cmr', 'check', '--imports', xlsx, '--json')).out) as Body;
    expect(body.lines.map((l) => [l.annualKg, l.nature, l.inScope])).toEqual([[150, 'unknown', true]]);
  });

  it('is out of scope when every line stays under its threshold', async () => {
    const small = file('small.csv', 'cn_code,annual_kg,recycled\n2609 00 00,4999,false\n8001,99999,nee\n');
    const body = JSON.parse((await runCaptured('cmr', 'check', '--imports', small, '--json')).out) as Body;
    expect(body.status).toBe('out_of_scope');
    expect(body.obligations).toEqual([]);
  });

  it('names each malformed row by its line and exits 2, checking nothing', async () => {
    const bad = file(
      'bad.csv',
      'cn_code,quantity,unit,recycled,origin_country\n2609,abc,kg,false,\n8001,12,kg,maybe,\n\n2609,1,ton,false,\n2609,1,kg,false,QQ\n',
    );
    const result = await runCaptured('cmr', 'check', '--imports', bad);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Row 2, quantity: “abc” is not a quantity');
    expect(result.err).toContain('Row 3, recycled: “maybe” is not yes or no.');
    expect(result.err).toContain('Row 5, unit: “ton” means different masses in different places');
    expect(result.err).toContain('Row 6, origin_country: “QQ” is not an ISO 3166-1 country code.');
    expect(result.out).toBe('');
  });

  it('exits 2 for a missing file or a file without the columns', async () => {
    const missing = await runCaptured('cmr', 'check', '--imports', join(dir, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    const columns = await runCaptured('cmr', 'check', '--imports', file('cols.csv', 'code,amount\n1,2\n'));
    expect(columns.code).toBe(2);
    expect(columns.err).toContain('the column cn_code is missing');
  });
});
