import { describe, expect, test } from 'vitest';
import { checkImports, type ImportLine, type ScopeReason } from './check-imports.js';

const line = (cnCode: string, annualKg: number, extra: Partial<ImportLine> = {}): ImportLine => ({
  cnCode,
  annualKg,
  recycled: false,
  ...extra,
});
const notes = (l: { notes: readonly { code: string }[] } | undefined) => l?.notes.map((n) => n.code) ?? [];
const duties = (lines: ImportLine[]) => Object.fromEntries(checkImports(lines).obligations.map((o) => [o.id, o.rows]));

describe('checkImports: each Annex I line on its own (Art. 1(3): below → out, at or above → in)', () => {
  const cases: [string, ImportLine, ScopeReason, number | null, boolean][] = [
    ['tin ore 1 kg under the threshold', line('2609 00 00', 4_999), 'below_threshold', 5_000, true],
    ['tin ore exactly at the threshold', line('2609 00 00', 5_000), 'at_or_above_threshold', 5_000, true],
    ['unwrought tin under a 4-digit Annex code', line('8001 10 00', 100_000), 'at_or_above_threshold', 100_000, true],
    [
      'recycled unwrought tin (a metal) is exempt',
      line('8001 20 00', 500_000, { recycled: true }),
      'recycled_exempt',
      100_000,
      true,
    ],
    ['refined gold 150 kg', line('7108 12 00', 150, { goldRefined: true }), 'at_or_above_threshold', 100, true],
    ['refined gold 99 kg', line('7108 12 00', 99, { goldRefined: true }), 'below_threshold', 100, true],
    [
      '8103 91 00 tantalum crucibles, 150 kg (CN 2022 → Annex 8103 90)',
      line('8103 91 00', 150),
      'at_or_above_threshold',
      150,
      false,
    ],
    ['8103 91 00 tantalum crucibles, 149 kg', line('8103 91 00', 149), 'below_threshold', 150, false],
    [
      'tantalum ores, TARIC 10 (threshold unverified)',
      line('2615 90 00 10', 100_000),
      'at_or_above_threshold',
      100_000,
      false,
    ],
    ['tantalum ores, other TARIC subdivision', line('2615900090', 100_000), 'taric_not_covered', 100_000, true],
    ['carbides of tantalum 1 kg under', line('ex 2849 90 50 10', 769), 'below_threshold', 770, false],
    ['copper scrap is not in Annex I', line('7404 00 10', 1_000_000), 'not_in_annex_i', null, true],
    ['an unknown code under restructured 8103', line('8103 95 00', 1_000), 'code_unresolved', null, true],
    ['a heading that spans several lines', line('8101', 1_000), 'code_too_broad', null, true],
  ];
  test.each(cases)('%s', (_name, input, reason, thresholdKg, verified) => {
    const [result] = checkImports([input]).lines;
    expect(result?.reason).toBe(reason);
    expect(result?.thresholdKg).toBe(thresholdKg);
    expect(result?.verified).toBe(verified);
    expect(result?.inScope).toBe(reason === 'at_or_above_threshold');
  });

  test('tantalum crucibles say the CN change they were mapped through, with its act, as unverified', () => {
    const [result] = checkImports([line('8103 91 00', 200)]).lines;
    expect(result?.annexLines.map((l) => l.cnCode)).toEqual(['8103 90']);
    const change = result?.notes.find((n) => n.code === 'cn_change');
    expect(change?.params).toMatchObject({ code: '8103 91 00', annexCode: '8103 90', edition: '2022', verified: 'no' });
    expect(String(change?.params.act)).toContain('2021/1832');
  });

  test('an ex code without TARIC subdivision is in scope as a precaution and says so', () => {
    const [result] = checkImports([line('2615 90 00', 100_000)]).lines;
    expect(result).toMatchObject({ inScope: true, exUnconfirmed: true });
    expect(notes(result)).toContain('ex_unconfirmed');
  });

  test('nothing in scope but an undecidable code: the verdict is undetermined, not "out of scope"', () => {
    expect(checkImports([line('8103 95 00', 10), line('2609', 1)]).status).toBe('undetermined');
    expect(checkImports([line('7404', 10), line('2609', 1)]).status).toBe('out_of_scope');
    expect(checkImports([line('8103 95 00', 10), line('2609', 6_000)]).status).toBe('in_scope');
  });
});

