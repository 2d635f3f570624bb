/**
 * The cell decoder behind {@link scanSheet}: reads `<c>` elements (ECMA-376 Part 1 §18.3.1.4) of a
 * worksheet's `<sheetData>` into value and error maps, either tag by tag ({@link CellScan.all}) or
 * only where a value tag stands ({@link CellScan.valued}), with the same result.
 */
import { AppError } from '../errors.js';
import { ByteScan, Decoded, RECORD } from './byte-scan.js';
import { cellRef, MAX_COLS, MAX_ROWS } from './cell-ref.js';
import { type CellValue, CellValues } from './cell-values.js';
import { beyondLimit, DEFAULT_READ_LIMITS, damagedFile, limitText, type ReadLimits } from './read-limits.js';
import { type StringTable, textRuns } from './shared-strings.js';
import {
  CellTag,
  enclosingCell,
  followsCellOrRow,
  isCellStart,
  NONE,
  nextCell,
  nextInlineTag,
  nextMarker,
  nextValueTag,
  SLOW,
} from './value-markers.js';
import { attrAt, isSpace, nextByte, textOf } from './xml-bytes.js';

// Local copies: an imported binding is a module-variable load in every hot loop.
const COLS = MAX_COLS;
const ROWS = MAX_ROWS;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;

/** Most XML bytes one UTF-16 code unit of a cell's text can take (a reference, `&#x0041;`, with room). */
const MAX_BYTES_PER_CHAR = 12;

/** {@link CellScan.cell}'s answer for a cell out of range in the fast path. */
const SKIP = -2;

/** The refusal of a sheet whose addresses or size no spreadsheet program writes. */
export function absurd(sheet: string, detail: string): AppError {
  return new AppError(
    'unreadable_file',
    `Sheet "${sheet}" has impossible dimensions (${detail}); the file is damaged or was not written by a spreadsheet program.`,
  );
}

