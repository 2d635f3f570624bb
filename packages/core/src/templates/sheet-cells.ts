/**
 * Scans worksheet XML (ECMA-376 Part 1 §18.3.1.4 `<c>`) into cached cell values. Formulas are
 * never evaluated: RMI templates are full of OFFSET/INDIRECT, and the cached `<v>` is what the
 * supplier saw when they saved.
 */
import { AppError } from '../errors.js';
import { cellKey, MAX_COLS, MAX_ROWS } from './cell-ref.js';
import { decodeXmlText } from './xml-text.js';

/** A cached cell value: text, number, or boolean. Error values (`#N/A`) are kept apart. */
export type CellValue = string | number | boolean;

/** Which cells to keep while scanning (others are skipped cheaply). */
export type ScanOptions = {
  /** Keep only columns up to this one (1-based). */
  readonly maxCol?: number;
  /** Keep only rows up to this one. */
  readonly maxRow?: number;
  /** Refuse sheets with more stored cells than this (default 2,000,000). */
  readonly maxCells?: number;
};

/** The cached values of one worksheet, addressed by 1-based row and column. */
export class SheetCells {
  readonly name: string;
  /** Highest row that holds a value. */
  readonly lastRow: number;
  private readonly values: Map<number, CellValue>;
  private readonly errors: Map<number, string>;

  constructor(name: string, values: Map<number, CellValue>, errors: Map<number, string>, lastRow: number) {
    this.name = name;
    this.values = values;
    this.errors = errors;
    this.lastRow = lastRow;
  }

  /** The cached value, or `undefined` for an empty or error cell. */
  value(row: number, col: number): CellValue | undefined {
    return this.values.get(cellKey(row, col));
  }

  /** The cached error (`#N/A`, `#REF!`), if the cell holds one. */
  error(row: number, col: number): string | undefined {
    return this.errors.get(cellKey(row, col));
  }

  /** Number of stored (non-empty) cells. */
  get size(): number {
    return this.values.size;
  }
}

/** Read access to the shared-string table. */
export type StringTable = {
  readonly length: number;
  get(index: number): string | undefined;
};

/**
 * The shared-string table (`xl/sharedStrings.xml`, §18.4.9), kept as its UTF-8 bytes and decoded
 * lazily: a template holds 13k–20k strings (mostly L-sheet translations) of which a read needs a
 * few thousand, so only the `<si>` offsets are indexed up front and the part is never decoded
 * whole. Rich-text runs are joined, phonetic runs dropped.
 */
export class SharedStrings implements StringTable {
  private readonly xml: Uint8Array;
  private readonly starts: number[];
  private readonly decoded = new Map<number, string>();

  constructor(xml: Uint8Array | string) {
    this.xml = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
    this.starts = indexStrings(this.xml);
  }

  get length(): number {
    return this.starts.length;
  }

  get(index: number): string | undefined {
    const start = this.starts[index];
    if (start === undefined) return undefined;
    const hit = this.decoded.get(index);
    if (hit !== undefined) return hit;
    const { xml } = this;
    let text = '';
    // The usual item, <si><t>…</t></si>: the same text as textRuns, in one search.
    if (xml[start + 3] === GT && xml[start + 4] === LT && xml[start + 5] === 0x74) {
      const t = xml[start + 6];
      const open = t === GT ? start + 6 : t === 0x20 ? xml.indexOf(GT, start + 6) : -1;
      if (open > 0 && xml[open - 1] !== SLASH) {
        const lt = xml.indexOf(LT, open);
        if (lt > 0 && isPlainEnd(xml, lt)) {
          text = textOf(xml, open + 1, lt, utf8Inner);
          this.decoded.set(index, text);
          return text;
        }
      }
    }
    const open = xml.indexOf(GT, start);
    if (open >= 0 && xml[open - 1] !== SLASH) {
      const close = indexOfAscii(xml, '</si>', open);
      text = textRuns(xml, open + 1, close < 0 ? xml.length : close);
    }
    this.decoded.set(index, text);
    return text;
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
    if (isSiStart(b, i)) starts.push(i);
    i += 3;
  }
}

