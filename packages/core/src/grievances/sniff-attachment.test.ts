import { describe, expect, it } from 'vitest';
import { tinyJpeg, tinyPng } from './image-fixtures.js';
import { sniffAttachment } from './sniff-attachment.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sniffAttachment', () => {
  it.each([
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf'],
    ['a PNG', tinyPng(), 'png'],
    ['a JPEG', tinyJpeg(), 'jpeg'],
    ['plain text', utf8('The foreman took our papers.\r\nNo pay since May.\n'), 'text'],
    ['text in other scripts with a BOM', utf8('\ufeffKinder arbeiten in der Grube – 子供 – عمال'), 'text'],
  ] as const)('recognises %s', (_name, bytes, type) => {
    expect(sniffAttachment(bytes)).toBe(type);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a GIF', utf8('GIF89a\u0001\u0000')],
    ['a zip or Office file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['a Windows program', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])],
    ['invalid UTF-8', new Uint8Array([0x48, 0x69, 0xc3, 0x28])],
    ['text with a NUL byte', new Uint8Array([0x48, 0x00, 0x69])],
    ['half a PNG signature', new Uint8Array([0x89, 0x50, 0x4e, 0x47])],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffAttachment(bytes)).toBeUndefined();
  });
});
