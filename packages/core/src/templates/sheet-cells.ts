/**
 * Scans worksheet XML (ECMA-376 Part 1 §18.3.1.4 `<c>`) into cached cell values. Formulas are
 * never evaluated: RMI templates are full of OFFSET/INDIRECT, and the cached `<v>` is what the
 * supplier saw when they saved. The cell decoder is in `cell-scan.ts`, the value-tag search in
 * `value-markers.ts`, the shared strings in `shared-strings.ts`.
 */
import { ByteScan } from './byte-scan.js';
import { cellKey, MAX_COLS, MAX_ROWS } from './cell-ref.js';
import { absurd, CellScan, refKey } from './cell-scan.js';
import { type CellValue, CellValues } from './cell-values.js';
import { DEFAULT_READ_LIMITS, isReadRefusal, type ReadLimits } from './read-limits.js';
import type { StringTable } from './shared-strings.js';
import { attrAt, GT, indexOfAscii, lastIndexOfAscii, QUOTE } from './xml-bytes.js';

export type { CellValue } from './cell-values.js';

/** Which cells to keep while scanning (others are skipped cheaply). */
export type ScanOptions = {
  /** Keep only columns up to this one (1-based). */
  readonly maxCol?: number;
  /** Keep only rows up to this one. */
  readonly maxRow?: number;
  /** Bounds on the sheet (rows, cells, text per cell); a sheet beyond one is refused. */
  readonly limits?: ReadLimits;
};

/** The cached values of one worksheet, addressed by 1-based row and column. */
export class SheetCells {
  readonly name: string;
  /** Highest row that holds a value. */
  readonly lastRow: number;
  private readonly values: CellValues;
  private readonly errors: Map<number, string>;

  constructor(name: string, values: CellValues, errors: Map<number, string>, lastRow: number) {
    this.name = name;
    this.values = values;
    this.errors = errors;
    this.lastRow = lastRow;
  }

  /** The cached value, or `undefined` for an empty or error cell. */
  value(row: number, col: number): CellValue | undefined {
    return this.values.get(row, col);
  }

  /** The cached error (`#N/A`, `#REF!`), if the cell holds one. */
  error(row: number, col: number): string | undefined {
    return this.errors.get(cellKey(row, col));
  }

  /** The rows that hold a value, ascending (for reading a long, mostly empty list). */
  rowsWithValues(): readonly number[] {
    return this.values.rowsWithValues();
  }

  /** Number of stored (non-empty) cells. */
  get size(): number {
    return this.values.size;
  }
}

/**
 * Scans the `<sheetData>` of a worksheet (UTF-8 bytes) into {@link SheetCells}, without decoding the
 * whole part; the value tags are searched with `engine` (WebAssembly) when given, else in JavaScript.
 */
export function scanSheet(
  name: string,
  xml: Uint8Array,
  sharedStrings: StringTable,
  options: ScanOptions = {},
  engine: ByteScan | null = ByteScan.get() ?? null,
): SheetCells {
  const maxCol = options.maxCol ?? MAX_COLS;
  const maxRow = options.maxRow ?? MAX_ROWS;
  const limits = options.limits ?? DEFAULT_READ_LIMITS;

  const dataStart = indexOfAscii(xml, '<sheetData', 0);
  // <dimension> comes before <sheetData> (ECMA-376 §18.3.1.99): never searched through the cells,
  // where a part without one would cost a pass over every '<' of a huge sheet.
  const dimAt = indexOfAscii(dataStart < 0 ? xml : xml.subarray(0, dataStart), '<dimension', 0);
  if (dimAt >= 0) {
    const dimEnd = xml.indexOf(GT, dimAt);
    const v = attrAt(xml, dimAt, dimEnd, 'ref');
    if (v >= 0) {
      const close = xml.indexOf(QUOTE, v);
      const colon = xml.subarray(v, close).indexOf(0x3a);
      if (refKey(xml, colon >= 0 ? v + colon + 1 : v) < 0) throw absurd(name, 'dimension');
    }
  }
  if (dataStart < 0) return new SheetCells(name, new CellValues(maxCol), new Map(), 0);
  const dataEnd = lastIndexOfAscii(xml, '</sheetData>', dataStart);
  if (dataEnd > dataStart) {
    const fast = new CellScan(name, xml, sharedStrings, maxCol, maxRow, limits);
    try {
      fast.valued(dataStart, dataEnd, engine);
      return new SheetCells(name, fast.values, fast.errors, fast.lastRow);
    } catch (error) {
      // A limit or damage refusal stands (the full scan stores the same cells); SLOW, or an
      // impossible address (the fast path does not look at every cell): the full scan decides.
      if (isReadRefusal(error)) throw error;
    }
  }
  const scan = new CellScan(name, xml, sharedStrings, maxCol, maxRow, limits);
  scan.all(dataStart);
  return new SheetCells(name, scan.values, scan.errors, scan.lastRow);
}
