import { describe, expect, test } from 'vitest';
import { checkImports, type ImportLine, type ScopeReason } from './check-imports.js';
import { parseImportCsv } from './parse-import-csv.js';

const line = (cnCode: string, annualKg: number, recycled = false): ImportLine => ({ cnCode, annualKg, recycled });

describe('checkImports: one line at a time (Annex I thresholds, Art. 1(3) "below" → out)', () => {
  const cases: [string, ImportLine, ScopeReason, number | null, boolean][] = [
    ['tin ore 1 kg under the threshold', line('2609 00 00', 4_999), 'below_threshold', 5_000, true],
    ['tin ore exactly at the threshold is in scope', line('2609 00 00', 5_000), 'at_or_above_threshold', 5_000, true],
    ['tin ore 1 kg over', line('26090000', 5_001), 'at_or_above_threshold', 5_000, true],
    ['unwrought tin under a 4-digit Annex code', line('8001 10 00', 100_000), 'at_or_above_threshold', 100_000, true],
    ['unwrought tin 1 kg under', line('80011000', 99_999), 'below_threshold', 100_000, true],
    ['recycled tin is exempt whatever the volume', line('8001 20 00', 500_000, true), 'recycled_exempt', 100_000, true],
    ['gold 99.5 % at 150 kg', line('7108 12 00', 150), 'at_or_above_threshold', 100, true],
    [
      'tantalum ores with TARIC 10: unverified threshold',
      line('2615 90 00 10', 100_000),
      'at_or_above_threshold',
      100_000,
      false,
    ],
    ['tantalum ores, other TARIC subdivision', line('2615900090', 100_000), 'taric_not_covered', 100_000, false],
    ['carbides of tantalum 1 kg under (unverified)', line('ex 2849 90 50 10', 769), 'below_threshold', 770, false],
    ['copper scrap is not in Annex I', line('7404 00 10', 1_000_000), 'not_in_annex_i', null, true],
  ];
  test.each(cases)('%s', (_name, input, reason, thresholdKg, verified) => {
    const [result] = checkImports([input]).lines;
    expect(result?.reason).toBe(reason);
    expect(result?.thresholdKg).toBe(thresholdKg);
    expect(result?.verified).toBe(verified);
    expect(result?.inScope).toBe(reason === 'at_or_above_threshold');
  });

  test('an ex code without TARIC subdivision is in scope as a precaution and says so', () => {
    const [result] = checkImports([line('2615 90 00', 100_000)]).lines;
    expect(result).toMatchObject({ inScope: true, exUnconfirmed: true });
  });
});

describe('checkImports: the threshold applies to the annual total per Annex I line', () => {
  test('two tin-ore lines of 3 000 kg are together in scope; recycled kg do not count', () => {
    const check = checkImports([line('2609 00 00', 3_000), line('2609 00 00', 3_000), line('2609 00 00', 9_000, true)]);
    expect(check.lines.map((l) => [l.reason, l.annexTotalKg])).toEqual([
      ['at_or_above_threshold', 6_000],
      ['at_or_above_threshold', 6_000],
      ['recycled_exempt', 6_000],
    ]);
    expect(check.inScope).toBe(true);
    expect(check.obligations.map((o) => o.id)).toContain('records-minerals');
    expect(check.obligations.map((o) => o.id)).toContain('recycled-disclosure');
    expect(check.obligations.map((o) => o.id)).not.toContain('audit-exemption');
  });

  test('nothing in scope: no obligations except the recycled disclosure', () => {
    const check = checkImports([line('8001', 10), line('7602', 1_000, true)]);
    expect(check.inScope).toBe(false);
    expect(check.obligations).toEqual([]);
  });
});

describe('checkImports: origins and bad input', () => {
  test('CAHRA flags for a listed region and a whole-country designation', () => {
    const check = checkImports([
      { ...line('2609 00 00', 10_000), originCountry: 'CD', originRegion: 'CD-NK' },
      { ...line('2609 00 00', 1), originCountry: 'BDI' },
      { ...line('2609 00 00', 1), originCountry: 'NL' },
    ]);
    expect(check.lines.map((l) => [l.cahra?.listed, l.cahra?.wholeCountry])).toEqual([
      [true, false],
      [true, true],
      [false, false],
    ]);
    expect(check.obligations.map((o) => o.id)).toContain('records-cahra');
  });

  test('malformed values become row-level issues, not a crash', () => {
    const check = checkImports([line('abc', 5), line('2609', -1), { ...line('2609', 1), originCountry: 'QQ' }]);
    expect(check.issues).toEqual([
      { row: 1, path: 'cn_code', message: '"abc" is not a CN code of 4 to 10 digits' },
      { row: 2, path: 'annual_kg', message: '"-1" is not a non-negative number of kg' },
      { row: 3, path: 'origin_country', message: '"QQ" is not an ISO 3166-1 country code' },
    ]);
    expect(check.lines.every((l) => l.reason === 'invalid' && !l.inScope)).toBe(true);
  });
});

describe('parseImportCsv', () => {
  test('reads rows, accepts Dutch yes/no and decimal commas, reports bad rows by line', () => {
    const text =
      'cn_code,annual_kg,recycled,origin_country\n2609 00 00,"5 000",nee,CD\n8001,12,ja,\n7108,abc,false,PE\n8003,1,maybe,\n';
    const { lines, issues } = parseImportCsv(text);
    expect(lines).toEqual([
      { cnCode: '2609 00 00', annualKg: 5000, recycled: false, originCountry: 'CD' },
      { cnCode: '8001', annualKg: 12, recycled: true },
    ]);
    expect(issues).toEqual([
      { row: 4, path: 'annual_kg', message: '"abc" is not a number of kg' },
      { row: 5, path: 'recycled', message: '"maybe" is not true/false' },
    ]);
  });

  test('a missing column is one issue on the header row', () => {
    expect(parseImportCsv('code,kg\n1,2\n').issues.map((i) => i.path)).toEqual(['cn_code', 'annual_kg']);
  });
});
