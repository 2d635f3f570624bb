import { describe, expect, it } from 'vitest';
import { prng } from '../test-support/random.js';
import { crc32 } from './crc32.js';

/** The bit-at-a-time definition, to hold the table-driven one to. */
function slow(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('gives the check value of "123456789" (0xCBF43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
  it('agrees with the bitwise definition at every length and alignment', () => {
    const r = prng(3);
    const data = new Uint8Array(300).map(() => Math.floor(r() * 256));
    for (let start = 0; start < 9; start++)
      for (let len = 0; len < 40; len++)
        expect(crc32(data.subarray(start, start + len))).toBe(slow(data.subarray(start, start + len)));
    expect(crc32(data)).toBe(slow(data));
  });
});
