import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { minimalWorkbook, sharedStringsXml } from '../test-support/minimal-workbook.js';
import { DEFAULT_READ_LIMITS, isLimitRefusal } from './read-limits.js';
import { Workbook } from './workbook.js';
import { DEFAULT_ZIP_LIMITS } from './zip-archive.js';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('unreadable_file');
    return e as AppError;
  }
  throw new Error('expected an unreadable_file error');
}

/** `count` compact rows from `first` on: three cells each, as a pasted block would be. */
function rows(first: number, count: number): string {
  const out: string[] = [];
  for (let n = first; n < first + count; n++)
    out.push(
      `<row r="${n}"><c r="A${n}" t="s"><v>0</v></c><c r="B${n}" t="s"><v>1</v></c><c r="C${n}"><v>${n}</v></c></row>`,
    );
  return out.join('');
}

const sheetOf = (body: string) => `<worksheet><sheetData>${body}</sheetData></worksheet>`;

describe('bounded work per sheet', () => {
  it('refuses a value beyond the row limit, naming the sheet, row and limit in English and Dutch', () => {
    const bytes = minimalWorkbook(
      { 'Smelter List': sheetOf(rows(DEFAULT_READ_LIMITS.maxRows - 1, 3)) },
      { sharedStrings: sharedStringsXml(['Tin', 'X']) },
    );
    for (const simd of [true, false]) {
      const e = refusal(() => Workbook.open(bytes, { simd }).sheet('Smelter List'));
      expect(e.message).toMatch(/^Sheet "Smelter List" has a value in row 20001, beyond the limit of 20,000 rows/);
      expect(e.details.messages?.nl).toMatch(
        /^Werkblad "Smelter List" heeft een waarde in rij 20001, voorbij de grens van 20.000 rijen/,
      );
      expect(e.details.issues?.[0]).toMatchObject({ sheet: 'Smelter List', cell: 'A20001' });
    }
  });
  it('refuses more cells than the limit, and a text longer than Excel allows in a cell', () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxCells: 30 };
    const many = minimalWorkbook({ S: sheetOf(rows(1, 11)) }, { sharedStrings: sharedStringsXml(['a', 'b']) });
    expect(refusal(() => Workbook.open(many, { readLimits: limits }).sheet('S')).message).toMatch(
      /^Sheet "S" holds more than 30 filled cells/,
    );
    const long = 'x'.repeat(DEFAULT_READ_LIMITS.maxCellText + 1);
    for (const cell of [
      `<c r="B2" t="inlineStr"><is><t>${long}</t></is></c>`,
      `<c r="B2" t="str"><v>${long}</v></c>`,
      `<c r="B2" t="s"><v>2</v></c>`,
    ]) {
      const bytes = minimalWorkbook(
        { S: sheetOf(`<row r="2">${cell}</row>`) },
        { sharedStrings: sharedStringsXml(['a', 'b', long]) },
      );
      expect(refusal(() => Workbook.open(bytes).sheet('S')).message).toMatch(
        /^Sheet "S" holds a text longer than 32,767 characters in cell B2/,
      );
    }
    // Exactly at the limit is read.
    const atLimit = minimalWorkbook({ S: sheetOf(`<row r="2"><c r="B2" t="str"><v>${long.slice(1)}</v></c></row>`) });
    expect(Workbook.open(atLimit).sheet('S')?.value(2, 2)).toHaveLength(DEFAULT_READ_LIMITS.maxCellText);
  });
  it('refuses a cell of two million character references quickly', () => {
    const cell = `<row r="2"><c r="B2" t="str"><v>${'&#x41;'.repeat(2_000_000)}</v></c></row>`;
    const bytes = minimalWorkbook({ S: sheetOf(cell) });
    // Refused on the length of its XML, before two million references are decoded.
    expect(refusal(() => Workbook.open(bytes).sheet('S')).message).toMatch(/longer than 32,767 characters in cell B2/);
  });
  // Time and memory, with the native inflater the server and CLI use: packages/services/src/templates.
  it('refuses 200,000 extra Smelter List rows at the row limit', () => {
    const bytes = minimalWorkbook(
      { 'Smelter List': sheetOf(rows(6, 200_000)) },
      { sharedStrings: sharedStringsXml(['Tin', 'Extra smelter']) },
    );
    for (const simd of [true, false])
      expect(refusal(() => Workbook.open(bytes, { simd }).sheet('Smelter List')).message).toMatch(
        /row 20001, beyond the limit of 20,000 rows/,
      );
  });
  it('names the sheet, not the zip part, when a worksheet would inflate beyond the part limit; a limit refusal is marked as one', () => {
    const bytes = minimalWorkbook(
      { 'Smelter List': sheetOf(rows(1, 2_000)) },
      { sharedStrings: sharedStringsXml(['a', 'b']) },
    );
    const limits = { ...DEFAULT_ZIP_LIMITS, maxEntrySize: 50_000 };
    const e = refusal(() => Workbook.open(bytes, { limits }).sheet('Smelter List'));
    expect(e.message).toMatch(/^Sheet "Smelter List" would inflate to 0 MB, over the limit of 0 MB per part/);
    expect(e.details.messages?.nl).toMatch(/^Werkblad "Smelter List" zou uitpakken tot/);
    expect(e.details.issues?.[0]).toMatchObject({ sheet: 'Smelter List', part: 'xl/worksheets/sheet1.xml' });
    expect(isLimitRefusal(e)).toBe(true);
    // A damaged package is refused too, but it is not a limit refusal.
    const damaged = refusal(() => Workbook.open(bytes.slice(0, 200)));
    expect(isLimitRefusal(damaged)).toBe(false);
  });
});
