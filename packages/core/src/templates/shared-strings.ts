/**
 * The shared-string table (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4.9), kept as its UTF-8
 * bytes and decoded lazily: a template holds 13k–20k strings (mostly L-sheet translations) of
 * which a read needs a few thousand, so only the `<si>` offsets are indexed up front and the part
 * is never decoded whole. Rich-text runs are joined, phonetic runs dropped.
 */
import { ByteScan } from './byte-scan.js';
import { indexOfAscii, nextByte, textOf, utf8Inner } from './xml-bytes.js';

// Local constants: an imported binding is a module-variable load in every hot loop.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** Read access to the shared-string table. */
export type StringTable = {
  readonly length: number;
  /** The package part the strings come from (for messages), when there is one. */
  readonly part?: string;
  /** Bytes of XML the item takes (to refuse an absurdly long one before decoding it). */
  span?(index: number): number;
  get(index: number): string | undefined;
};

/** An empty string table (a workbook without shared strings). */
export const NO_STRINGS: StringTable = { length: 0, get: () => undefined };

/** The shared strings of one workbook, decoded on first use. */
export class SharedStrings implements StringTable {
  private readonly xml: Uint8Array;
  private readonly starts: ArrayLike<number>;
  private readonly decoded: (string | undefined)[];
  readonly part: string;

  /**
   * `engine`: the WebAssembly search to index with (the default, where available), or `null` for
   * JavaScript; `part`: the package part, named in messages.
   */
  constructor(
    xml: Uint8Array | string,
    engine: ByteScan | null = ByteScan.get() ?? null,
    part = 'xl/sharedStrings.xml',
  ) {
    this.part = part;
    this.xml = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
    this.starts = engine?.stringItems(this.xml) ?? indexStrings(this.xml);
    this.decoded = new Array(this.starts.length);
  }

  get length(): number {
    return this.starts.length;
  }

  span(index: number): number {
    const start = this.starts[index];
    if (start === undefined) return 0;
    return (this.starts[index + 1] ?? this.xml.length) - start;
  }

  get(index: number): string | undefined {
    const start = this.starts[index];
    if (start === undefined) return undefined;
    const hit = this.decoded[index];
    if (hit !== undefined) return hit;
    const text = itemText(this.xml, start);
    this.decoded[index] = text;
    return text;
  }
}

/** The text of the `<si>` item starting at `start`. */
function itemText(xml: Uint8Array, start: number): string {
  // The usual item, <si><t>…</t></si>: the same text as textRuns, in one search.
  if (xml[start + 3] === GT && xml[start + 4] === LT && xml[start + 5] === 0x74) {
    const t = xml[start + 6];
    const open = t === GT ? start + 6 : t === 0x20 ? nextByte(xml, GT, start + 6) : -1;
    if (open > 0 && xml[open - 1] !== SLASH) {
      const lt = nextByte(xml, LT, open);
      if (lt > 0 && isPlainEnd(xml, lt)) return textOf(xml, open + 1, lt, utf8Inner);
    }
  }
  const open = nextByte(xml, GT, start);
  if (open < 0 || xml[open - 1] === SLASH) return '';
  const close = indexOfAscii(xml, '</si>', open);
  return textRuns(xml, open + 1, close < 0 ? xml.length : close);
}

/** The text content of every `<t>` inside `b[start, end)`, skipping phonetic runs `<rPh>` (§18.4.6). */
export function textRuns(b: Uint8Array, start: number, end: number): string {
  let out = '';
  let i = start;
  for (;;) {
    i = nextByte(b, LT, i);
    if (i < 0 || i >= end) return out;
    const c1 = b[i + 1];
    if (c1 === 0x74) {
      const c2 = b[i + 2];
      if (c2 === GT || c2 === 0x20) {
        const open = nextByte(b, GT, i);
        if (open < 0) return out;
        if (b[open - 1] === SLASH) {
          i = open + 1;
          continue;
        }
        const close = indexOfAscii(b, '</t>', open);
        if (close < 0 || close > end) return out;
        out += textOf(b, open + 1, close, utf8Inner);
        i = close + 4;
        continue;
      }
    } else if (c1 === 0x72 && b[i + 2] === 0x50 && b[i + 3] === 0x68) {
      const close = indexOfAscii(b, '</rPh>', i);
      if (close < 0 || close > end) return out;
      i = close + 6;
      continue;
    }
    i += 1;
  }
}

/** True when `b[i…]` is `<si` followed by `>`, a space or `/` (a string item's start tag). */
function isSiStart(b: Uint8Array, i: number): boolean {
  const n = b[i + 3];
  return b[i] === LT && b[i + 1] === 0x73 && b[i + 2] === 0x69 && (n === GT || n === 0x20 || n === SLASH);
}

