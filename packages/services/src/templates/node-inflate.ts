/**
 * Node's native zlib as the template reader's inflater (the core stays pure and defaults to a
 * pure-JS one, for the browser); several times faster on the large worksheet and string parts.
 */
import { inflateRawSync } from 'node:zlib';
import type { InflateRaw } from '@assay/core';

/**
 * Inflates raw DEFLATE data with zlib, bounded by the declared size: zlib stops with a `RangeError`
 * past `expectedSize + 1` bytes, so a lying part cannot allocate beyond the reader's limits.
 */
export const nodeInflateRaw: InflateRaw = (compressed, expectedSize) => {
  const max = expectedSize + 1;
  // One output chunk of the declared size: no chunk list and no final concatenation.
  const out = inflateRawSync(compressed, { maxOutputLength: max, chunkSize: Math.max(64, max) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};
