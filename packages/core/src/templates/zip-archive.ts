/**
 * A defensive zip reader for .xlsx packages. It parses the central directory itself (APPNOTE
 * 6.3.10 §4.3) so every limit is checked *before* anything is inflated, and it inflates only the
 * parts the caller asks for, streaming, so a part that lies about its size is stopped early.
 */
import { Inflate } from 'fflate';
import { AppError } from '../errors.js';
import { crc32 } from './crc32.js';
import { type Bilingual, beyondPackageLimit, damagedFile } from './read-limits.js';

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

/**
 * Default {@link ZipLimits}: real templates have at most 89 entries, a largest part of 6.0 MB and
 * 11.4 MB in all (docs/decisions/template-read-limits.md).
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxEntrySize: 48 * 1024 * 1024,
  maxTotalSize: 128 * 1024 * 1024,
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

/** The package as a whole (its directory), named where no single part is at fault. */
const PACKAGE = 'zip directory';

function damaged(part: string, what: Bilingual): AppError {
  return damagedFile(part, what);
}

const cutOff = (part: string): AppError =>
  damaged(part, {
    en: 'the file ends before this part does (perhaps cut off during download or e-mail)',
    nl: 'het bestand houdt op voor dit onderdeel is afgelopen (misschien afgebroken bij downloaden of e-mailen)',
  });

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
    if (eocd < 0)
      throw damaged(PACKAGE, {
        en: 'no zip directory was found at the end of the file (perhaps it was cut off during download or e-mail)',
        nl: 'aan het eind van het bestand staat geen zip-inhoudsopgave (misschien is het afgebroken bij downloaden of e-mailen)',
      });
    const count = u16(bytes, eocd + 10);
    const cdSize = u32(bytes, eocd + 12);
    const cdOffset = u32(bytes, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff)
      throw damaged(PACKAGE, {
        en: 'it is a ZIP64 package, which Excel does not write for a file this size',
        nl: 'het is een ZIP64-pakket, dat Excel voor een bestand van deze omvang niet schrijft',
      });
    if (count > limits.maxEntries) {
      throw beyondPackageLimit({
        en: `The file has ${count} parts, more than any RMI template (limit ${limits.maxEntries}; a template has about 90).`,
        nl: `Het bestand heeft ${count} onderdelen, meer dan een RMI-template (grens ${limits.maxEntries}; een template heeft er ongeveer 90).`,
      });
    }
    if (cdOffset + cdSize > eocd)
      throw damaged(PACKAGE, {
        en: `the zip directory should start at byte ${cdOffset}, but the file has only ${eocd} bytes before its end record`,
        nl: `de zip-inhoudsopgave zou op byte ${cdOffset} moeten beginnen, maar het bestand heeft maar ${eocd} bytes voor het eindrecord`,
      });
    const seen = new Set<string>();
    const entries: ZipEntry[] = [];
    let p = cdOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > eocd || u32(bytes, p) !== SIG_CENTRAL) throw brokenRecord(k, count, p);
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
      if (end > eocd) throw brokenRecord(k, count, p);
      const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
      const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
      // Part names are unique regardless of case (OPC, ECMA-376 Part 2 §9.1.1.1); a second entry
      // of the same name would make which one is read depend on the reader.
      const key = name.toLowerCase();
      if (seen.has(key))
        throw damaged(name, {
          en: 'the package holds two entries of this name',
          nl: 'het pakket bevat twee onderdelen met deze naam',
        });
      seen.add(key);
      if (localOffset + 30 > n) throw cutOff(name);
      if (u32(bytes, localOffset) !== SIG_LOCAL)
        throw damaged(name, {
          en: `the zip directory says this part starts at byte ${localOffset}, but no part starts there`,
          nl: `volgens de zip-inhoudsopgave begint dit onderdeel op byte ${localOffset}, maar daar begint geen onderdeel`,
        });
      const localNameLen = u16(bytes, localOffset + 26);
      if (localNameLen !== nameLen || !sameBytes(bytes, localOffset + 30, nameBytes))
        throw damaged(name, {
          en: `the part at byte ${localOffset} carries another name than the zip directory gives it`,
          nl: `het onderdeel op byte ${localOffset} draagt een andere naam dan de zip-inhoudsopgave noemt`,
        });
      const dataOffset = localOffset + 30 + localNameLen + u16(bytes, localOffset + 28);
      let recordEnd = dataOffset + compressedSize;
      if (recordEnd > n) throw cutOff(name);
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

  /**
   * Inflates one part, enforcing the limits; `undefined` when the part does not exist. `sheet`,
   * when the part is a worksheet, names the sheet in a refusal instead of the part.
   */
  read(name: string, sheet?: string): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    const { limits } = this;
    if (e.flags & 0x1)
      throw refused({
        en: 'The workbook is encrypted inside its zip package; send it without a password.',
        nl: 'De werkmap is versleuteld binnen het zip-pakket; stuur hem zonder wachtwoord.',
      });
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    const what: Bilingual = sheet
      ? { en: `Sheet "${sheet}"`, nl: `Werkblad "${sheet}"` }
      : { en: `Part ${e.name}`, nl: `Onderdeel ${e.name}` };
    const at: Bilingual = sheet
      ? { en: `sheet "${sheet}"`, nl: `werkblad "${sheet}"` }
      : { en: `part ${e.name}`, nl: `onderdeel ${e.name}` };
    const where = { part: e.name, ...(sheet ? { sheet } : {}) };
    if (e.size > limits.maxEntrySize) {
      throw beyondPackageLimit(
        {
          en: `${what.en} would inflate to ${mb(e.size)}, over the limit of ${mb(limits.maxEntrySize)} per part (the largest part of an RMI template is about 6 MB); the file is refused without reading it.`,
          nl: `${what.nl} zou uitpakken tot ${mb(e.size)}, boven de grens van ${mb(limits.maxEntrySize)} per onderdeel (het grootste onderdeel van een RMI-template is ongeveer 6 MB); het bestand is geweigerd zonder het te lezen.`,
        },
        where,
      );
    }
    if (this.inflatedTotal + e.size > limits.maxTotalSize) {
      throw beyondPackageLimit(
        {
          en: `The package inflates to more than ${mb(limits.maxTotalSize)} (an RMI template to about 12 MB); the file is refused at ${at.en}.`,
          nl: `Het pakket pakt uit tot meer dan ${mb(limits.maxTotalSize)} (een RMI-template tot ongeveer 12 MB); het bestand is geweigerd bij ${at.nl}.`,
        },
        where,
      );
    }
    if (e.size > 1 << 20 && e.size > e.compressedSize * limits.maxRatio) {
      throw beyondPackageLimit(
        {
          en: `${what.en} declares a compression ratio over ${limits.maxRatio}:1 (a "zip bomb"); refusing to read it.`,
          nl: `${what.nl} meldt een compressieverhouding boven ${limits.maxRatio}:1 (een "zip-bom"); het wordt niet gelezen.`,
        },
        where,
      );
    }
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size)
        throw damaged(e.name, {
          en: `the part is stored uncompressed, but its sizes differ (${e.compressedSize} and ${e.size} bytes)`,
          nl: `het onderdeel is ongecomprimeerd opgeslagen, maar de groottes verschillen (${e.compressedSize} en ${e.size} bytes)`,
        });
      out = raw;
    } else if (e.method === 8) {
      out = this.inflateRaw ? inflateWith(this.inflateRaw, raw, e.size, e.name) : inflateBounded(raw, e.size, e.name);
    } else {
      throw damaged(e.name, {
        en: `the part uses compression method ${e.method}, where Excel writes 8 (deflate) or 0 (stored)`,
        nl: `het onderdeel gebruikt compressiemethode ${e.method}, waar Excel 8 (deflate) of 0 (opgeslagen) schrijft`,
      });
    }
    if (crc32(out) !== e.crc32)
      throw damaged(e.name, {
        en: 'the content of the part does not match its checksum (CRC)',
        nl: 'de inhoud van het onderdeel klopt niet met de controlesom (CRC)',
      });
    this.inflatedTotal += out.length;
    return out;
  }

  /** Inflates a part and decodes it as UTF-8 text. */
  readText(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : utf8.decode(data);
  }
}