/** Parses `A1`-style bytes at `b[s…]` up to the closing quote into a cell key (row × MAX_COLS + col), or -1. */
export function refKey(b: Uint8Array, s: number): number {
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

/** True when `b[i…]` is `</v></c>`. */
function isValueEnd(b: Uint8Array, i: number): boolean {
  return (
    b[i + 1] === SLASH &&
    b[i + 2] === 0x76 &&
    b[i + 3] === GT &&
    b[i + 4] === LT &&
    b[i + 5] === SLASH &&
    b[i + 6] === 0x63 &&
    b[i + 7] === GT
  );
}

/** A plain non-negative integer of at most 15 digits in `b[s, e)` (exact as a double), or -1. */
function smallInteger(b: Uint8Array, s: number, e: number): number {
  if (e <= s || e - s > 15) return -1;
  let n = 0;
  for (let k = s; k < e; k++) {
    const d = (b[k] as number) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The cached value of a number cell written in `b[s, e)`: the number, or the text when it is none. */
function numberAt(b: Uint8Array, s: number, e: number): CellValue {
  // Most numbers are small integers: the same value as Number() of the text, without decoding it.
  const int = smallInteger(b, s, e);
  if (int >= 0) return int;
  const raw = textOf(b, s, e);
  const n = Number(raw);
  return raw.length > 0 && Number.isFinite(n) ? n : raw;
}

/** One scan of a worksheet's cells into value and error maps. */
export class CellScan {
  readonly values: CellValues;
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
    private readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
  ) {
    this.values = new CellValues(maxCol);
  }

  /**
   * Reads the cell whose start tag is at `start` and stores its value when in range. Returns
   * where scanning goes on (its `/>` or `</c>`), or -1 at a truncated cell. With `marker` (the
   * fast path: the cell's first value tag, with `tagEnd` found by {@link enclosingCell}): throw
   * {@link SLOW} for a cell without an address, and return {@link SKIP} for a cell out of range
   * whose end is not at hand (a truncated cell there stops nothing: no later cell can be closed
   * either).
   */
  cell(start: number, marker = -1, knownTagEnd = -1): number {
    const { xml } = this;
    const addressed = marker >= 0;
    const tagEnd = addressed ? knownTagEnd : nextByte(xml, GT, start);
    if (tagEnd < 0) return -1;
    // The address is nearly always the first attribute, `<c r="…`; else attrAt finds it.
    const r =
      start + 3 < tagEnd - 2 &&
      isSpace(xml[start + 2]) &&
      xml[start + 3] === 0x72 &&
      xml[start + 4] === 0x3d &&
      xml[start + 5] === QUOTE
        ? start + 6
        : attrAt(xml, start, tagEnd, 'r');
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
      if (col > this.maxCol || row > this.maxRow) {
        // Out of range in the fast path: nothing to store. A short <v>…</v></c> holds no other
        // marker, so the search may go on after it (where the next cell often starts).
        if (xml[marker + 1] === 0x76 && xml[marker + 2] === GT) {
          const lt = nextByte(xml, LT, marker + 3);
          if (lt > 0 && isValueEnd(xml, lt)) return lt + 7;
        }
        return SKIP;
      }
      if (!followsCellOrRow(xml, start, this.dataStart)) throw SLOW;
    }
    // Walk the tags inside the cell: <f>…</f>, <v>…</v>, <is>…</is>, up to </c>. In the fast
    // path only <f> tags stand before the marker, and the walk ignores those, so it starts there.
    let vOpen = -1;
    let vClose = -1;
    let isOpen = -1;
    let close = -1;
    // The usual shape, <v>…</v></c>, in one search; the walk below gives the same.
    const v = addressed ? marker : tagEnd + 1;
    if (xml[v] === LT && xml[v + 1] === 0x76 && xml[v + 2] === GT) {
      const lt = nextByte(xml, LT, v + 3);
      if (lt > 0 && isValueEnd(xml, lt)) {
        vOpen = v + 3;
        vClose = lt;
        close = lt + 4;
      }
    }
    for (let j = addressed ? marker - 1 : tagEnd; close < 0; ) {
      j = nextByte(xml, LT, j + 1);
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
        const end = nextByte(xml, GT, j);
        if (xml[end - 1] !== SLASH) vOpen = end + 1;
      } else if (d1 === 0x69 && d2 === 0x73) {
        isOpen = j;
      }
    }
    if (close < 0) return -1;
    if (col > this.maxCol || row > this.maxRow) return close + 3;
    // The type: as attrAt from the start tag's start, but from the address on when the address
    // opens the tag (its letters and digits hold no "t").
    const t = attrAt(xml, r === start + 6 ? r : start, tagEnd, 't');
    // t: s (shared), str, inlineStr, b, e, n (default), d (ISO date).
    const t0 = t >= 0 ? xml[t] : 0x6e;
    const t1 = t >= 0 ? xml[t + 1] : QUOTE;
    let value: CellValue | undefined;
    if (t0 === 0x69) {
      if (isOpen >= 0) {
        this.assertSpan(close - isOpen, row, col);
        value = textRuns(xml, isOpen, close);
      }
    } else if (vOpen >= 0 && vClose >= vOpen) {
      this.assertSpan(vClose - vOpen, row, col);
      if (t0 === 0x73 && t1 === QUOTE) {
        let n = 0;
        for (let k = vOpen; k < vClose && n >= 0; k++) {
          const d = (xml[k] ?? 0) - 48;
          n = d >= 0 && d <= 9 ? n * 10 + d : -1;
        }
        // A non-digit index (spaces, garbage) falls back to a lenient parse.
        value = this.shared(n >= 0 ? n : Number(textOf(xml, vOpen, vClose).trim()), row, col);
      } else if (t0 === 0x73 || t0 === 0x64) {
        value = textOf(xml, vOpen, vClose);
      } else if (t0 === 0x62) {
        value = xml[vOpen] === 0x31 || xml[vOpen] === 0x74;
      } else if (t0 === 0x65) {
        this.keepError(row, col, textOf(xml, vOpen, vClose));
      } else {
        value = numberAt(xml, vOpen, vClose);
      }
    }
    this.keep(row, col, value);
    return close + 3;
  }

  /**
   * The shared string a cell refers to. A reference the table cannot answer means the package is
   * damaged (its shared strings are missing, emptied or cut short): never read as an empty cell.
   */
  private shared(index: number, row: number, col: number): string {
    this.assertSpan(this.strings.span?.(index) ?? 0, row, col);
    const text = this.strings.get(index);
    if (text !== undefined) return text;
    const cell = cellRef(row, col);
    const part = this.strings.part ?? 'xl/sharedStrings.xml';
    const count = this.strings.length;
    throw damagedFile(
      part,
      count === 0
        ? {
            en: `sheet "${this.name}" refers to the shared text table in cell ${cell}, but the package has no shared texts`,
            nl: `werkblad "${this.name}" verwijst in cel ${cell} naar de tabel met gedeelde teksten, maar het pakket bevat geen gedeelde teksten`,
          }
        : {
            en: `sheet "${this.name}", cell ${cell} refers to shared text ${Number.isFinite(index) ? index : '(not a number)'}, but the table holds ${count}`,
            nl: `werkblad "${this.name}", cel ${cell} verwijst naar gedeelde tekst ${Number.isFinite(index) ? index : '(geen getal)'}, maar de tabel bevat er ${count}`,
          },
      { sheet: this.name, cell },
    );
  }

  /**
   * Refuses, before decoding it, a text whose XML is longer than the longest text a cell may
   * hold could be written in: a character reference (`&#x10FFFF;`) is at most 10 bytes.
   */
  private assertSpan(bytes: number, row: number, col: number): void {
    const limit = this.limits.maxCellText;
    if (bytes > limit * MAX_BYTES_PER_CHAR)
      throw beyondLimit(this.name, limitText.text(limit, cellRef(row, col)), cellRef(row, col));
  }

  /** Counts one more stored cell against the limits (rows, cells). */
  private count(row: number, col: number): void {
    const { limits } = this;
    if (row > limits.maxRows) throw beyondLimit(this.name, limitText.rows(limits.maxRows, row), cellRef(row, col));
    if (++this.stored > limits.maxCells) throw beyondLimit(this.name, limitText.cells(limits.maxCells));
  }

  /** Stores a cell's value, unless it is empty. */
  private keep(row: number, col: number, value: CellValue | undefined): void {
    if (value === undefined || value === '') return;
    this.count(row, col);
    if (typeof value === 'string' && value.length > this.limits.maxCellText)
      throw beyondLimit(this.name, limitText.text(this.limits.maxCellText, cellRef(row, col)), cellRef(row, col));
    this.values.set(row, col, value);
    if (row > this.lastRow) this.lastRow = row;
  }

  /** Stores a cell's cached error (`#N/A`), counted like a value. */
  private keepError(row: number, col: number, text: string): void {
    this.count(row, col);
    this.errors.set(row * COLS + col, text.slice(0, 32));
  }

  /** Stores the value the engine decoded (record fields 5–7, see {@link Decoded}), as {@link cell} would. */
  private keepDecoded(row: number, col: number, kind: number, a: number, b: number): void {
    const { xml } = this;
    if (kind === Decoded.STRING) this.keep(row, col, this.shared(a, row, col));
    else if (kind === Decoded.INTEGER) this.keep(row, col, a);
    else if (kind === Decoded.TEXT) {
      this.assertSpan(b - a, row, col);
      this.keep(row, col, textOf(xml, a, b));
    } else if (kind === Decoded.NUMBER) this.keep(row, col, numberAt(xml, a, b));
    else if (kind === Decoded.BOOLEAN) this.keep(row, col, a === 1);
    else this.keepError(row, col, textOf(xml, a, b));
  }

  /** Tag by tag from `<sheetData` to `</sheetData>`: every row and every cell. */
  all(dataStart: number): void {
    const { xml } = this;
    let i = dataStart;
    for (;;) {
      i = nextByte(xml, LT, i + 1);
      if (i < 0) return;
      const c1 = xml[i + 1];
      const c2 = xml[i + 2];
      if (c1 === SLASH && c2 === 0x73) return; // </sheetData>
      if (c1 === 0x72 && c2 === 0x6f) {
        // <row r="n">: rows may omit r (§18.3.1.73), then they follow the previous one.
        const tagEnd = nextByte(xml, GT, i);
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
   * and rows without a value are not looked at, so their addresses are not checked. The search
   * runs in WebAssembly where `engine` is given (the default, where available), else here.
   */
  valued(dataStart: number, dataEnd: number, engine: ByteScan | null = ByteScan.get() ?? null): void {
    if (engine) {
      this.valuedFrom(engine, dataStart, dataEnd);
      return;
    }
    const { xml } = this;
    this.dataStart = dataStart;
    // Four bytes at a time where the bytes are aligned (inflated parts are); else two searches.
    const words = xml.byteOffset % 4 === 0 ? new Int32Array(xml.buffer, xml.byteOffset, xml.length >> 2) : undefined;
    const at = new CellTag();
    let from = dataStart;
    let nextV = -1;
    let nextIs = -1;
    let lastCell = -1;
    for (;;) {
      // Where one cell's value follows another's, the next cell is read straight on.
      let marker = nextCell(xml, from + 1, dataEnd, at);
      if (marker < 0) {
        if (words) marker = nextMarker(xml, words, from, dataEnd);
        else {
          if (nextV < from) nextV = nextValueTag(xml, from, dataEnd);
          if (nextIs < from) nextIs = nextInlineTag(xml, from, dataEnd);
          marker = Math.min(nextV, nextIs);
        }
        if (marker === NONE) return;
        if (!enclosingCell(xml, words, marker, dataStart, at) || at.start === lastCell) {
          // A value tag outside any cell (ignored, as by the full scan), or a second one in a cell.
          from = marker + 2;
          continue;
        }
      }
      lastCell = at.start;
      const next = this.cell(at.start, marker, at.tagEnd);
      if (next === SKIP) from = marker + 2;
      else if (next < 0) return;
      else from = next;
    }
  }
  /**
   * {@link valued} over the records of {@link ByteScan.valueCells}: the same markers and cells as
   * the search above, less those the engine already found to hold nothing to store.
   */
  private valuedFrom(engine: ByteScan, dataStart: number, dataEnd: number): void {
    this.dataStart = dataStart;
    const records = engine.valueCells(this.xml, dataStart, dataEnd, dataStart, this.maxRow, this.maxCol);
    if (records === undefined) throw SLOW;
    let from = dataStart;
    let lastCell = -1;
    for (let r = 0; r < records.length; r += RECORD) {
      const marker = records[r] as number;
      const start = records[r + 1] as number;
      if (marker < from) continue;
      if (start === lastCell) {
        from = marker + 2; // a second value tag in a cell
        continue;
      }
      lastCell = start;
      const kind = records[r + 5] as number;
      if (kind !== Decoded.NONE) {
        // A value ending in </v></c>: no other marker before the next cell.
        this.keepDecoded(
          records[r + 3] as number,
          records[r + 4] as number,
          kind,
          records[r + 6] as number,
          records[r + 7] as number,
        );
        from = marker + 2;
        continue;
      }
      const next = this.cell(start, marker, records[r + 2] as number);
      if (next === SKIP) from = marker + 2;
      else if (next < 0) return;
      else from = next;
    }
  }
}