/** True when `b[lt…]` is `</t></si>`. */
function isPlainEnd(b: Uint8Array, lt: number): boolean {
  return (
    b[lt + 1] === SLASH &&
    b[lt + 2] === 0x74 &&
    b[lt + 3] === GT &&
    b[lt + 4] === LT &&
    b[lt + 5] === SLASH &&
    b[lt + 6] === 0x73 &&
    b[lt + 7] === 0x69 &&
    b[lt + 8] === GT
  );
}

/** Offsets of every `<si` start tag from `from`, found tag by tag (any layout). */
function indexStringsFrom(b: Uint8Array, from: number, starts: number[]): number[] {
  let i = from;
  for (;;) {
    i = b.indexOf(LT, i);
    if (i < 0) return starts;
    if (isSiStart(b, i)) {
      starts.push(i);
      i += 4;
    } else i += 1;
  }
}

/**
 * From the item at `p`, the offsets of the items that follow each other as `<si><t>…</t></si>`
 * (or `<t xml:space="preserve">`), whose text holds no `<`: pushed to `starts`, four text bytes per
 * step. Returns the offset of the first item (or byte) of another shape.
 */
function plainItems(b: Uint8Array, w: Int32Array, p: number, starts: number[]): number {
  const words = w.length;
  for (;;) {
    if (
      b[p] !== LT ||
      b[p + 1] !== 0x73 ||
      b[p + 2] !== 0x69 ||
      b[p + 3] !== GT ||
      b[p + 4] !== LT ||
      b[p + 5] !== 0x74 ||
      (b[p + 6] !== GT && b[p + 6] !== 0x20)
    )
      return p;
    // The text's end: the first "<" from p + 6, bytes up to a word boundary, then words.
    let lt = -1;
    let i = p + 6;
    for (const stop = (i + 3) & ~3; i < stop; i++) {
      if (b[i] === LT) {
        lt = i;
        break;
      }
    }
    for (let k = i >> 2; lt < 0 && k < words; k++) {
      // A zero byte in the word XOR "<<<<" (seven bits per byte keep the arithmetic in 32-bit
      // integers; the byte check refuses a byte that had its high bit set).
      const x = ((w[k] as number) & 0x7f7f7f7f) ^ 0x3c3c3c3c;
      if ((x - 0x01010101) & ~x & 0x80808080) {
        const q = k << 2;
        lt = b[q] === LT ? q : b[q + 1] === LT ? q + 1 : b[q + 2] === LT ? q + 2 : b[q + 3] === LT ? q + 3 : -1;
      }
    }
    if (lt < 0 || !isPlainEnd(b, lt)) return p;
    starts.push(p);
    p = lt + 9;
  }
}

/**
 * Offsets of the `<si` start tags: every one, as {@link ByteScan.stringItems} finds them. Excel
 * writes the items back to back (`</si><si>`), so the fast path hops from one item's `</si>` to the next (over a plain item's text four bytes at a
 * time where the bytes are aligned, as inflated parts are); anything else continues tag by tag.
 */
export function indexStrings(b: Uint8Array): number[] {
  const starts: number[] = [];
  let p = indexOfAscii(b, '<si', 0);
  while (p >= 0 && !isSiStart(b, p)) p = indexOfAscii(b, '<si', p + 3);
  if (p < 0) return starts;
  const w = b.byteOffset % 4 === 0 ? new Int32Array(b.buffer, b.byteOffset, b.length >> 2) : undefined;
  for (;;) {
    if (w) {
      p = plainItems(b, w, p, starts);
      if (!isSiStart(b, p)) return indexStringsFrom(b, p, starts);
    }
    starts.push(p);
    // The usual item, <si><t>…</t></si> (or <t xml:space="preserve">): its text holds no "<".
    if (b[p + 3] === GT && b[p + 4] === LT && b[p + 5] === 0x74 && (b[p + 6] === GT || b[p + 6] === 0x20)) {
      const lt = nextByte(b, LT, p + 6);
      if (lt > 0 && isPlainEnd(b, lt)) {
        const after = lt + 9;
        if (isSiStart(b, after)) {
          p = after;
          continue;
        }
        return indexStringsFrom(b, after, starts);
      }
    }
    // Any other item: tag by tag to its end, `</si>`, or to the next item's start tag where the
    // end is missing (every `<si` counts, as in indexStringsFrom).
    let next = -1;
    for (let i = p + 3; next < 0; i++) {
      i = b.indexOf(LT, i);
      if (i < 0) return starts;
      if (isSiStart(b, i)) next = i;
      else if (b[i + 1] === SLASH && b[i + 2] === 0x73 && b[i + 3] === 0x69 && b[i + 4] === GT) {
        if (!isSiStart(b, i + 5)) return indexStringsFrom(b, i + 5, starts);
        next = i + 5;
      }
    }
    p = next;
  }
}