describe('two lines under one Annex I line: the threshold applies to their annual total', () => {
  test('two tin-ore lines of 3 000 kg are together in scope; recycled tin metal does not count', () => {
    const check = checkImports([
      line('2609 00 00', 3_000),
      line('2609 00 00', 3_000),
      line('8001 20 00', 9_000, { recycled: true }),
    ]);
    expect(check.lines.map((l) => [l.reason, l.annexTotalKg])).toEqual([
      ['at_or_above_threshold', 6_000],
      ['at_or_above_threshold', 6_000],
      ['recycled_exempt', 0],
    ]);
  });

  test('8103 91 00 crucibles and 8103 99 10 bars both fall under Annex 8103 90 (150 kg): 100 + 60 kg is in scope', () => {
    const check = checkImports([line('8103 91 00', 100), line('8103 99 10', 60)]);
    expect(check.lines.map((l) => [l.annexLines[0]?.cnCode, l.annexTotalKg, l.inScope])).toEqual([
      ['8103 90', 160, true],
      ['8103 90', 160, true],
    ]);
  });

  test('lines under different Annex I lines are not added: tin bars 1 000 kg and tin articles 1 000 kg stay out', () => {
    const check = checkImports([line('8003 00 00', 1_000), line('8007 00 10', 1_000)]);
    expect(check.lines.map((l) => [l.thresholdKg, l.annexTotalKg, l.inScope])).toEqual([
      [1_400, 1_000, false],
      [2_100, 1_000, false],
    ]);
    expect(check.status).toBe('out_of_scope');
  });
});

describe('recycled: an exclusion for recycled metals only', () => {
  test('tin ore ticked recycled is counted and the user is told why', () => {
    const check = checkImports([line('2609 00 00', 6_000, { recycled: true })]);
    const [result] = check.lines;
    expect(result).toMatchObject({ reason: 'at_or_above_threshold', inScope: true, nature: 'mineral' });
    expect(notes(result)).toContain('recycled_ore');
    expect(check.obligations.map((o) => o.id)).not.toContain('recycled-disclosure');
  });

  test.each([
    ['tungsten ore', line('2611 00 00', 300_000, { recycled: true }), 'recycled_ore', true],
    [
      'unrefined gold (Part A)',
      line('7108 13 00', 120, { recycled: true, goldRefined: false }),
      'recycled_unrefined_gold',
      true,
    ],
    ['gold, refining not given', line('7108 13 00', 120, { recycled: true }), 'recycled_gold_unknown', true],
    ['refined gold (Part B): exempt', line('7108 12 00', 500, { recycled: true, goldRefined: true }), null, false],
  ])('%s', (_name, input, note, inScope) => {
    const [result] = checkImports([input]).lines;
    expect(result?.inScope).toBe(inScope);
    if (note) expect(notes(result)).toContain(note);
    else expect(result?.reason).toBe('recycled_exempt');
  });
});

