/**
 * Test-only: tiny but real JPEG and PNG files built byte by byte, with and without metadata, so
 * the metadata strippers can be tested against known-good images. Not exported from the module.
 */

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
const u16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** Concatenates byte arrays. */
export function bytesOf(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const flat: number[] = [];
  for (const part of parts) flat.push(...part);
  return new Uint8Array(flat);
}

/** True when `needle` occurs in `haystack`. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array | string): boolean {
  const n = typeof needle === 'string' ? new Uint8Array(ascii(needle)) : needle;
  outer: for (let i = 0; i + n.length <= haystack.length; i++) {
    for (let j = 0; j < n.length; j++) if (haystack[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

// --- JPEG ------------------------------------------------------------------------------------

/** A marker segment: FF, marker, big-endian length (including itself), payload. */
export function jpegSegment(marker: number, payload: readonly number[]): number[] {
  return [0xff, marker, ...u16(payload.length + 2), ...payload];
}

/** JFIF APP0 with 72 dpi and an optional 1×1 RGB thumbnail. */
export function jfifApp0(withThumbnail: boolean): number[] {
  const thumb = withThumbnail ? [1, 1, 0xaa, 0xbb, 0xcc] : [0, 0];
  return jpegSegment(0xe0, [...ascii('JFIF\0'), 1, 2, 1, ...u16(72), ...u16(72), ...thumb]);
}

/** APP1 EXIF with a GPS IFD holding "N" as latitude reference (TIFF 6.0 big-endian layout). */
export function exifApp1WithGps(): number[] {
  const tiff = [
    ...ascii('MM'),
    ...u16(42),
    ...u32(8),
    // IFD0: one entry, GPSInfo (0x8825, LONG) pointing at offset 26.
    ...u16(1),
    ...u16(0x8825),
    ...u16(4),
    ...u32(1),
    ...u32(26),
    ...u32(0),
    // GPS IFD: GPSLatitudeRef (0x0001, ASCII, 2) = "N\0".
    ...u16(1),
    ...u16(0x0001),
    ...u16(2),
    ...u32(2),
    ...ascii('N\0\0\0'),
    ...u32(0),
  ];
  return jpegSegment(0xe1, [...ascii('Exif\0\0'), ...tiff]);
}

/** APP1 XMP packet with a GPS latitude. */
export function xmpApp1(): number[] {
  const xml = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>52,5.1N</exif:GPSLatitude></x:xmpmeta>';
  return jpegSegment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/\0'), ...ascii(xml)]);
}

/** APP13 Photoshop IRB with an IPTC by-line. */
export function iptcApp13(): number[] {
  const iptc = [0x1c, 2, 80, ...u16(9), ...ascii('Jan Smit.')];
  return jpegSegment(0xed, [
    ...ascii('Photoshop 3.0\0'),
    ...ascii('8BIM'),
    ...u16(0x0404),
    0,
    0,
    ...u32(iptc.length),
    ...iptc,
  ]);
}

/** COM segment. */
export function jpegComment(text: string): number[] {
  return jpegSegment(0xfe, ascii(text));
}

/** APP2 ICC profile segment (a stub body; decoders only read it when they manage colour). */
export function iccApp2(): number[] {
  return jpegSegment(0xe2, [...ascii('ICC_PROFILE\0'), 1, 1, ...ascii('stub')]);
}

/**
 * A valid 8×8 grey baseline JPEG (T.81 Annex B): all-ones quantisation table, one-symbol Huffman
 * tables (DC category 0, AC end-of-block, each coded as the 1-bit code `0`), one block whose scan
 * is the bits `00` padded with ones. `extra` segments are inserted after APP0, `trailer` after EOI.
 */
export function tinyJpeg(
  options: { thumbnail?: boolean; extra?: readonly number[][]; trailer?: string } = {},
): Uint8Array {
  const oneCodeOfLengthOne = [1, ...new Array<number>(15).fill(0)];
  return bytesOf(
    [0xff, 0xd8],
    jfifApp0(options.thumbnail ?? false),
    ...(options.extra ?? []),
    jpegSegment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    jpegSegment(0xc0, [8, ...u16(8), ...u16(8), 1, 1, 0x11, 0]),
    jpegSegment(0xc4, [0x00, ...oneCodeOfLengthOne, 0x00]),
    jpegSegment(0xc4, [0x10, ...oneCodeOfLengthOne, 0x00]),
    jpegSegment(0xda, [1, 1, 0x00, 0, 63, 0]),
    [0x3f],
    [0xff, 0xd9],
    options.trailer === undefined ? [] : ascii(options.trailer),
  );
}

// --- PNG -------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG uses it (ISO 3309, PNG spec Annex D). */
export function crc32(bytes: Uint8Array | readonly number[]): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A chunk: length, type, data, CRC over type and data. */
export function pngChunk(type: string, data: readonly number[]): number[] {
  const body = [...ascii(type), ...data];
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** zlib stream with one stored (uncompressed) deflate block (RFC 1950, RFC 1951 §3.2.4). */
export function zlibStored(data: readonly number[]): number[] {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const len = data.length;
  return [
    0x78,
    0x01,
    0x01,
    len & 0xff,
    len >>> 8,
    ~len & 0xff,
    (~len >>> 8) & 0xff,
    ...data,
    ...u32(((b << 16) | a) >>> 0),
  ];
}

/** 2×2 RGB pixels as PNG scanlines (filter byte 0 each): red, green / blue, white. */
export const PNG_SCANLINES = [0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255];

/** Chunks that carry metadata, as cameras and editors write them. */
export const PNG_METADATA_CHUNKS: readonly number[][] = [
  pngChunk('tEXt', [...ascii('Author\0'), ...ascii('Jan Smit')]),
  pngChunk('iTXt', [
    ...ascii('XML:com.adobe.xmp\0'),
    0,
    0,
    0,
    0,
    ...ascii('<exif:GPSLatitude>52,5.1N</exif:GPSLatitude>'),
  ]),
  pngChunk('zTXt', [...ascii('Comment\0'), 0, ...zlibStored(ascii('taken at the north pit'))]),
  pngChunk('eXIf', exifApp1WithGps().slice(10)),
  pngChunk('tIME', [...u16(2025), 6, 1, 12, 30, 0]),
  pngChunk('caBX', ascii('provenance manifest')),
];

/** A valid 2×2 RGB PNG; `beforeIdat` chunks go after IHDR/sRGB, `afterIdat` before IEND, `trailer` after IEND. */
export function tinyPng(
  options: { beforeIdat?: readonly number[][]; afterIdat?: readonly number[][]; trailer?: string } = {},
): Uint8Array {
  return bytesOf(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...u32(2), ...u32(2), 8, 2, 0, 0, 0]),
    pngChunk('sRGB', [0]),
    ...(options.beforeIdat ?? []),
    pngChunk('IDAT', zlibStored(PNG_SCANLINES)),
    ...(options.afterIdat ?? []),
    pngChunk('IEND', []),
    options.trailer === undefined ? [] : ascii(options.trailer),
  );
}