/**
 * Offsets of the `<si` start tags. Excel writes the items back to back (`</si><si>`), so the
 * fast path hops from one item's `</si>` to the next by searching for the rarer `/` rather than
 * visiting every tag; anything else continues tag by tag.
 */
function indexStrings(b: Uint8Array): number[] {
  const starts: number[] = [];
  let p = indexOfAscii(b, '<si', 0);
  while (p >= 0 && !isSiStart(b, p)) p = indexOfAscii(b, '<si', p + 3);
  if (p < 0) return starts;
  for (;;) {
    starts.push(p);
    // The usual item, <si><t>…</t></si> (or <t xml:space="preserve">): its text holds no "<".
    if (b[p + 3] === GT && b[p + 4] === LT && b[p + 5] === 0x74 && (b[p + 6] === GT || b[p + 6] === 0x20)) {
      const lt = b.indexOf(LT, p + 6);
      if (lt > 0 && isPlainEnd(b, lt)) {
        const after = lt + 9;
        if (isSiStart(b, after)) {
          p = after;
          continue;
        }
        return indexStringsFrom(b, after, starts);
      }
    }
    let from = p + 4;
    if (b[p + 3] !== GT) {
      const gt = b.indexOf(GT, p);
      if (gt < 0) return starts;
      from = gt + 1;
      if (b[gt - 1] === SLASH) {
        if (isSiStart(b, from)) {
          p = from;
          continue;
        }
        return indexStringsFrom(b, from, starts);
      }
    }
    let s = from;
    for (;;) {
      s = b.indexOf(SLASH, s);
      if (s < 0) return starts;
      if (b[s - 1] === LT && b[s + 1] === 0x73 && b[s + 2] === 0x69 && b[s + 3] === GT) break;
      s++;
    }
    const after = s + 4;
    if (!isSiStart(b, after)) return indexStringsFrom(b, after, starts);
    p = after;
  }
}

/** An empty string table (a workbook without shared strings). */
export const NO_STRINGS: StringTable = { length: 0, get: () => undefined };

function absurd(sheet: string, detail: string): AppError {
  return new AppError(
    'unreadable_file',
    `Sheet "${sheet}" has impossible dimensions (${detail}); the file is damaged or was not written by a spreadsheet program.`,
  );
}

// Local copies: module-export access can cost a getter call per use in transpiled builds.
const COLS = MAX_COLS;
const ROWS = MAX_ROWS;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const utf8 = new TextDecoder('utf-8');
/** For text runs inside a part: a U+FEFF there is content, not a byte-order mark. */
const utf8Inner = new TextDecoder('utf-8', { ignoreBOM: true });

/** Index of the ASCII string `s` in `b` from `from`, or -1. */
function indexOfAscii(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  let i = from;
  for (;;) {
    i = b.indexOf(first, i);
    if (i < 0) return -1;
    let k = 1;
    while (k < s.length && b[i + k] === s.charCodeAt(k)) k++;
    if (k === s.length) return i;
    i++;
  }
}

/** Start of the value of attribute `name` (ASCII) in the tag `b[start, end)`, or -1. */
function attrAt(b: Uint8Array, start: number, end: number, name: string): number {
  const first = name.charCodeAt(0);
  const n = name.length;
  outer: for (let i = start + 2; i < end - n - 1; i++) {
    if (b[i] !== first) continue;
    const c = b[i - 1];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    for (let k = 1; k < n; k++) if (b[i + k] !== name.charCodeAt(k)) continue outer;
    if (b[i + n] === 0x3d && b[i + n + 1] === QUOTE) return i + n + 2;
  }
  return -1;
}