describe('minerals and metals: the duties of the lines in scope', () => {
  test('refined gold 150 kg is a metal: metal records and the audit exemption, no mineral records', () => {
    const d = duties([line('7108 12 00', 150, { goldRefined: true })]);
    expect(d['records-metals']).toEqual([1]);
    expect(d['audit-exemption']).toEqual([1]);
    expect(d['records-minerals']).toBeUndefined();
    expect(
      checkImports([line('7108 12 00', 150, { goldRefined: true })]).lines[0]?.annexLines.map((l) => l.row),
    ).toEqual([13]);
  });

  test('unrefined gold 150 kg is a mineral: mineral records, no audit exemption', () => {
    const d = duties([line('7108 12 00', 150, { goldRefined: false })]);
    expect(d['records-minerals']).toEqual([1]);
    expect(d['records-metals']).toBeUndefined();
    expect(d['audit-exemption']).toBeUndefined();
  });

  test('gold whose refining is not given: both kinds of records are shown, and the user is asked', () => {
    const check = checkImports([line('7108 12 00', 150)]);
    expect(check.lines[0]?.nature).toBe('unknown');
    expect(notes(check.lines[0])).toContain('gold_form_unknown');
    const d = duties([line('7108 12 00', 150)]);
    expect(d['records-minerals']).toEqual([1]);
    expect(d['records-metals']).toEqual([1]);
  });

  test('tin ore and tantalum crucibles together: each duty names the rows it belongs to', () => {
    const d = duties([line('2609 00 00', 6_000, { originCountry: 'CD' }), line('8103 91 00', 200), line('8003', 10)]);
    expect(d).toMatchObject({
      policy: [1, 2],
      'records-minerals': [1],
      'records-cahra': [1],
      'records-metals': [2],
      'audit-exemption': [2],
    });
  });

  test('nothing in scope: no duties', () => {
    expect(checkImports([line('8001', 10), line('7602', 1_000, { recycled: true })]).obligations).toEqual([]);
  });
});

describe('the two ex 7108 gold lines: one threshold, Assay reads it jointly and says so', () => {
  test('60 kg unrefined + 60 kg refined: in scope on the joint reading, and the per-line reading would differ', () => {
    const check = checkImports([
      line('7108 12 00', 60, { goldRefined: false }),
      line('7108 13 00', 60, { goldRefined: true }),
    ]);
    expect(check.lines.map((l) => [l.inScope, l.annexTotalKg])).toEqual([
      [true, 120],
      [true, 120],
    ]);
    expect(check.gold).toEqual({
      applied: 'joint',
      thresholdKg: 100,
      jointKg: 120,
      unrefinedKg: 60,
      refinedKg: 60,
      unknownKg: 0,
      perLine: 'differs',
    });
    expect(notes(check.lines[0])).toContain('gold_joint');
  });

  test.each([
    ['refined gold 150 kg alone: both readings agree', [line('7108', 150, { goldRefined: true })], 'same'],
    ['50 kg of unknown form + 60 kg refined', [line('7108', 50), line('7108', 60, { goldRefined: true })], 'undecided'],
    [
      '40 + 40 kg: out on both readings',
      [line('7108', 40, { goldRefined: true }), line('7108', 40, { goldRefined: false })],
      'same',
    ],
  ])('%s', (_name, input, perLine) => {
    expect(checkImports(input).gold?.perLine).toBe(perLine);
  });

  test('no gold line: no gold reading', () => {
    expect(checkImports([line('2609', 1)]).gold).toBeNull();
  });
});

describe('origins and bad input', () => {
  test('CAHRA flags for a listed region and a whole-country designation', () => {
    const check = checkImports([
      line('2609 00 00', 10_000, { originCountry: 'CD', originRegion: 'CD-NK' }),
      line('2609 00 00', 1, { originCountry: 'BDI' }),
      line('2609 00 00', 1, { originCountry: 'NL' }),
    ]);
    expect(check.lines.map((l) => [l.cahra?.listed, l.cahra?.wholeCountry])).toEqual([
      [true, false],
      [true, true],
      [false, false],
    ]);
  });

  test('malformed values become row-level issues naming the row and field, not a crash', () => {
    const check = checkImports([
      line('abc', 5),
      line('2609', -1, { row: 7 }),
      line('2609', 1, { originCountry: 'QQ' }),
    ]);
    expect(check.issues).toEqual([
      { row: 1, field: 'cn_code', code: 'cn_invalid', params: { value: 'abc' } },
      { row: 7, field: 'quantity', code: 'quantity_invalid', params: { value: '-1' } },
      { row: 3, field: 'origin_country', code: 'origin_invalid', params: { value: 'QQ' } },
    ]);
    expect(check.lines.every((l) => l.reason === 'invalid' && !l.inScope)).toBe(true);
  });
});
