import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkTemplate, type Finding } from '../templates/index.js';
import { syntheticCmrt } from '../test-support/synthetic-cmrt.js';
import { assertStorableSize, boundFindings, STORED_SUBMISSION_LIMITS } from './stored-submission.js';

function finding(code: string, i: number, severity: Finding['severity'] = 'error', sheet = 'Smelter List'): Finding {
  return {
    severity,
    code,
    sheet,
    cell: `A${i}`,
    message: { en: `en ${code} ${i}`, nl: `nl ${code} ${i}` },
    fix: { en: `fix ${code}`, nl: `herstel ${code}` },
  };
}

describe('findings stored per file', () => {
  it('keeps a short list as it is', () => {
    const list = Array.from({ length: 68 }, (_, i) => finding('answer_missing', i));
    expect(boundFindings(list)).toEqual(list);
  });

  it('keeps at most so many of a kind and counts the rest in one line, in English and Dutch', () => {
    const list = [
      ...Array.from({ length: 12_545 }, (_, i) => finding('smelter_not_identified', i)),
      finding('date_missing', 1, 'warning', 'Declaration'),
    ];
    const stored = boundFindings(list);
    expect(stored).toHaveLength(STORED_SUBMISSION_LIMITS.maxFindingsPerKind + 2);
    // The other kind is not crowded out, and order is kept.
    expect(stored.slice(0, 200)).toEqual(list.slice(0, 200));
    expect(stored[200]).toEqual(list.at(-1));
    expect(stored[201]).toEqual({
      severity: 'error',
      code: 'smelter_not_identified',
      sheet: 'Smelter List',
      cell: null,
      message: {
        en: '… and 12,345 more of this kind (smelter_not_identified) in sheet "Smelter List", not listed one by one.',
        nl: '… en nog 12.345 van deze soort (smelter_not_identified) in werkblad "Smelter List", niet elk apart vermeld.',
      },
      fix: { en: 'fix smelter_not_identified', nl: 'herstel smelter_not_identified' },
      omitted: 12_345,
    });
  });

  it('keeps at most so many in all, with a line for each kind that lost any', () => {
    const list = Array.from({ length: 10 }, (_, k) =>
      Array.from({ length: 150 }, (_, i) => finding(`kind_${k}`, i, 'warning', k % 2 ? 'A' : 'B')),
    ).flat();
    const stored = boundFindings(list);
    const single = stored.filter((f) => f.omitted === undefined);
    const summaries = stored.filter((f) => f.omitted !== undefined);
    expect(single).toHaveLength(500);
    expect(single).toEqual(list.slice(0, 500));
    expect(summaries.map((f) => [f.code, f.omitted, f.severity])).toEqual(
      Array.from({ length: 7 }, (_, j) => [`kind_${j + 3}`, j === 0 ? 100 : 150, 'warning']),
    );
    expect(summaries.reduce((n, f) => n + (f.omitted ?? 0), 0) + single.length).toBe(list.length);
  });

  it('names no sheet when the omitted findings of a kind are on several', () => {
    const list = Array.from({ length: 300 }, (_, i) => finding('k', i, 'info', i % 2 ? 'A' : 'B'));
    const last = boundFindings(list).at(-1);
    expect(last).toMatchObject({ sheet: null, omitted: 100 });
    expect(last?.message.en).toBe('… and 100 more of this kind (k), not listed one by one.');
  });
});

describe('JSON stored per submission', () => {
  it('accepts a real-sized declaration and refuses one beyond the limit, naming the sheet and the limit', () => {
    const read = checkTemplate(syntheticCmrt({ extraListRows: 5_000 }));
    const declaration = read.declaration ?? null;
    expect(declaration?.smelters.length).toBeGreaterThan(5_000);
    expect(() => assertStorableSize(declaration, boundFindings(read.findings))).not.toThrow();
    let error: unknown;
    try {
      assertStorableSize(declaration, boundFindings(read.findings), { maxJsonBytes: 1024 * 1024 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('payload_too_large');
    expect(e.message).toMatch(
      /^The data read from this file takes \d\.\d MB, over the limit of 1 MB per received template .*; most of it is sheet "Smelter List" with 5,005 rows\. The file is refused and nothing is stored\./,
    );
    expect(e.details.messages?.nl).toMatch(
      /^De gegevens uit dit bestand beslaan \d,\d MB, boven de grens van 1 MB per ontvangen template .*; het meeste daarvan is werkblad "Smelter List" met 5\.005 rijen\./,
    );
    expect(e.details.issues?.[0]).toMatchObject({ sheet: 'Smelter List' });
  });

  it('counts bytes, not characters', () => {
    const f = finding('k', 1);
    const wide = { ...f, message: { en: '€'.repeat(400_000), nl: '😀'.repeat(200_000) } };
    // 1.2 MB + 0.8 MB of UTF-8 in 400,000 + 400,000 UTF-16 units.
    expect(() => assertStorableSize(null, [wide], { maxJsonBytes: 1_900_000 })).toThrow(AppError);
    expect(() => assertStorableSize(null, [wide], { maxJsonBytes: 2_100_000 })).not.toThrow();
  });
});
