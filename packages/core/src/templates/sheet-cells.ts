/**
 * Scans worksheet XML (ECMA-376 Part 1 §18.3.1.4 `<c>`) into cached cell values. Formulas are
 * never evaluated: RMI templates are full of OFFSET/INDIRECT, and the cached `<v>` is what the
 * supplier saw when they saved.
 */
import { AppError } from '../errors.js';
import { cellKey, MAX_COLS, MAX_ROWS } from './cell-ref.js';
import { decodeXmlText, textRuns } from './xml-text.js';

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
 * The shared-string table (`xl/sharedStrings.xml`, §18.4.9), decoded lazily: a template holds
 * 13k–20k strings (mostly L-sheet translations) of which a read needs a few hundred, so only the
 * `<si>` offsets are indexed up front. Rich-text runs are joined, phonetic runs dropped.
 */
export class SharedStrings implements StringTable {
  private readonly xml: string;
  private readonly starts: number[] = [];
  private readonly decoded = new Map<number, string>();

  constructor(xml: string) {
    this.xml = xml;
    let i = 0;
    for (;;) {
      i = xml.indexOf('<si', i);
      if (i < 0) break;
      const next = xml.charCodeAt(i + 3);
      if (next === 62 || next === 32 || next === 47) this.starts.push(i);
      i += 3;
    }
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
    const open = xml.indexOf('>', start);
    let text = '';
    if (open >= 0 && xml.charCodeAt(open - 1) !== 47) {
      const close = xml.indexOf('</si>', open);
      text = textRuns(xml, open + 1, close < 0 ? xml.length : close);
    }
    this.decoded.set(index, text);
    return text;
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

/** Text of `b[s, e)`: an ASCII fast path for the short values cells hold, UTF-8 otherwise. */
function textOf(b: Uint8Array, s: number, e: number): string {
  let ascii = e - s <= 48;
  for (let i = s; ascii && i < e; i++) if ((b[i] ?? 0) >= 0x80) ascii = false;
  const raw = ascii ? String.fromCharCode(...b.subarray(s, e)) : utf8.decode(b.subarray(s, e));
  return raw.includes('&') || raw.includes('_x') ? decodeXmlText(raw) : raw;
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
  const values = new Map<number, CellValue>();
  const errors = new Map<number, string>();
  let lastRow = 0;

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
  if (dataStart < 0) return new SheetCells(name, values, errors, 0);

  let row = 0;
  let col = 0;
  let stored = 0;
  let i = dataStart;
  for (;;) {
    i = xml.indexOf(LT, i + 1);
    if (i < 0) break;
    const c1 = xml[i + 1];
    const c2 = xml[i + 2];
    if (c1 === SLASH && c2 === 0x73) break; // </sheetData>
    if (c1 === 0x72 && c2 === 0x6f) {
      // <row r="n">: rows may omit r (§18.3.1.73), then they follow the previous one.
      const tagEnd = xml.indexOf(GT, i);
      if (tagEnd < 0) break;
      const v = attrAt(xml, i, tagEnd, 'r');
      let n = row + 1;
      if (v >= 0) {
        n = 0;
        let k = v;
        for (; (xml[k] ?? 0) >= 48 && (xml[k] ?? 0) <= 57 && n <= ROWS; k++) n = n * 10 + ((xml[k] ?? 0) - 48);
        if (xml[k] !== QUOTE) n = 0;
      }
      if (n < 1 || n > ROWS) throw absurd(name, 'row number');
      row = n;
      col = 0;
      i = tagEnd;
      continue;
    }
    if (c1 !== 0x63 || !(c2 === 0x20 || c2 === GT || c2 === SLASH || c2 === 0x09 || c2 === 0x0a || c2 === 0x0d))
      continue;
    const cellStart = i;
    const tagEnd = xml.indexOf(GT, i);
    if (tagEnd < 0) break;
    const r = attrAt(xml, cellStart, tagEnd, 'r');
    if (r >= 0) {
      const key = refKey(xml, r);
      if (key < 0) throw absurd(name, 'cell address');
      row = Math.floor(key / COLS);
      col = key - row * COLS;
    } else {
      col += 1;
      if (col > COLS || row === 0) throw absurd(name, 'cell outside any row');
    }
    if (xml[tagEnd - 1] === SLASH) {
      i = tagEnd;
      continue;
    }
    // Walk the tags inside the cell: <f>…</f>, <v>…</v>, <is>…</is>, up to </c>.
    let vOpen = -1;
    let vClose = -1;
    let isOpen = -1;
    let close = -1;
    let j = tagEnd;
    for (;;) {
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
    if (close < 0) break;
    i = close + 3;
    if (col > maxCol || row > maxRow) continue;
    const t = attrAt(xml, cellStart, tagEnd, 't');
    // t: s (shared), str, inlineStr, b, e, n (default), d (ISO date).
    const t0 = t >= 0 ? xml[t] : 0x6e;
    const t1 = t >= 0 ? xml[t + 1] : QUOTE;
    let value: CellValue | undefined;
    if (t0 === 0x69) {
      if (isOpen >= 0) {
        const text = utf8.decode(xml.subarray(isOpen, close));
        value = textRuns(text, 0, text.length);
      }
    } else if (vOpen >= 0 && vClose >= vOpen) {
      if (t0 === 0x73 && t1 === QUOTE) {
        let n = 0;
        for (let k = vOpen; k < vClose && n >= 0; k++) {
          const d = (xml[k] ?? 0) - 48;
          n = d >= 0 && d <= 9 ? n * 10 + d : -1;
        }
        // A non-digit index (spaces, garbage) falls back to a lenient parse.
        value = sharedStrings.get(n >= 0 ? n : Number(textOf(xml, vOpen, vClose).trim()));
      } else if (t0 === 0x73 || t0 === 0x64) {
        value = textOf(xml, vOpen, vClose);
      } else if (t0 === 0x62) {
        value = xml[vOpen] === 0x31 || xml[vOpen] === 0x74;
      } else if (t0 === 0x65) {
        errors.set(row * COLS + col, textOf(xml, vOpen, vClose));
      } else {
        const raw = textOf(xml, vOpen, vClose);
        const n = Number(raw);
        value = raw.length > 0 && Number.isFinite(n) ? n : raw;
      }
    }
    if (value === undefined || value === '') continue;
    if (++stored > maxCells) throw absurd(name, `more than ${maxCells} cells`);
    values.set(row * COLS + col, value);
    if (row > lastRow) lastRow = row;
  }
  return new SheetCells(name, values, errors, lastRow);
}

/**
 * Rejects a part (as bytes) that declares a DTD or entities: OOXML never uses them (ECMA-376
 * Part 2 §8.1.4), and they are the vehicle of "billion laughs" and XXE attacks.
 */
export function assertSafeXmlBytes(xml: Uint8Array, part: string): void {
  let i = 0;
  for (;;) {
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
