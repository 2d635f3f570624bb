import { describe, expect, it } from 'vitest';
import { SharedStrings, scanSheet } from './sheet-cells.js';

const enc = new TextEncoder();
const strings = new SharedStrings(
  '<sst><si><t>Tantalum</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text</t></r><rPh><t>ふりがな</t></rPh></si><si><t/></si><si><t>a &amp; b_x000D_</t></si></sst>',
);

describe('scanSheet', () => {
  const xml = enc.encode(
    '<worksheet><dimension ref="A1:F3"/><sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v> 3 </v></c><c r="D1" t="str"><f>X</f><v>计算</v></c></row>' +
      '<row r="2"><c r="A2"><v>45442</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="inlineStr"><is><t>中文 inline</t></is></c><c r="E2" s="4"/></row>' +
      '<row><c><v>7</v></c><c t="str"><v>next</v></c></row>' +
      '</sheetData></worksheet>',
  );
  const sheet = scanSheet('Test', xml, strings);
  it('reads shared, rich, inline, formula-string, number, boolean and error cells', () => {
    expect(sheet.value(1, 1)).toBe('Tantalum');
    expect(sheet.value(1, 2)).toBe('Rich text');
    expect(sheet.value(1, 3)).toBe('a & b\r');
    expect(sheet.value(1, 4)).toBe('计算');
    expect(sheet.value(2, 1)).toBe(45442);
    expect(sheet.value(2, 2)).toBe(true);
    expect(sheet.value(2, 3)).toBeUndefined();
    expect(sheet.error(2, 3)).toBe('#N/A');
    expect(sheet.value(2, 4)).toBe('中文 inline');
    expect(sheet.value(2, 5)).toBeUndefined();
  });
  it('places rows and cells that omit their address after the previous ones', () => {
    expect(sheet.value(3, 1)).toBe(7);
    expect(sheet.value(3, 2)).toBe('next');
    expect(sheet.lastRow).toBe(3);
  });
  it('skips columns and rows outside the requested range', () => {
    const narrow = scanSheet('Test', xml, strings, { maxCol: 1, maxRow: 2 });
    expect(narrow.value(1, 2)).toBeUndefined();
    expect(narrow.value(3, 1)).toBeUndefined();
    expect(narrow.size).toBe(2);
  });
  it('refuses a sheet with more cells than allowed', () => {
    expect(() => scanSheet('Test', xml, strings, { maxCells: 3 })).toThrowError(/impossible dimensions/);
  });
});
