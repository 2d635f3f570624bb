/**
 * The reader's two longest byte searches, in WebAssembly SIMD where the engine allows it (Node 20,
 * current browsers; not under a Content-Security-Policy without 'wasm-unsafe-eval'): the value
 * tags of a worksheet, with their cells (for {@link CellScan.valued}), and the `<si` items of the
 * shared strings. Each answers exactly as the plain JavaScript searches, which stay in use
 * wherever WebAssembly is missing; the tests run both. The module's source is `byte-scan.wat`.
 */
import { BYTE_SCAN_WASM } from './byte-scan-wasm.js';

/** The part of the WebAssembly API used here (the core is compiled without the DOM's types). */
type WasmApi = {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  validate(bytes: Uint8Array): boolean;
};

type Exports = {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  resume: { value: number };
  cells(
    from: number,
    end: number,
    limit: number,
    dataStart: number,
    maxRow: number,
    maxCol: number,
    out: number,
    cap: number,
  ): number;
  stringItems(from: number, end: number, out: number, cap: number): number;
};

/** Zero bytes after the copied part: the searches read up to 34 bytes past their end. */
const PAD = 64;
/** Records per batch (the search resumes where a full batch stopped). */
const BATCH = 16_384;
/** Bytes copied into the memory at a time: each piece is searched while it is in the processor's cache. */
const PIECE = 256 * 1024;
/** How far before the copied end a value tag's search stops, so that its value's end is copied too. */
const AHEAD = 4096;
/**
 * The eight numbers of a value cell's record: marker, cell start, start tag end, row, column,
 * then the value the engine decoded: its {@link Decoded} kind and two numbers `a` and `b`.
 */
export const RECORD = 8;

/**
 * What the engine made of a cell's value (record field 5), for the usual in-range cell `<c r="A1"
 * …>`, formula tags, `<v>…</v></c>`; `a` and `b` are record fields 6 and 7.
 */
export const Decoded = {
  /** Not decoded: JavaScript reads the cell ({@link CellScan.cell}). */
  NONE: 0,
  /** A shared string, index `a`. */
  STRING: 1,
  /** A number written as one to nine digits: `a`. */
  INTEGER: 2,
  /** Text (`t="str"` or `t="d"`) in bytes `[a, b)`. */
  TEXT: 3,
  /** Any other number, written in bytes `[a, b)`. */
  NUMBER: 4,
  /** A boolean: `a` is 1 for true. */
  BOOLEAN: 5,
  /** An error value (`#N/A`) in bytes `[a, b)`. */
  ERROR: 6,
} as const;
/** A memory grown past this is dropped after use, so one huge part does not hold it for good. */
const KEEP_BYTES = 64 * 1024 * 1024;

/** The SIMD byte searches over one WebAssembly instance. */
export class ByteScan {
  private constructor(private readonly x: Exports) {}

  /** Makes room for a part of `length` bytes at the start of the memory and `outBytes` after it; returns where output goes. */
  private reserve(length: number, outBytes: number): number {
    const out = (length + PAD + 7) & ~7;
    const need = out + outBytes;
    const have = this.x.memory.buffer.byteLength;
    if (need > have) this.x.memory.grow(Math.ceil((need - have) / 65_536));
    return out;
  }

  /** Copies the next {@link PIECE} of `bytes` from `copied` into place (after the last, the zero padding); returns the new end. */
  private copy(bytes: Uint8Array, copied: number): number {
    const to = Math.min(bytes.length, copied + PIECE);
    const mem = new Uint8Array(this.x.memory.buffer);
    mem.set(bytes.subarray(copied, to), copied);
    if (to === bytes.length) mem.fill(0, to, to + PAD);
    return to;
  }

  /** The first `n` records (of `size` numbers) in the output area, copied out unless `inPlace`. */
  private taken(out: number, n: number, size: number, inPlace = false): Int32Array {
    const view = new Int32Array(this.x.memory.buffer, out, n * size);
    return inPlace ? view : view.slice();
  }

  private release(): void {
    if (this.x.memory.buffer.byteLength > KEEP_BYTES) engine = undefined;
  }

