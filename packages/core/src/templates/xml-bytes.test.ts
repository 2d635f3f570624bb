import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { prng } from '../test-support/random.js';
import {
  assertSafeXmlBytes,
  attrAt,
  indexOfAscii,
  LT,
  lastIndexOfAscii,
  nextByte,
  prevByte,
  textOf,
} from './xml-bytes.js';

const enc = new TextEncoder();

describe('nextByte and prevByte', () => {
  it('answer as indexOf and lastIndexOf, near and far', () => {
    const r = prng(3);
    for (const gap of [1, 10, 63, 64, 65, 200, 1000]) {
      const b = new Uint8Array(3000).map(() => 0x61 + Math.floor(r() * 20));
      for (let i = 0; i < 3000; i += gap + Math.floor(r() * gap)) b[i] = LT;
      for (let from = 0; from < 3000; from += 7) {
        expect(nextByte(b, LT, from)).toBe(b.indexOf(LT, from));
        expect(prevByte(b, LT, from)).toBe(b.lastIndexOf(LT, from));
      }
      expect(nextByte(b, LT, 3000)).toBe(-1);
    }
  });
});

describe('ASCII searches', () => {
  const b = enc.encode('<a><sheetData><row/></sheetData><x/></sheetData>');
  it('find the first and the last occurrence', () => {
    expect(indexOfAscii(b, '<sheetData', 0)).toBe(3);
    expect(indexOfAscii(b, '<sheetData', 4)).toBe(-1);
    expect(lastIndexOfAscii(b, '</sheetData>', 3)).toBe(36);
    expect(lastIndexOfAscii(b, '</sheetData>', 40)).toBe(-1);
  });
});

describe('attrAt', () => {
  const tag = enc.encode('<c r="B7" s="3" t="s">');
  it('finds a whole attribute name after whitespace', () => {
    expect(attrAt(tag, 0, tag.length - 1, 'r')).toBe(6);
    expect(attrAt(tag, 0, tag.length - 1, 't')).toBe(19);
    expect(attrAt(tag, 0, tag.length - 1, 'x')).toBe(-1);
  });
});

describe('textOf', () => {
  it('decodes UTF-8, references and _xHHHH_ escapes', () => {
    const b = enc.encode('a &amp; b_x000D_ 中');
    expect(textOf(b, 0, b.length)).toBe('a & b\r 中');
  });
});

describe('assertSafeXmlBytes', () => {
  it('accepts a prolog with a declaration, instructions and comments', () => {
    expect(() =>
      assertSafeXmlBytes(enc.encode('<?xml version="1.0"?><!-- c --><?pi x?><root><!x/></root>'), 'p'),
    ).not.toThrow();
  });
  it('refuses a DTD or an entity declaration', () => {
    for (const xml of ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>', '<!-- x --><!ENTITY a "b"><x/>']) {
      expect(() => assertSafeXmlBytes(enc.encode(xml), 'p')).toThrow(AppError);
    }
  });
});
