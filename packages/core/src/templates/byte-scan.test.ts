import { describe, expect, it } from 'vitest';
import { ByteScan, Decoded, decodeBase64, RECORD } from './byte-scan.js';
import { BYTE_SCAN_WASM } from './byte-scan-wasm.js';
import { CellScan } from './cell-scan.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { indexStrings, SharedStrings } from './shared-strings.js';
import { scanSheet } from './sheet-cells.js';

const enc = new TextEncoder();

describe('ByteScan', () => {
  const wasm = ByteScan.get();

  it('loads its module under Node 20 (SIMD)', () => {
    expect(decodeBase64(BYTE_SCAN_WASM).subarray(0, 4)).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
    expect(wasm).toBeDefined();
  });

  it('answers past one batch of results: 40,000 string items', () => {
    const xml = enc.encode(`<sst>${Array.from({ length: 40_000 }, (_, i) => `<si><t>s${i}</t></si>`).join('')}</sst>`);
    const starts = [...(wasm?.stringItems(xml) ?? [])];
    expect(starts).toHaveLength(40_000);
    expect(starts).toEqual(indexStrings(xml));
  });

  it('answers past one batch of results: 30,000 valued cells among out-of-range ones', () => {
    const strings = new SharedStrings('<sst><si><t>x</t></si></sst>');
    let xml = '<worksheet><sheetData>';
    for (let row = 1; row <= 10_000; row++) {
      xml += `<row r="${row}"><c r="A${row}"><v>${row}</v></c><c r="B${row}" t="s"><v>0</v></c>`;
      xml += `<c r="C${row}" t="str"><f>A${row}&amp;"!"</f><v>${row}!</v></c><c r="Z${row}"><v>0</v></c></row>`;
    }
    const bytes = enc.encode(`${xml}</sheetData></worksheet>`);
    const dataEnd = bytes.length - '</sheetData></worksheet>'.length;
    const records = wasm?.valueCells(bytes, 11, dataEnd, 11, 1_048_576, 3);
    expect(records?.length).toBe(30_000 * RECORD);
    const viaWasm = new CellScan('T', bytes, strings, 3, 1_048_576);
    viaWasm.valued(11, dataEnd, wasm ?? null);
    const viaJs = new CellScan('T', bytes, strings, 3, 1_048_576);
    viaJs.valued(11, dataEnd, null);
    expect(viaWasm.values.size).toBe(30_000);
    expect(viaWasm.lastRow).toBe(10_000);
    for (const row of [1, 4_321, 10_000]) {
      expect(viaWasm.values.get(row, 1)).toBe(row);
      expect(viaWasm.values.get(row, 2)).toBe('x');
      expect(viaWasm.values.get(row, 3)).toBe(`${row}!`);
      for (let col = 1; col <= 3; col++) expect(viaJs.values.get(row, col)).toBe(viaWasm.values.get(row, col));
    }
  });

  it('copies a long part in pieces: values whose end lies in the next piece read as in JavaScript', () => {
    const strings = new SharedStrings('<sst><si><t>x</t></si></sst>');
    let xml = '<worksheet><sheetData>';
    const long: number[] = [];
    for (let row = 1; row <= 6_000; row++) {
      // A text of 20 kB where the part passes 250,000 and 512,000 bytes: it starts in one piece (256 KiB)
      // and ends in the next. Other rows' texts are short.
      const at = xml.length;
      const straddles = (at > 250_000 && at < 253_000) || (at > 512_000 && at < 515_000);
      if (straddles) long.push(row);
      const text = straddles ? `${row}:${'abcdefghij'.repeat(2_000)}` : `r${row}`;
      xml += `<row r="${row}"><c r="A${row}" t="str"><f>B${row}</f><v>${text}</v></c><c r="B${row}"><v>${row}</v></c>`;
      xml += `<c r="C${row}" t="s"><v>0</v></c>${'<c r="D1" s="1"/>'.repeat(row % 5)}</row>`;
    }
    const bytes = enc.encode(`${xml}</sheetData></worksheet>`);
    expect(long.length).toBeGreaterThan(1);
    const dataEnd = bytes.length - '</sheetData></worksheet>'.length;
    const viaWasm = new CellScan('T', bytes, strings, 3, 1_048_576);
    viaWasm.valued(11, dataEnd, wasm ?? null);
    const viaJs = new CellScan('T', bytes, strings, 3, 1_048_576);
    viaJs.valued(11, dataEnd, null);
    expect(viaWasm.values.size).toBe(18_000);
    for (let row = 1; row <= 6_000; row++) {
      for (let col = 1; col <= 3; col++) expect(viaWasm.values.get(row, col)).toBe(viaJs.values.get(row, col));
    }
    for (const row of long) expect(String(viaWasm.values.get(row, 1))).toHaveLength(20_001 + String(row).length);
    // The engine left those texts to JavaScript: their end was not copied yet when it searched.
    const records = wasm?.valueCells(bytes, 11, dataEnd, 11, 1_048_576, 3) ?? new Int32Array();
    for (let r = 0; r < records.length; r += RECORD) {
      if ((records[r + 4] as number) !== 1) continue;
      const kind = long.includes(records[r + 3] as number) ? Decoded.NONE : Decoded.TEXT;
      expect(records[r + 5]).toBe(kind);
    }
  });

  it('leaves a shape it does not follow to the tag-by-tag scan, as the JavaScript search does', () => {
    // A value tag after a comment inside the cell: neither search steps over comments.
    const text = '<worksheet><sheetData><row r="1"><c r="A1"><!-- x --><v>1</v></c></row></sheetData></worksheet>';
    const bytes = enc.encode(text);
    const dataEnd = text.indexOf('</sheetData>');
    const strings = new SharedStrings('<sst/>');
    expect(wasm?.valueCells(bytes, 11, dataEnd, 11, 1_048_576, 16_384)).toBeUndefined();
    expect(() =>
      new CellScan('T', bytes, strings, 16_384, 1_048_576, { ...DEFAULT_READ_LIMITS, maxCells: 10 }).valued(
        11,
        dataEnd,
        null,
      ),
    ).toThrow();
    expect(scanSheet('T', bytes, strings, {}, wasm ?? null).value(1, 1)).toBe(1);
  });
});
