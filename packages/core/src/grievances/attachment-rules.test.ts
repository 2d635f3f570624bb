import { describe, expect, it } from 'vitest';
import { checkAttachments } from './attachment-rules.js';
import { tinyJpeg, tinyPng } from './image-fixtures.js';

const text = new TextEncoder().encode('Statement of a worker.');

describe('checkAttachments', () => {
  it('accepts files whose content, name and declared type agree', () => {
    const result = checkAttachments([
      { fileName: 'photo.JPG', declaredType: 'image/jpeg', bytes: tinyJpeg() },
      { fileName: 'screen.png', bytes: tinyPng() },
      { fileName: 'statement.txt', declaredType: 'text/plain; charset=utf-8', bytes: text },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((a) => [a.index, a.type, a.mediaType])).toEqual([
      [0, 'jpeg', 'image/jpeg'],
      [1, 'png', 'image/png'],
      [2, 'text', 'text/plain; charset=utf-8'],
    ]);
  });

  it('lets the bytes decide when the name or type says nothing', () => {
    const result = checkAttachments([
      { fileName: 'IMG_0001', declaredType: 'application/octet-stream', bytes: tinyPng() },
    ]);
    expect(result.accepted[0]?.type).toBe('png');
  });

  it('refuses a file whose name or declared type names another kind', () => {
    const result = checkAttachments([
      { fileName: 'report.pdf', bytes: tinyJpeg() },
      { fileName: 'photo.png', declaredType: 'image/jpeg', bytes: tinyPng() },
    ]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([
      { index: 0, reason: 'type_mismatch' },
      { index: 1, reason: 'type_mismatch' },
    ]);
  });

  it('refuses empty, unknown, too large, too many and too much in total', () => {
    const big = new Uint8Array(101).fill(0x41);
    const limits = { maxCount: 3, maxFileBytes: 100, maxTotalBytes: 150 };
    expect(checkAttachments([{ bytes: new Uint8Array() }], limits).rejected).toEqual([{ index: 0, reason: 'empty' }]);
    expect(checkAttachments([{ bytes: new Uint8Array([0x4d, 0x5a, 0]) }], limits).rejected).toEqual([
      { index: 0, reason: 'unsupported_type' },
    ]);
    expect(checkAttachments([{ bytes: big }], limits).rejected).toEqual([{ index: 0, reason: 'too_large' }]);
    const four = Array.from({ length: 4 }, () => ({ bytes: text }));
    expect(checkAttachments(four, limits).rejected).toContainEqual({ index: null, reason: 'too_many' });
    const heavy = Array.from({ length: 2 }, () => ({ bytes: new Uint8Array(80).fill(0x41) }));
    expect(checkAttachments(heavy, limits).rejected).toEqual([{ index: null, reason: 'total_too_large' }]);
  });
});