/** Text of `b[s, e)` (UTF-8), with XML references and `_xHHHH_` escapes decoded. */
function textOf(b: Uint8Array, s: number, e: number, decoder: TextDecoder = utf8): string {
  const raw = decoder.decode(b.subarray(s, e));
  return raw.includes('&') || raw.includes('_x') ? decodeXmlText(raw) : raw;
}

/** The text content of every `<t>` inside `b[start, end)`, skipping phonetic runs `<rPh>` (§18.4.6). */
function textRuns(b: Uint8Array, start: number, end: number): string {
  let out = '';
  let i = start;
  for (;;) {
    i = b.indexOf(LT, i);
    if (i < 0 || i >= end) return out;
    const c1 = b[i + 1];
    if (c1 === 0x74) {
      const c2 = b[i + 2];
      if (c2 === GT || c2 === 0x20) {
        const open = b.indexOf(GT, i);
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

/** Parses `A1`-style bytes at `b[s…]` up to the closing quote into a cell key, or -1. */
function refKey(b: Uint8Array, s: number): number {
  let i = s;
  let col = 0;
  for (;;) {
    const c = b[i] ?? 0;
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c === 0x24) {
      // An absolute marker "$" never appears in cell refs, but tolerate it.
    } else break;
    i++;
    if (col > COLS) return -1;
  }
  let row = 0;
  const digits = i;
  for (;;) {
    const c = b[i] ?? 0;
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
    i++;
    if (row > ROWS) return -1;
  }
  if (col === 0 || i === digits || row === 0 || b[i] !== QUOTE) return -1;
  return row * COLS + col;
}

/** A `<c` start tag at `b[i]`: `<c` then whitespace, `>` or `/`. */
function isCellStart(b: Uint8Array, i: number): boolean {
  const c2 = b[i + 2];
  return b[i + 1] === 0x63 && (c2 === 0x20 || c2 === GT || c2 === SLASH || c2 === 0x09 || c2 === 0x0a || c2 === 0x0d);
}

/** Thrown inside the fast path when the sheet needs the tag-by-tag scan (cells without addresses…). */
const SLOW = Symbol('slow');
/** {@link CellScan.cell}'s answer for a cell out of range in the fast path. */
const SKIP = -2;

/** One scan of a worksheet's cells into value and error maps. */
class CellScan {
  readonly values = new Map<number, CellValue>();
  readonly errors = new Map<number, string>();
  lastRow = 0;
  /** Row and column of the last cell, for rows and cells that omit their address. */
  row = 0;
  col = 0;
  private stored = 0;
  /** Offset of `<sheetData`, set by {@link valued}. */
  private dataStart = -1;

  constructor(
    private readonly name: string,
    private readonly xml: Uint8Array,
    private readonly strings: StringTable,
    private readonly maxCol: number,
    private readonly maxRow: number,
    private readonly maxCells: number,
  ) {}

  /**
   * Reads the cell whose start tag is at `start` and stores its value when in range. Returns
   * where scanning goes on (its `/>` or `</c>`), or -1 at a truncated cell. `addressed` (the
   * fast path): throw {@link SLOW} for a cell without an address, and return {@link SKIP} for a
   * cell out of range without looking for its end (a truncated cell there stops nothing: no
   * later cell can be closed either).
   */
  cell(start: number, addressed = false): number {
    const { xml } = this;
    const tagEnd = xml.indexOf(GT, start);
    if (tagEnd < 0) return -1;
    const r = attrAt(xml, start, tagEnd, 'r');
    let row: number;
    let col: number;
    if (r >= 0) {
      const key = refKey(xml, r);
      if (key < 0) throw absurd(this.name, 'cell address');
      row = Math.floor(key / COLS);
      col = key - row * COLS;
    } else {
      if (addressed) throw SLOW;
      row = this.row;
      col = this.col + 1;
      if (col > COLS || row === 0) throw absurd(this.name, 'cell outside any row');
    }
    this.row = row;
    this.col = col;
    if (xml[tagEnd - 1] === SLASH) return tagEnd;
    if (addressed) {
      // Out of range in the fast path: nothing to store, and no need to find the cell's end.
      if (col > this.maxCol || row > this.maxRow) return SKIP;
      if (!followsCellOrRow(xml, start, this.dataStart)) throw SLOW;
    }
    // Walk the tags inside the cell: <f>…</f>, <v>…</v>, <is>…</is>, up to </c>.
    let vOpen = -1;
    let vClose = -1;
    let isOpen = -1;
    let close = -1;
    // The usual shape, <c …><v>…</v></c>, in one search; the walk below gives the same.
    if (xml[tagEnd + 1] === LT && xml[tagEnd + 2] === 0x76 && xml[tagEnd + 3] === GT) {
      const lt = xml.indexOf(LT, tagEnd + 4);
      if (
        lt > 0 &&
        xml[lt + 1] === SLASH &&
        xml[lt + 2] === 0x76 &&
        xml[lt + 3] === GT &&
        xml[lt + 4] === LT &&
        xml[lt + 5] === SLASH &&
        xml[lt + 6] === 0x63 &&
        xml[lt + 7] === GT
      ) {
        vOpen = tagEnd + 4;
        vClose = lt;
        close = lt + 4;
      }
    }
    for (let j = tagEnd; close < 0; ) {
      j = xml.indexOf(LT, j + 1);
      if (j < 0) break;
      const d1 = xml[j + 1];
      const d2 = xml[j + 2];
      if (d1 === SLASH) {
        if (d2 === 0x63 && xml[j + 3] === GT) {
          close = j;
          break;
        }
        if (d2 === 0x76 && vOpen >= 0 && vClose < 0) vClose = j;
      } else if (d1 === 0x76 && (d2 === GT || d2 === 0x20)) {
        const end = xml.indexOf(GT, j);
        if (xml[end - 1] !== SLASH) vOpen = end + 1;
      } else if (d1 === 0x69 && d2 === 0x73) {
        isOpen = j;
      }
    }
    if (close < 0) return -1;
    if (col > this.maxCol || row > this.maxRow) return close + 3;
    const t = attrAt(xml, start, tagEnd, 't');
    // t: s (shared), str, inlineStr, b, e, n (default), d (ISO date).
    const t0 = t >= 0 ? xml[t] : 0x6e;
    const t1 = t >= 0 ? xml[t + 1] : QUOTE;
    let value: CellValue | undefined;
    if (t0 === 0x69) {
      if (isOpen >= 0) value = textRuns(xml, isOpen, close);
    } else if (vOpen >= 0 && vClose >= vOpen) {
      if (t0 === 0x73 && t1 === QUOTE) {
        let n = 0;
        for (let k = vOpen; k < vClose && n >= 0; k++) {
          const d = (xml[k] ?? 0) - 48;
          n = d >= 0 && d <= 9 ? n * 10 + d : -1;
        }
        // A non-digit index (spaces, garbage) falls back to a lenient parse.
        value = this.strings.get(n >= 0 ? n : Number(textOf(xml, vOpen, vClose).trim()));
      } else if (t0 === 0x73 || t0 === 0x64) {
        value = textOf(xml, vOpen, vClose);
      } else if (t0 === 0x62) {
        value = xml[vOpen] === 0x31 || xml[vOpen] === 0x74;
      } else if (t0 === 0x65) {
        this.errors.set(row * COLS + col, textOf(xml, vOpen, vClose));
      } else {
        const raw = textOf(xml, vOpen, vClose);
        const n = Number(raw);
        value = raw.length > 0 && Number.isFinite(n) ? n : raw;
      }
    }
    if (value === undefined || value === '') return close + 3;
    if (++this.stored > this.maxCells) throw absurd(this.name, `more than ${this.maxCells} cells`);
    this.values.set(row * COLS + col, value);
    if (row > this.lastRow) this.lastRow = row;
    return close + 3;
  }

  /** Tag by tag from `<sheetData` to `</sheetData>`: every row and every cell. */
  all(dataStart: number): void {
    const { xml } = this;
    let i = dataStart;
    for (;;) {
      i = xml.indexOf(LT, i + 1);
      if (i < 0) return;
      const c1 = xml[i + 1];
      const c2 = xml[i + 2];
      if (c1 === SLASH && c2 === 0x73) return; // </sheetData>
      if (c1 === 0x72 && c2 === 0x6f) {
        // <row r="n">: rows may omit r (§18.3.1.73), then they follow the previous one.
        const tagEnd = xml.indexOf(GT, i);
        if (tagEnd < 0) return;
        const v = attrAt(xml, i, tagEnd, 'r');
        let n = this.row + 1;
        if (v >= 0) {
          n = 0;
          let k = v;
          for (; (xml[k] ?? 0) >= 48 && (xml[k] ?? 0) <= 57 && n <= ROWS; k++) n = n * 10 + ((xml[k] ?? 0) - 48);
          if (xml[k] !== QUOTE) n = 0;
        }
        if (n < 1 || n > ROWS) throw absurd(this.name, 'row number');
        this.row = n;
        this.col = 0;
        i = tagEnd;
        continue;
      }
      if (!isCellStart(xml, i)) continue;
      i = this.cell(i);
      if (i < 0) return;
    }
  }

  /**
   * Only the cells that hold a value, found by their `<v>` or `<is>` child: a template's sheets
   * are mostly cells with a formula and an empty cached value (`<v/>`), and the Smelter List has
   * thousands of such rows. Each value's cell is found by stepping back over its `<f>`. Throws
   * {@link SLOW} where the tag-by-tag scan is needed to give the same result: a cell without an
   * address (its column depends on the cells before it) or a tag out of the usual shape. Cells
   * and rows without a value are not looked at, so their addresses are not checked.
   */
  valued(dataStart: number, dataEnd: number): void {
    const { xml } = this;
    this.dataStart = dataStart;
    // Four bytes at a time where the bytes are aligned (inflated parts are); else two searches.
    const words = xml.byteOffset % 4 === 0 ? new Int32Array(xml.buffer, xml.byteOffset, xml.length >> 2) : undefined;
    let from = dataStart;
    let nextV = -1;
    let nextIs = -1;
    let lastCell = -1;
    for (;;) {
      let marker: number;
      if (words) marker = nextMarker(xml, words, from, dataEnd);
      else {
        if (nextV < from) nextV = nextValueTag(xml, from, dataEnd);
        if (nextIs < from) nextIs = nextInlineTag(xml, from, dataEnd);
        marker = Math.min(nextV, nextIs);
      }
      if (marker === NONE) return;
      const cellAt = enclosingCell(xml, marker, dataStart);
      if (cellAt < 0 || cellAt === lastCell) {
        // A value tag outside any cell (ignored, as by the full scan), or a second one in a cell.
        from = marker + 2;
        continue;
      }
      lastCell = cellAt;
      const next = this.cell(cellAt, true);
      if (next === SKIP) from = marker + 2;
      else if (next < 0) return;
      else from = next;
    }
  }
}

const NONE = Number.MAX_SAFE_INTEGER;

/** Next `<v>` or `<v …>` start tag in `b[from, end)`, or {@link NONE} (a `v` byte is far rarer than `<`). */
function nextValueTag(b: Uint8Array, from: number, end: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(0x76, i + 1);
    if (i < 0 || i >= end) return NONE;
    if (b[i - 1] === LT && (b[i + 1] === GT || b[i + 1] === 0x20)) return i - 1;
  }
}

/** True when the `v` or `i` at `b[k]` starts a value tag: `<v>`, `<v …>` or `<is…`. */
function isMarkerAt(b: Uint8Array, k: number): boolean {
  const c = b[k];
  if (b[k - 1] !== LT) return false;
  const n = b[k + 1];
  return c === 0x76 ? n === GT || n === 0x20 : c === 0x69 && n === 0x73;
}

/**
 * The next value tag (`<v>`, `<v …>` or `<is…`) whose letter lies in `b[from + 1, end)`, or
 * {@link NONE}: one pass over the words `w` (the same bytes, aligned), testing four bytes at once
 * for a `v` or an `i` (the "has a zero byte" test on the word XOR the letter repeated).
 */
function nextMarker(b: Uint8Array, w: Int32Array, from: number, end: number): number {
  const start = from + 1;
  const firstWord = (start + 3) >> 2;
  const lastWord = Math.min(w.length, end >> 2);
  let k = start;
  for (const stop = Math.min(firstWord << 2, end); k < stop; k++) if (isMarkerAt(b, k)) return k - 1;
  for (let i = firstWord; i < lastWord; i++) {
    const x = w[i] as number;
    const v = x ^ 0x76767676;
    const c = x ^ 0x69696969;
    if ((((v - 0x01010101) & ~v) | ((c - 0x01010101) & ~c)) & 0x80808080) {
      const p = i << 2;
      for (let q = p; q < p + 4; q++) if (isMarkerAt(b, q)) return q - 1;
    }
  }
  for (k = Math.max(start, lastWord << 2); k < end; k++) if (isMarkerAt(b, k)) return k - 1;
  return NONE;
}

/** Next `<is…` start tag in `b[from, end)`, or {@link NONE}. */
function nextInlineTag(b: Uint8Array, from: number, end: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(0x69, i + 1);
    if (i < 0 || i >= end) return NONE;
    if (b[i - 1] === LT && b[i + 1] === 0x73) return i - 1;
  }
}

/**
 * True when the cell at `k` follows a cell end, a row tag or `<sheetData>` (`dataStart`), so
 * it is not inside another cell that was left open.
 */
function followsCellOrRow(b: Uint8Array, k: number, dataStart: number): boolean {
  if (b[k - 4] === LT && b[k - 3] === SLASH && b[k - 2] === 0x63 && b[k - 1] === GT) return true;
  const p = b.lastIndexOf(LT, k - 1);
  const p1 = b[p + 1];
  return (
    p === dataStart ||
    (isCellStart(b, p) && b[b.indexOf(GT, p) - 1] === SLASH) ||
    (p1 === SLASH && b[p + 2] === 0x63) ||
    (p1 === 0x72 && b[p + 2] === 0x6f)
  );
}

/**
 * The start of the cell holding the value tag at `marker`: stepping back over `<f …>`, `</f>`
 * and `<f/>` to a `<c …>`. -1 when
 * the tag stands outside any cell (after `</c>`, `<c/>` or a row tag); throws {@link SLOW} for
 * any other shape.
 */
function enclosingCell(b: Uint8Array, marker: number, dataStart: number): number {
  let k = marker;
  for (let steps = 0; steps < 4; steps++) {
    k = b.lastIndexOf(LT, k - 1);
    if (k <= dataStart) throw SLOW;
    const c1 = b[k + 1];
    const c2 = b[k + 2];
    if (c1 === 0x66 || (c1 === SLASH && c2 === 0x66)) continue; // <f…>, </f>
    if (isCellStart(b, k)) {
      const gt = b.indexOf(GT, k);
      if (gt > marker) throw SLOW;
      if (b[gt - 1] === SLASH) return -1; // <c …/> then a value tag: outside any cell
      return k;
    }
    if ((c1 === SLASH && (c2 === 0x63 || c2 === 0x72)) || (c1 === 0x72 && c2 === 0x6f)) return -1; // </c>, </row>, <row
    throw SLOW;
  }
  throw SLOW;
}

/** Scans the `<sheetData>` of a worksheet (UTF-8 bytes) into {@link SheetCells}, without decoding the whole part. */
export function scanSheet(
  name: string,
  xml: Uint8Array,
  sharedStrings: StringTable,
  options: ScanOptions = {},
): SheetCells {
  const maxCol = options.maxCol ?? COLS;
  const maxRow = options.maxRow ?? ROWS;
  const maxCells = options.maxCells ?? 2_000_000;

  const dimAt = indexOfAscii(xml, '<dimension', 0);
  if (dimAt >= 0) {
    const dimEnd = xml.indexOf(GT, dimAt);
    const v = attrAt(xml, dimAt, dimEnd, 'ref');
    if (v >= 0) {
      const close = xml.indexOf(QUOTE, v);
      const colon = xml.subarray(v, close).indexOf(0x3a);
      if (refKey(xml, colon >= 0 ? v + colon + 1 : v) < 0) throw absurd(name, 'dimension');
    }
  }
  const dataStart = indexOfAscii(xml, '<sheetData', 0);
  if (dataStart < 0) return new SheetCells(name, new Map(), new Map(), 0);
  const dataEnd = lastIndexOfAscii(xml, '</sheetData>', dataStart);
  if (dataEnd > dataStart) {
    const fast = new CellScan(name, xml, sharedStrings, maxCol, maxRow, maxCells);
    try {
      fast.valued(dataStart, dataEnd);
      return new SheetCells(name, fast.values, fast.errors, fast.lastRow);
    } catch {
      // SLOW, or a refusal (impossible address, too many cells): the full scan decides.
    }
  }
  const scan = new CellScan(name, xml, sharedStrings, maxCol, maxRow, maxCells);
  scan.all(dataStart);
  return new SheetCells(name, scan.values, scan.errors, scan.lastRow);
}

/** Last index of the ASCII string `s` in `b` after `after`, or -1 (searched from the end). */
function lastIndexOfAscii(b: Uint8Array, s: string, after: number): number {
  let i = b.length;
  for (;;) {
    i = b.lastIndexOf(LT, i - 1);
    if (i <= after) return -1;
    let k = 1;
    while (k < s.length && b[i + k] === s.charCodeAt(k)) k++;
    if (k === s.length) return i;
  }
}

/**
 * Rejects a part (as bytes) that declares a DTD or entities: OOXML never uses them (ECMA-376
 * Part 2 §8.1.4), and they are the vehicle of "billion laughs" and XXE attacks. A document type
 * declaration, and the entity declarations inside it, can only stand in the prolog, before the
 * root element (XML 1.0 §2.1 `document ::= prolog element Misc*`, §2.8 `prolog ::= XMLDecl? Misc*
 * (doctypedecl Misc*)?`), so only the prolog is read: the XML declaration, processing
 * instructions and comments are stepped over up to the root element; anything else there
 * (a DTD…) sends the whole part through the full search, which refuses `<!DOCTYPE`/`<!ENTITY`.
 */
export function assertSafeXmlBytes(xml: Uint8Array, part: string): void {
  let i = 0;
  for (;;) {
    i = xml.indexOf(LT, i);
    if (i < 0) return;
    const c1 = xml[i + 1];
    if (c1 === 0x3f) {
      // <?xml …?> or another processing instruction.
      i = indexOfAscii(xml, '?>', i + 2);
      if (i < 0) break;
      continue;
    }
    if (c1 !== 0x21) return; // the root element: the prolog is over
    if (xml[i + 2] !== 0x2d || xml[i + 3] !== 0x2d) break; // <!DOCTYPE (or anything but a comment)
    i = indexOfAscii(xml, '-->', i + 4);
    if (i < 0) break;
  }
  // A declaration or an unclosed construct in the prolog: look through the whole part.
  for (i = 0; ; ) {
    i = xml.indexOf(0x21, i + 1); // "!"
    if (i < 0) return;
    if (xml[i - 1] !== LT) continue;
    const c = xml[i + 1];
    if (c === 0x44 || c === 0x45) {
      throw new AppError(
        'unreadable_file',
        `Part ${part} contains a DTD or entity declaration, which Excel never writes; the file was altered and is refused for safety. Ask the supplier for the original .xlsx.`,
      );
    }
  }
}