  /**
   * Copies `xml` into the memory a {@link PIECE} at a time and runs `search` over each piece while
   * it is in the cache, for the positions in `[lo, hi)`: a call searches `[lo, stop)`, with the
   * bytes before `limit` copied, and writes at most `cap` records of `size` numbers at `out`; it
   * returns how many, or -1 when the JavaScript search must decide. A call that fills `cap` goes on
   * at `resumeAt()`. `ahead` bytes after a position must be copied before it is searched. All
   * records in one array; a single batch is read in place when `inPlace` (valid until the next
   * search). `undefined` on -1, a trap or a memory that cannot grow.
   */
  private inPieces(
    xml: Uint8Array,
    lo: number,
    hi: number,
    ahead: number,
    size: number,
    inPlace: boolean,
    search: (lo: number, stop: number, limit: number, out: number, cap: number) => number,
    resumeAt: () => number,
  ): Int32Array | undefined {
    const batches: Int32Array[] = [];
    try {
      const out = this.reserve(xml.length, BATCH * size * 4);
      let n = 0; // records waiting in the output area
      for (let copied = 0; lo < hi; ) {
        copied = this.copy(xml, copied);
        const last = copied === xml.length;
        const stop = last ? hi : Math.min(hi, copied - ahead);
        const limit = Math.min(hi, copied);
        while (lo < stop) {
          const cap = BATCH - n;
          const got = search(lo, stop, limit, out + n * size * 4, cap);
          if (got < 0) return undefined;
          n += got;
          if (got < cap) {
            lo = stop;
            break;
          }
          batches.push(this.taken(out, n, size));
          n = 0;
          lo = resumeAt();
        }
      }
      if (batches.length === 0) batches.push(this.taken(out, n, size, inPlace));
      else if (n > 0) batches.push(this.taken(out, n, size));
    } catch {
      return undefined; // a trap or a memory that cannot grow: the JavaScript search decides
    } finally {
      this.release();
    }
    return joined(batches);
  }

  /**
   * The value tags whose letter lies in `xml[from + 1, end)`, each with its cell, as
   * `enclosingCell` finds it: records of {@link RECORD} numbers (marker, cell start, start tag
   * end, row, column, and the {@link Decoded} value; row -1 where the cell's address must be read
   * by JavaScript). Markers outside any cell and cells with a valid address out of
   * `maxRow`/`maxCol` get no record. `undefined` when a shape needs the tag-by-tag scan. The
   * records may be a view of the engine's memory: read them before the next search.
   */
  valueCells(
    xml: Uint8Array,
    from: number,
    end: number,
    dataStart: number,
    maxRow: number,
    maxCol: number,
  ): Int32Array | undefined {
    // Up to AHEAD before the copied end, so a value's end is nearly always copied too.
    return this.inPieces(
      xml,
      from + 1,
      end,
      AHEAD,
      RECORD,
      true,
      (lo, stop, limit, out, cap) => this.x.cells(lo - 1, stop, limit, dataStart, maxRow, maxCol, out, cap),
      () => this.x.resume.value + 1,
    );
  }

  /**
   * Offsets of every `<si` start tag (`<si` then `>`, a space or `/`) in `xml`, ascending;
   * `undefined` should the module trap (then the JavaScript search decides).
   */
  stringItems(xml: Uint8Array): Int32Array | undefined {
    // A tag is looked at with the three bytes after its "<".
    return this.inPieces(
      xml,
      0,
      xml.length,
      4,
      1,
      false,
      (lo, stop, _limit, out, cap) => this.x.stringItems(lo, stop, out, cap),
      () => this.x.resume.value,
    );
  }

  /** The shared instance, or `undefined` where WebAssembly or its SIMD is unavailable or refused. */
  static get(): ByteScan | undefined {
    if (engine === undefined) engine = ByteScan.create();
    return engine ?? undefined;
  }

  private static create(): ByteScan | null {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    if (!api) return null;
    try {
      const bytes = decodeBase64(BYTE_SCAN_WASM);
      if (!api.validate(bytes)) return null; // no SIMD
      return new ByteScan(new api.Instance(new api.Module(bytes), {}).exports as unknown as Exports);
    } catch {
      return null; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
    }
  }
}

/** The instance (`null`: unavailable here; `undefined`: not tried yet). */
let engine: ByteScan | null | undefined;

/** The batches of a search as one array. */
function joined(batches: readonly Int32Array[]): Int32Array {
  if (batches.length === 1) return batches[0] as Int32Array;
  const all = new Int32Array(batches.reduce((sum, b) => sum + b.length, 0));
  let offset = 0;
  for (const batch of batches) {
    all.set(batch, offset);
    offset += batch.length;
  }
  return all;
}

/** Decodes standard base64 (the core has no `atob` in its types). */
export function decodeBase64(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | alphabet.indexOf(clean.charAt(i));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
