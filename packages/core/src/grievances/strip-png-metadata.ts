import { AppError } from '../errors.js';

/**
 * Removes text and time chunks from a PNG, keeping the picture. Screenshots and edited photos carry
 * the author, software, creation time, comments and sometimes a whole EXIF block with GPS; any of
 * them can identify a reporter (CSDDD Art. 14(3), LkSG §8(4)). Chunk layout: PNG spec §5.3.
 *
 * Kept: every critical chunk (upper-case first letter; IHDR, PLTE, IDAT, IEND) and the ancillary
 * chunks that change how the picture looks or moves (transparency, colour space, pixel size,
 * animation). Dropped: tEXt, iTXt, zTXt, eXIf, tIME, every other ancillary chunk (decoders must
 * ignore unknown ones, so dropping them is always safe) and anything after IEND.
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const KEPT_ANCILLARY = new Set([
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
  'cICP',
  'mDCV',
  'cLLI',
  'acTL',
  'fcTL',
  'fdAT',
]);

function unreadable(reason: string): AppError {
  return new AppError('unreadable_file', `The image could not be read: ${reason}.`);
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/** A copy of a PNG without text, time and unknown ancillary chunks. Throws `unreadable_file` if it is not a PNG. */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw unreadable('not a PNG');
  const kept: [number, number][] = [[0, SIGNATURE.length]];
  let pos = SIGNATURE.length;
  let ended = false;
  while (!ended) {
    if (pos + 12 > bytes.length) throw unreadable('a chunk runs past the end of the file');
    const length =
      (((bytes[pos] ?? 0) << 24) |
        ((bytes[pos + 1] ?? 0) << 16) |
        ((bytes[pos + 2] ?? 0) << 8) |
        (bytes[pos + 3] ?? 0)) >>>
      0;
    const end = pos + 12 + length;
    if (end > bytes.length) throw unreadable('a chunk runs past the end of the file');
    const type = chunkType(bytes, pos + 4);
    const critical = ((bytes[pos + 4] ?? 0) & 0x20) === 0;
    if (critical || KEPT_ANCILLARY.has(type)) kept.push([pos, end]);
    ended = type === 'IEND';
    pos = end;
  }
  const out = new Uint8Array(kept.reduce((sum, [from, to]) => sum + to - from, 0));
  let at = 0;
  for (const [from, to] of kept) {
    out.set(bytes.subarray(from, to), at);
    at += to - from;
  }
  return out;
}
