import { describe, expect, it } from 'vitest';
import { prng } from '../test-support/random.js';
import { ByteScan } from './byte-scan.js';
import { CellScan } from './cell-scan.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { SharedStrings } from './shared-strings.js';
import { scanSheet } from './sheet-cells.js';

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
    expect(() => scanSheet('Test', xml, strings, { limits: { ...DEFAULT_READ_LIMITS, maxCells: 3 } })).toThrowError(
      /Sheet "Test" holds more than 3 filled cells/,
    );
  });
});

describe('the value-tag scan and the tag-by-tag scan', () => {
  const wasm = ByteScan.get();
  it('runs in WebAssembly under Node (so the tests below compare both searches)', () => {
    expect(wasm).toBeDefined();
  });
  const cellXml = (r: () => number, ref: string): string => {
    const shapes = [
      `<c r="${ref}" s="1"/>`,
      `<c r="${ref}" t="s"><v>${Math.floor(r() * 4)}</v></c>`,
      `<c r="${ref}"><v>${Math.floor(r() * 1e6)}</v></c>`,
      `<c r="${ref}"><v>-1.5E-3</v></c>`,
      `<c r="${ref}" t="str"><f>IF(A1="","",A1)</f><v>text ${ref}</v></c>`,
      `<c r="${ref}" t="str"><f t="shared" si="0"/><v/></c>`,
      `<c r="${ref}" t="e"><f>NA()</f><v>#N/A</v></c>`,
      `<c r="${ref}" t="b"><v>1</v></c>`,
      `<c r="${ref}" t="inlineStr"><is><t>inline ${ref}</t></is></c>`,
      `<c r="${ref}" s="2"><f>1+1</f><v xml:space="preserve"> 2 </v></c>`,
      // The shapes at the edges of what the WebAssembly search decodes itself.
      `<c r="${ref}" t="s"><v></v></c>`,
      `<c r="${ref}" t="s"><v>00000000003</v></c>`,
      `<c r="${ref}" t="s"><v> 2 </v></c>`,
      `<c r="${ref}"><v></v></c>`,
      `<c r="${ref}"><v>${Math.floor(r() * 1e12)}</v></c>`,
      `<c r="${ref}" t="n"><v>007</v></c>`,
      `<c r="${ref}" t=""><v>12</v></c>`,
      `<c r="${ref}" t="d"><v>2024-05-31T00:00:00</v></c>`,
      `<c r="${ref}" t="b"><v>${r() < 0.5 ? '0' : 'true'}</v></c>`,
      `<c r="${ref}" t="str"><v>a &amp; b_x000D_</v></c>`,
      `<c r="${ref}"	t="s" s="3"><v>1</v></c>`,
      `<c s="3" r="${ref}" t="s"><v>0</v></c>`,
      `<c r="${ref}" t="s" ><f>X</f><v>3</v></c> `,
    ];
    return shapes[Math.floor(r() * shapes.length)] ?? '';
  };
  it('store the same cells, whatever the range kept', () => {
    const r = prng(99);
    for (let round = 0; round < 60; round++) {
      let xml = '<worksheet><sheetData>';
      for (let row = 1; row <= 12; row++) {
        xml += `<row r="${row}">`;
        for (const col of 'ABCDEFGHIJ') if (r() < 0.7) xml += cellXml(r, `${col}${row}`);
        xml += '</row>';
      }
      const bytes = enc.encode(`${xml}</sheetData></worksheet>`);
      const dataStart = 11;
      const dataEnd = bytes.length - '</sheetData></worksheet>'.length;
      for (const [maxCol, maxRow] of [
        [16_384, 1_048_576],
        [3, 1_048_576],
        [5, 8],
      ] as const) {
        const full = new CellScan('T', bytes, strings, maxCol, maxRow);
        full.all(dataStart);
        // The value-tag search in JavaScript (null) and in WebAssembly.
        for (const engine of [null, wasm]) {
          const fast = new CellScan('T', bytes, strings, maxCol, maxRow);
          fast.valued(dataStart, dataEnd, engine);
          expect(fast.lastRow).toBe(full.lastRow);
          expect(fast.values.size).toBe(full.values.size);
          for (let row = 1; row <= 12; row++) {
            for (let col = 1; col <= 10; col++) expect(fast.values.get(row, col)).toBe(full.values.get(row, col));
          }
          expect([...fast.errors]).toEqual([...full.errors]);
        }
      }
    }
  });
});
