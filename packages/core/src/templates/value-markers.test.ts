import { describe, expect, it } from 'vitest';
import { prng } from '../test-support/random.js';
import {
  CellTag,
  enclosingCell,
  nextCell,
  nextInlineTag,
  nextMarker,
  nextValueTag,
  prevTagStart,
  SLOW,
} from './value-markers.js';

const enc = new TextEncoder();

/** Random sheet-like bytes: markers, near-markers and text, at every alignment. */
function soup(r: () => number, pieces: number): Uint8Array {
  const parts = [
    '<v>1</v>',
    '<v/>',
    '</v>',
    '<v xml:space="preserve">',
    '<is>',
    '<i>',
    'iv',
    '<c r="A1">',
    '</c>',
    '<f>A1</f>',
    'é',
    '中',
    'x',
  ];
  let s = '';
  for (let i = 0; i < pieces; i++) s += parts[Math.floor(r() * parts.length)] ?? '';
  return enc.encode(s);
}

function words(b: Uint8Array): Int32Array {
  return new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
}

describe('nextMarker', () => {
  it('finds what the byte-by-byte searches find, from every offset', () => {
    const r = prng(11);
    for (let round = 0; round < 20; round++) {
      const b = new Uint8Array(soup(r, 60));
      const w = words(b);
      for (let from = 0; from < b.length; from++) {
        for (const end of [b.length, from + 9, b.length - 3]) {
          const expected = Math.min(nextValueTag(b, from, end), nextInlineTag(b, from, end));
          expect(nextMarker(b, w, from, end)).toBe(expected);
        }
      }
    }
  });
});

describe('prevTagStart', () => {
  it('answers as lastIndexOf, with and without the word view', () => {
    const r = prng(5);
    for (let round = 0; round < 10; round++) {
      const b = new Uint8Array(soup(r, 80));
      for (let from = 0; from < b.length; from++) {
        const expected = b.lastIndexOf(0x3c, from);
        expect(prevTagStart(b, words(b), from)).toBe(expected);
        expect(prevTagStart(b, undefined, from)).toBe(expected);
      }
    }
  });
});

describe('enclosingCell', () => {
  const at = new CellTag();
  const find = (xml: string): boolean | 'slow' => {
    const b = enc.encode(`<sheetData>${xml}</sheetData>`);
    const marker = nextMarker(b, words(new Uint8Array(b)), 0, b.length);
    try {
      return enclosingCell(b, undefined, marker, 0, at);
    } catch (e) {
      if (e === SLOW) return 'slow';
      throw e;
    }
  };
  it('steps back over formula tags to the cell', () => {
    const row = '<row r="1"><c r="B1" t="str"><f>IF(A1="","",A1)</f><v>x</v></c></row>';
    expect(find(row)).toBe(true);
    const start = '<sheetData>'.length + row.indexOf('<c ');
    expect([at.start, at.tagEnd]).toEqual([start, start + '<c r="B1" t="str"'.length]);
    expect(find('<row r="1"><c r="B1"><f t="shared" si="1"/><v>2</v></c></row>')).toBe(true);
  });
  it('places a value tag after a cell end or an empty cell outside any cell', () => {
    expect(find('<row r="1"><c r="A1"/><v>2</v></row>')).toBe(false);
    expect(find('<row r="1"><c r="A1"></c><v>2</v></row>')).toBe(false);
  });
  it('leaves other shapes to the full scan', () => {
    expect(find('<row r="1"><c r="A1"><x/><v>2</v></c></row>')).toBe('slow');
    expect(find('<v>2</v>')).toBe('slow');
  });
});

describe('nextCell', () => {
  it('finds the marker and the cell the general search finds, or leaves it to that search', () => {
    const r = prng(21);
    const cells = [
      '<c r="A1" t="s"><v>3</v></c>',
      '<c r="B1"/>',
      '<c r="C1"><f>1+1</f><v>2</v></c>',
      '<c r="D1"><f t="shared" si="0"/><v/></c>',
      '<c r="E1" t="inlineStr"><is><t>x</t></is></c>',
      '<c r="F1" x="<v>"><v>1</v></c>',
      '</row><row r="2">',
      '<c r="G1"><f>a</f><f>b</f><f>c</f><f>d</f><v>1</v></c>',
    ];
    const at = new CellTag();
    const general = new CellTag();
    let answered = 0;
    for (let round = 0; round < 300; round++) {
      let xml = '<sheetData><row r="1">';
      for (let i = 0; i < 6; i++) xml += cells[Math.floor(r() * cells.length)];
      const b = enc.encode(`${xml}</row></sheetData>`);
      for (let p = 11; p < b.length; p++) {
        const marker = nextCell(b, p, b.length, at);
        if (marker < 0) continue;
        answered++;
        expect(marker).toBe(nextMarker(b, words(new Uint8Array(b)), p - 1, b.length));
        expect(enclosingCell(b, undefined, marker, 0, general)).toBe(true);
        expect([at.start, at.tagEnd]).toEqual([general.start, general.tagEnd]);
      }
    }
    expect(answered).toBeGreaterThan(100);
  });
  it('has no answer where no cell with a marker follows', () => {
    expect(nextCell(enc.encode('<c r="A1"/></row>'), 0, 17, new CellTag())).toBe(-1);
    expect(nextCell(enc.encode('<c r="A1"><v/></c>'), 0, 18, new CellTag())).toBe(-1);
  });
});
