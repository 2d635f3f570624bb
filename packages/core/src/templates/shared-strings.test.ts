import { describe, expect, it } from 'vitest';
import { prng } from '../test-support/random.js';
import { ByteScan } from './byte-scan.js';
import { indexStrings, SharedStrings } from './shared-strings.js';

const enc = new TextEncoder();

/** The same bytes at an offset that is not a multiple of 4 (no word view). */
function unaligned(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length + 1);
  copy.set(bytes, 1);
  return copy.subarray(1);
}

/** Every `<si` followed by `>`, a space or `/`, byte by byte: what both searches must find. */
function everyItem(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + 3 < bytes.length; i++) {
    const n = bytes[i + 3];
    if (bytes[i] === 0x3c && bytes[i + 1] === 0x73 && bytes[i + 2] === 0x69 && (n === 0x3e || n === 0x20 || n === 0x2f))
      out.push(i);
  }
  return out;
}

const ITEMS = [
  '<si><t>Tantalum</t></si>',
  '<si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text</t></r><rPh><t>ふりがな</t></rPh></si>',
  '<si><t/></si>',
  '<si><t>a &amp; b_x000D_</t></si>',
  '<si/>',
  '<si><t xml:space="preserve"> padded </t></si>',
  `<si><t>${'long text without tags '.repeat(20)}</t></si>`,
  '<si><t>中文</t></si>',
];

describe('SharedStrings', () => {
  const sst = `<sst count="8">${ITEMS.join('')}</sst>`;
  it('decodes plain, rich, empty, escaped and non-ASCII items', () => {
    const strings = new SharedStrings(sst);
    expect(strings.length).toBe(8);
    expect(strings.get(0)).toBe('Tantalum');
    expect(strings.get(1)).toBe('Rich text');
    expect(strings.get(2)).toBe('');
    expect(strings.get(3)).toBe('a & b\r');
    expect(strings.get(4)).toBe('');
    expect(strings.get(5)).toBe(' padded ');
    expect(strings.get(6)).toBe('long text without tags '.repeat(20));
    expect(strings.get(7)).toBe('中文');
    expect(strings.get(8)).toBeUndefined();
    expect(strings.get(-1)).toBeUndefined();
  });
  it('indexes the same offsets with and without the word view, whatever the layout', () => {
    const layouts = [
      sst,
      `<sst>${ITEMS.join('\n')}</sst>`,
      `<sst><si><t>x</t></si><extra/>${ITEMS.join('')}</sst>`,
      `<sst>${ITEMS.slice(0, 3).join('')}<si><t>unclosed</t>`,
      `<sst>${ITEMS.join('')}`.slice(0, -5),
    ];
    for (const xml of layouts) {
      const bytes = enc.encode(xml);
      const aligned = new Uint8Array(bytes);
      const starts = indexStrings(aligned);
      expect(starts.length).toBeGreaterThan(0);
      expect(indexStrings(unaligned(bytes))).toEqual(starts);
      // Every offset is a string item's start tag.
      for (const s of starts) expect(String.fromCharCode(...bytes.subarray(s, s + 3))).toBe('<si');
    }
  });
  it('indexes every item start, in JavaScript and in WebAssembly alike, also in damaged tables', () => {
    const wasm = ByteScan.get();
    expect(wasm).toBeDefined();
    const r = prng(5);
    const base = `<sst>${ITEMS.join('')}${ITEMS.join('')}</sst>`;
    const junk = ['<', '>', '/', '<si>', '</si>', '<t>', '</t>', '<si/>', '<<si ', ''];
    for (let round = 0; round < 400; round++) {
      let xml = base;
      for (let edits = 1 + Math.floor(r() * 4); edits > 0; edits--) {
        const at = Math.floor(r() * xml.length);
        const cut = Math.floor(r() * 12);
        xml = xml.slice(0, at) + (junk[Math.floor(r() * junk.length)] ?? '') + xml.slice(at + cut);
      }
      const bytes = new Uint8Array(enc.encode(xml));
      const expected = everyItem(bytes);
      expect(indexStrings(bytes)).toEqual(expected);
      expect(indexStrings(unaligned(bytes))).toEqual(expected);
      expect([...(wasm?.stringItems(bytes) ?? [])]).toEqual(expected);
    }
  });
});
