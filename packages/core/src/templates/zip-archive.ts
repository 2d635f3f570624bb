/**
 * A defensive zip reader for .xlsx packages. It parses the central directory itself (APPNOTE
 * 6.3.10 §4.3) so every limit is checked *before* anything is inflated, and it inflates only the
 * parts the caller asks for, streaming, so a part that lies about its size is stopped early.
 */
import { Inflate } from 'fflate';
import { AppError } from '../errors.js';

/** Limits on the package; the defaults are about 10× the largest RMI template (11 MB unzipped). */
export type ZipLimits = {
  /** Most entries in the central directory (a template has about 90). */
  readonly maxEntries: number;
  /** Largest inflated size of one part, in bytes (the largest template part is about 6 MB). */
  readonly maxEntrySize: number;
  /** Largest inflated size of all parts read from one package, in bytes. */
  readonly maxTotalSize: number;
  /** Highest inflated/compressed ratio accepted for parts over 1 MiB (templates stay under 100). */
  readonly maxRatio: number;
};

/**
 * A raw-DEFLATE (RFC 1951) inflater to use instead of the built-in pure-JS one (fflate), e.g. a
 * native one outside the pure core. It receives a part's compressed bytes and the inflated size
 * its zip record declares (already checked against the {@link ZipLimits}), and must never produce
 * more than `expectedSize + 1` bytes: once the output would exceed that, throw a `RangeError`
 * (read as a zip bomb) or return what it has. Any other error means invalid data. The reader
 * checks the result's length against `expectedSize` itself.
 */
export type InflateRaw = (compressed: Uint8Array, expectedSize: number) => Uint8Array;

/** Default {@link ZipLimits}. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntrySize: 64 * 1024 * 1024,
  maxTotalSize: 256 * 1024 * 1024,
  maxRatio: 1_000,
};

/** One central-directory record, with what the writer needs to copy it byte for byte. */
export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the local file header. */
  readonly localOffset: number;
  /** Offset of the compressed data. */
  readonly dataOffset: number;
  /** End of the local record (after the data and any data descriptor). */
  readonly recordEnd: number;
  /** The raw central-directory record (46 bytes + name + extra + comment). */
  readonly central: Uint8Array;
};

const DAMAGED =
  'The file is damaged or incomplete (perhaps cut off during download or e-mail). Ask the supplier to send it again, saved as .xlsx.';

