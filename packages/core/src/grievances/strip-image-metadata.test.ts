import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import {
  bytesOf,
  containsBytes,
  crc32,
  exifApp1WithGps,
  iccApp2,
  iptcApp13,
  jpegComment,
  jpegSegment,
  PNG_METADATA_CHUNKS,
  PNG_SCANLINES,
  pngChunk,
  tinyJpeg,
  tinyPng,
  xmpApp1,
} from './image-fixtures.js';
import { stripImageMetadata } from './strip-image-metadata.js';
import { stripJpegMetadata } from './strip-jpeg-metadata.js';
import { stripPngMetadata } from './strip-png-metadata.js';

/** Walks a JPEG's segments and returns their markers; fails on any broken length. */
function jpegMarkers(bytes: Uint8Array): number[] {
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  const markers: number[] = [];
  let pos = 2;
  while (pos < bytes.length) {
    expect(bytes[pos]).toBe(0xff);
    const marker = bytes[pos + 1] ?? -1;
    markers.push(marker);
    if (marker === 0xd9) {
      expect(pos + 2).toBe(bytes.length);
      break;
    }
    pos += 2 + (((bytes[pos + 2] ?? 0) << 8) | (bytes[pos + 3] ?? 0));
    if (marker === 0xda) while (!(bytes[pos] === 0xff && bytes[pos + 1] !== 0 && bytes[pos + 1] !== 0xff)) pos++;
  }
  return markers;
}

/** Walks a PNG's chunks up to IEND, checks every CRC, and returns the chunk types. */
function pngChunkTypes(bytes: Uint8Array, options: { trailing?: boolean } = {}): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const types: string[] = [];
  let pos = 8;
  while (types.at(-1) !== 'IEND') {
    const length = view.getUint32(pos);
    const body = bytes.subarray(pos + 4, pos + 8 + length);
    expect(view.getUint32(pos + 8 + length)).toBe(crc32(body));
    types.push(String.fromCharCode(...body.subarray(0, 4)));
    pos += 12 + length;
  }
  if (!options.trailing) expect(pos).toBe(bytes.length);
  return types;
}

describe('stripJpegMetadata', () => {
  const dirty = tinyJpeg({
    thumbnail: true,
    extra: [exifApp1WithGps(), xmpApp1(), iptcApp13(), jpegComment('taken by Jan at the north pit'), iccApp2()],
    trailer: 'second picture with its own EXIF',
  });

  it('removes EXIF with GPS, XMP, IPTC, comments, the JFIF thumbnail and trailing data', () => {
    const clean = stripJpegMetadata(dirty);
    for (const marker of ['Exif', 'GPSLatitude', 'Photoshop', '8BIM', 'Jan', 'north pit', 'second picture']) {
      expect(containsBytes(dirty, marker), marker).toBe(true);
      expect(containsBytes(clean, marker), marker).toBe(false);
    }
    expect(containsBytes(clean, new Uint8Array([0x88, 0x25]))).toBe(false); // the GPSInfo tag
    expect(containsBytes(clean, new Uint8Array([0xaa, 0xbb, 0xcc]))).toBe(false); // the thumbnail pixels
  });

  it('keeps the picture byte for byte: the result is the same image without metadata', () => {
    const expected = tinyJpeg({ extra: [iccApp2()] });
    expect(stripJpegMetadata(dirty)).toEqual(expected);
    expect(jpegMarkers(stripJpegMetadata(dirty))).toEqual([0xe0, 0xe2, 0xdb, 0xc0, 0xc4, 0xc4, 0xda, 0xd9]);
  });

  it('leaves an image without metadata unchanged', () => {
    expect(stripJpegMetadata(tinyJpeg())).toEqual(tinyJpeg());
  });

  it('copies scan data with stuffed bytes and restart markers untouched', () => {
    const scan = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0xd1, 0x78];
    const image = bytesOf(
      [0xff, 0xd8],
      jpegSegment(0xda, [1, 1, 0, 0, 63, 0]),
      scan,
      jpegComment('late'),
      [0xff, 0xd9],
    );
    expect(stripJpegMetadata(image)).toEqual(
      bytesOf([0xff, 0xd8], jpegSegment(0xda, [1, 1, 0, 0, 63, 0]), scan, [0xff, 0xd9]),
    );
  });

  it('keeps every scan of a progressive image and drops metadata between scans', () => {
    const sos = jpegSegment(0xda, [1, 1, 0, 0, 0, 0]);
    const image = bytesOf([0xff, 0xd8], sos, [0x01, 0x02], jpegComment('x'), sos, [0x03], [0xff, 0xd9]);
    expect(stripJpegMetadata(image)).toEqual(bytesOf([0xff, 0xd8], sos, [0x01, 0x02], sos, [0x03], [0xff, 0xd9]));
  });

  it('refuses a file that is not a JPEG or whose segments are broken', () => {
    expect(() => stripJpegMetadata(tinyPng())).toThrow(/not a JPEG/);
    const broken = bytesOf([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 0x01]);
    try {
      stripJpegMetadata(broken);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('unreadable_file');
    }
  });
});

describe('stripPngMetadata', () => {
  const dirty = tinyPng({
    beforeIdat: PNG_METADATA_CHUNKS,
    afterIdat: [
      pngChunk(
        'tEXt',
        [...'Software\0Phone'].map((c) => c.charCodeAt(0)),
      ),
    ],
    trailer: 'appended data',
  });

  it('removes tEXt, iTXt, zTXt, eXIf, tIME, unknown ancillary chunks and trailing data', () => {
    const clean = stripPngMetadata(dirty);
    expect(pngChunkTypes(dirty, { trailing: true })).toEqual(
      expect.arrayContaining(['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME', 'caBX']),
    );
    expect(pngChunkTypes(clean)).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    for (const marker of ['Jan Smit', 'GPSLatitude', 'MM\0*', 'Phone', 'appended', 'provenance']) {
      expect(containsBytes(clean, marker), marker).toBe(false);
    }
  });

  it('keeps the picture: valid chunks and CRCs, and the same pixels', () => {
    const clean = stripPngMetadata(dirty);
    expect(clean).toEqual(tinyPng());
    const idat = clean.subarray(8 + 25 + 13 + 8, clean.length - 12 - 4);
    expect([...inflateSync(idat)]).toEqual(PNG_SCANLINES);
  });

  it('refuses a file that is not a PNG or is cut short', () => {
    expect(() => stripPngMetadata(tinyJpeg())).toThrow(/not a PNG/);
    expect(() => stripPngMetadata(tinyPng().subarray(0, 40))).toThrow(/past the end/);
  });
});

describe('stripImageMetadata', () => {
  it('cleans JPEG and PNG and passes other files through unchanged', () => {
    expect(stripImageMetadata(tinyJpeg({ extra: [exifApp1WithGps()] }))).toEqual(tinyJpeg());
    expect(stripImageMetadata(tinyPng({ beforeIdat: PNG_METADATA_CHUNKS }))).toEqual(tinyPng());
    const pdf = bytesOf([...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)));
    expect(stripImageMetadata(pdf)).toBe(pdf);
  });
});
