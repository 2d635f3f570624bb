import { AppError } from '../errors.js';

/**
 * Removes what a JPEG says about where, when and with what it was taken, keeping the picture.
 * A reporter's photo can otherwise reveal their position (EXIF GPS), their phone (serial numbers
 * in maker notes), their name (IPTC, comments) or the uncropped original (embedded thumbnails),
 * which can put them at risk of reprisal (UNGP 31 (b) commentary: fear of reprisal is a barrier to
 * access; CSDDD Art. 14(3) confidentiality and protection against retaliation; LkSG §8(4)
 * confidentiality of identity).
 *
 * Segment rules (ITU T.81 Annex B):
 * - dropped: APP1 (EXIF, XMP), APP13 (IPTC/Photoshop), COM, every other APPn that is not below,
 *   and anything after EOI (multi-picture trailers, depth maps);
 * - kept: APP0 JFIF with its thumbnail removed, APP2 ICC profiles and APP14 Adobe (both affect
 *   colours), and every table, frame and scan segment unchanged.
 * The EXIF orientation goes too: a photo taken sideways may show sideways.
 */

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;

function unreadable(reason: string): AppError {
  return new AppError('unreadable_file', `The image could not be read: ${reason}.`);
}

function hasPrefix(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Markers without a length field: TEM and the restart markers RST0–RST7. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** The segment to write instead of the one at `start`, or `undefined` to drop it. */
function keptSegment(bytes: Uint8Array, start: number, end: number): Uint8Array | undefined {
  const marker = bytes[start + 1] ?? 0;
  const payload = start + 4;
  if (marker === COM) return undefined;
  if (marker < APP0 || marker > 0xef) return bytes.subarray(start, end);
  if (marker === APP0 && hasPrefix(bytes, payload, 'JFIF\0') && end - payload >= 14) {
    // JFIF header without the thumbnail: identifier (5), version (2), units (1), densities (4), 0×0 thumbnail.
    const segment = new Uint8Array(2 + 2 + 14);
    segment.set([0xff, APP0, 0, 16]);
    segment.set(bytes.subarray(payload, payload + 12), 4);
    return segment;
  }
  if (marker === APP2 && hasPrefix(bytes, payload, 'ICC_PROFILE\0')) return bytes.subarray(start, end);
  if (marker === APP14 && hasPrefix(bytes, payload, 'Adobe')) return bytes.subarray(start, end);
  return undefined;
}

/** End of the entropy-coded data that starts at `from`: the next marker other than a stuffed `FF 00` or RSTn. */
function endOfScan(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const next = bytes[i + 1];
    if (next === undefined) return bytes.length;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
    else if (next === 0xff) i++;
    else return i;
  }
  return bytes.length;
}

/** A copy of a JPEG without its metadata segments. Throws `unreadable_file` if it is not a JPEG. */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== SOI) throw unreadable('not a JPEG');
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let pos = 2;
  for (;;) {
    if (pos >= bytes.length) break; // truncated: keep what we have and close it below
    if (bytes[pos] !== 0xff) throw unreadable('expected a marker');
    while (bytes[pos + 1] === 0xff) pos++; // fill bytes (T.81 B.1.1.2)
    const marker = bytes[pos + 1];
    if (marker === undefined) break;
    if (marker === EOI) break;
    if (isStandalone(marker)) {
      parts.push(bytes.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    const length = ((bytes[pos + 2] ?? 0) << 8) | (bytes[pos + 3] ?? 0);
    const end = pos + 2 + length;
    if (length < 2 || end > bytes.length) throw unreadable('a segment runs past the end of the file');
    const kept = keptSegment(bytes, pos, end);
    if (kept) parts.push(kept);
    pos = end;
    if (marker === SOS) {
      const scanEnd = endOfScan(bytes, pos);
      parts.push(bytes.subarray(pos, scanEnd));
      pos = scanEnd;
    }
  }
  parts.push(new Uint8Array([0xff, EOI]));
  return concat(parts);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