function damaged(detail: string): AppError {
  return new AppError('unreadable_file', `${DAMAGED} (${detail})`);
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** A zip package opened for reading selected parts. */
export class ZipArchive {
  readonly bytes: Uint8Array;
  readonly entries: readonly ZipEntry[];
  readonly limits: ZipLimits;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly inflateRaw: InflateRaw | undefined;
  private inflatedTotal = 0;

  private constructor(bytes: Uint8Array, entries: ZipEntry[], limits: ZipLimits, inflateRaw?: InflateRaw) {
    this.bytes = bytes;
    this.entries = entries;
    this.limits = limits;
    this.inflateRaw = inflateRaw;
    // Part names are case-insensitive in OPC (ECMA-376 Part 2 §9.1.1.1).
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /**
   * Parses the central directory; throws `unreadable_file` when it is missing, truncated or over a
   * limit. Parts are inflated with `inflateRaw` when given, else with the built-in pure-JS inflater.
   */
  static open(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, inflateRaw?: InflateRaw): ZipArchive {
    const n = bytes.length;
    let eocd = -1;
    for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
      if (u32(bytes, i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw damaged('no zip directory at the end of the file');
    const count = u16(bytes, eocd + 10);
    const cdSize = u32(bytes, eocd + 12);
    const cdOffset = u32(bytes, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw damaged('ZIP64 packages are not supported');
    if (count > limits.maxEntries) {
      throw new AppError(
        'unreadable_file',
        `The file has ${count} parts, more than any Excel template (limit ${limits.maxEntries}).`,
      );
    }
    if (cdOffset + cdSize > eocd) throw damaged('zip directory out of range');
    const entries: ZipEntry[] = [];
    let p = cdOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > eocd || u32(bytes, p) !== SIG_CENTRAL) throw damaged('broken zip directory record');
      const flags = u16(bytes, p + 8);
      const method = u16(bytes, p + 10);
      const crc32 = u32(bytes, p + 16);
      const compressedSize = u32(bytes, p + 20);
      const size = u32(bytes, p + 24);
      const nameLen = u16(bytes, p + 28);
      const extraLen = u16(bytes, p + 30);
      const commentLen = u16(bytes, p + 32);
      const localOffset = u32(bytes, p + 42);
      const end = p + 46 + nameLen + extraLen + commentLen;
      if (end > eocd) throw damaged('broken zip directory record');
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
      const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
      if (localOffset + 30 > n || u32(bytes, localOffset) !== SIG_LOCAL) throw damaged(`part ${name} is missing`);
      const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
      let recordEnd = dataOffset + compressedSize;
      if (recordEnd > n) throw damaged(`part ${name} is cut off`);
      if (flags & 0x8) recordEnd += u32(bytes, recordEnd) === SIG_DESCRIPTOR ? 16 : 12;
      entries.push({
        name,
        method,
        flags,
        crc32,
        compressedSize,
        size,
        localOffset,
        dataOffset,
        recordEnd: Math.min(recordEnd, n),
        central: bytes.subarray(p, end),
      });
      p = end;
    }
    return new ZipArchive(bytes, entries, limits, inflateRaw);
  }

  /** The entry for a part name (case-insensitive), if present. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** True when the package holds the part. */
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Inflates one part, enforcing the limits; `undefined` when the part does not exist. */
  read(name: string): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    const { limits } = this;
    if (e.flags & 0x1)
      throw new AppError(
        'unreadable_file',
        'The workbook is encrypted inside its zip package; send it without a password.',
      );
    if (e.size > limits.maxEntrySize) {
      throw new AppError(
        'unreadable_file',
        `Part ${e.name} would inflate to ${e.size} bytes, over the limit of ${limits.maxEntrySize}; this is not an RMI template.`,
      );
    }
    if (this.inflatedTotal + e.size > limits.maxTotalSize) {
      throw new AppError(
        'unreadable_file',
        `The package inflates to more than ${limits.maxTotalSize} bytes; this is not an RMI template.`,
      );
    }
    if (e.size > 1 << 20 && e.size > e.compressedSize * limits.maxRatio) {
      throw new AppError(
        'unreadable_file',
        `Part ${e.name} has a compression ratio over ${limits.maxRatio}:1 (a "zip bomb"); refusing to read it.`,
      );
    }
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw damaged(`part ${e.name} has inconsistent sizes`);
      out = raw;
    } else if (e.method === 8) {
      out = this.inflateRaw ? inflateWith(this.inflateRaw, raw, e.size, e.name) : inflateBounded(raw, e.size, e.name);
    } else {
      throw damaged(`part ${e.name} uses unsupported compression method ${e.method}`);
    }
    this.inflatedTotal += out.length;
    return out;
  }

  /** Inflates a part and decodes it as UTF-8 text. */
  readText(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : utf8.decode(data);
  }
}

const bomb = (name: string): AppError =>
  new AppError(
    'unreadable_file',
    `Part ${name} inflates to more than it declares (a "zip bomb" or a damaged file); refusing to read it.`,
  );

/** Inflates with a caller-supplied {@link InflateRaw}, holding it to the declared size. */
function inflateWith(inflateRaw: InflateRaw, raw: Uint8Array, size: number, name: string): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflateRaw(raw, size);
  } catch (cause) {
    if (cause instanceof RangeError) throw bomb(name);
    throw damaged(`part ${name} cannot be decompressed: ${cause instanceof Error ? cause.message : 'invalid data'}`);
  }
  if (out.length > size) throw bomb(name);
  if (out.length !== size) throw damaged(`part ${name} is shorter than it declares`);
  return out;
}

/**
 * Inflates into a buffer of exactly the declared size, feeding the input in slices so that a
 * stream producing more than it declared is stopped after at most one slice of extra output.
 */
function inflateBounded(raw: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let pos = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (pos + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, pos);
    pos += chunk.length;
  });
  const slice = 1 << 16;
  try {
    for (let i = 0; i < raw.length && !overflow; i += slice) {
      const end = Math.min(raw.length, i + slice);
      inflater.push(raw.subarray(i, end), end === raw.length);
    }
  } catch (cause) {
    throw damaged(`part ${name} cannot be decompressed: ${cause instanceof Error ? cause.message : 'invalid data'}`);
  }
  if (overflow) throw bomb(name);
  if (pos !== size) throw damaged(`part ${name} is shorter than it declares`);
  return out;
}