function refused(text: Bilingual): AppError {
  return new AppError('unreadable_file', text.en, { messages: text });
}

function brokenRecord(k: number, count: number, at: number): AppError {
  return damaged(PACKAGE, {
    en: `record ${k + 1} of ${count} in the zip directory (at byte ${at}) is broken`,
    nl: `record ${k + 1} van ${count} in de zip-inhoudsopgave (op byte ${at}) is kapot`,
  });
}

function sameBytes(b: Uint8Array, at: number, name: Uint8Array): boolean {
  for (let i = 0; i < name.length; i++) if (b[at + i] !== name[i]) return false;
  return true;
}

/**
 * The stream holds more than its record declares. The size limits were checked on the declared
 * size before inflating, so this is damage (a changed byte in the compressed data), not a bomb.
 */
const longer = (name: string): AppError =>
  damaged(name, {
    en: 'the part inflates to more than its zip record declares',
    nl: 'het onderdeel pakt uit tot meer dan het zip-record aangeeft',
  });

const shorter = (name: string): AppError =>
  damaged(name, {
    en: 'the part is shorter than its zip record declares',
    nl: 'het onderdeel is korter dan het zip-record aangeeft',
  });

const undecodable = (name: string): AppError =>
  damaged(name, {
    en: 'the compressed data of the part cannot be decompressed',
    nl: 'de gecomprimeerde gegevens van het onderdeel kunnen niet worden uitgepakt',
  });

/** Inflates with a caller-supplied {@link InflateRaw}, holding it to the declared size. */
function inflateWith(inflateRaw: InflateRaw, raw: Uint8Array, size: number, name: string): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflateRaw(raw, size);
  } catch (cause) {
    if (cause instanceof RangeError) throw longer(name);
    throw undecodable(name);
  }
  if (out.length > size) throw longer(name);
  if (out.length !== size) throw shorter(name);
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
  } catch {
    throw undecodable(name);
  }
  if (overflow) throw longer(name);
  if (pos !== size) throw shorter(name);
  return out;
}
