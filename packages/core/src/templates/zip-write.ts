/**
 * Rewrites a zip package: entries that are not replaced are copied byte for byte (local record
 * and central record, only the offset patched), so every part the writer does not touch
 * (styles, images, validations in other sheets, printer settings, custom XML) survives exactly.
 * Record layouts: APPNOTE 6.3.10 §4.3.7 (local header), §4.3.12 (central), §4.3.16 (end record).
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32.js';
import type { ZipArchive } from './zip-archive.js';

const utf8 = new TextEncoder();

/** What to do with the package's parts: new content for some, removal of others. */
export type ZipEdits = {
  readonly replace: ReadonlyMap<string, Uint8Array>;
  readonly remove: ReadonlySet<string>;
};

function put16(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
}

function put32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

/** Writes a new package from `zip` with the edits applied, in the original entry order. */
export function rewriteZip(zip: ZipArchive, edits: ZipEdits): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of zip.entries) {
    if (edits.remove.has(e.name)) continue;
    const content = edits.replace.get(e.name);
    if (content === undefined) {
      const local = zip.bytes.subarray(e.localOffset, e.recordEnd);
      const central = e.central.slice();
      put32(central, 42, offset);
      chunks.push(local);
      centrals.push(central);
      offset += local.length;
      continue;
    }
    const name = utf8.encode(e.name);
    const data = deflateSync(content, { level: 6 });
    const crc = crc32(content);
    // Keep the original modification time and date, so a rewrite is reproducible.
    const time = (e.central[12] ?? 0) | ((e.central[13] ?? 0) << 8);
    const date = (e.central[14] ?? 0) | ((e.central[15] ?? 0) << 8);
    const local = new Uint8Array(30 + name.length);
    put32(local, 0, 0x04034b50);
    put16(local, 4, 20);
    put16(local, 6, 0x0800);
    put16(local, 8, 8);
    put16(local, 10, time);
    put16(local, 12, date);
    put32(local, 14, crc);
    put32(local, 18, data.length);
    put32(local, 22, content.length);
    put16(local, 26, name.length);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    put32(central, 0, 0x02014b50);
    put16(central, 4, 20);
    put16(central, 6, 20);
    put16(central, 8, 0x0800);
    put16(central, 10, 8);
    put16(central, 12, time);
    put16(central, 14, date);
    put32(central, 16, crc);
    put32(central, 20, data.length);
    put32(central, 24, content.length);
    put16(central, 28, name.length);
    put32(central, 42, offset);
    central.set(name, 46);
    chunks.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const cdStart = offset;
  let cdSize = 0;
  for (const c of centrals) cdSize += c.length;
  const end = new Uint8Array(22);
  put32(end, 0, 0x06054b50);
  put16(end, 8, centrals.length);
  put16(end, 10, centrals.length);
  put32(end, 12, cdSize);
  put32(end, 16, cdStart);
  const out = new Uint8Array(cdStart + cdSize + end.length);
  let p = 0;
  for (const c of [...chunks, ...centrals, end]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
