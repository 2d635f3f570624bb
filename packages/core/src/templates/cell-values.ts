/** Storage of a scanned sheet's cached values, by 1-based row and column. */
import { MAX_COLS } from './cell-ref.js';

/** A cached cell value: text, number, or boolean. Error values (`#N/A`) are kept apart. */
export type CellValue = string | number | boolean;

const COLS = MAX_COLS;
/** The widest scan stored as row arrays (the template layouts read at most 17 columns). */
const NARROW = 64;

/**
 * Values by address. A template read keeps a few columns of each sheet, so a scan limited to at
 * most {@link NARROW} columns stores each row as a small array (no hashing); wider scans use a map
 * keyed by `row × MAX_COLS + col`. Both answer {@link get} for the same key in the same way.
 */
export class CellValues {
  /** Entries per row array (`maxCol + 1`), or 0 for the map. */
  private readonly width: number;
  private readonly rows: (CellValue | undefined)[][] = [];
  private readonly byKey = new Map<number, CellValue>();
  private count = 0;
  /** Rows that hold a value, in the order they were first stored. */
  private readonly rowNumbers: number[] = [];
  private sorted = true;

  constructor(maxCol: number) {
    this.width = maxCol <= NARROW ? maxCol + 1 : 0;
  }

  /** Stores a value; `col` is at most the scan's `maxCol`. */
  set(row: number, col: number, value: CellValue): void {
    if (this.width === 0) {
      this.byKey.set(row * COLS + col, value);
      return;
    }
    let cells = this.rows[row];
    if (cells === undefined) {
      cells = new Array(this.width);
      this.rows[row] = cells;
      const last = this.rowNumbers[this.rowNumbers.length - 1];
      if (last !== undefined && last > row) this.sorted = false;
      this.rowNumbers.push(row);
    }
    if (cells[col] === undefined) this.count++;
    cells[col] = value;
  }

  /** The value stored under `row × MAX_COLS + col`, as a map keyed so would answer. */
  get(row: number, col: number): CellValue | undefined {
    const key = row * COLS + col;
    if (this.width === 0) return this.byKey.get(key);
    const r = Math.floor(key / COLS);
    const c = key - r * COLS;
    return c >= 1 ? this.rows[r]?.[c] : undefined;
  }

  /** The rows that hold a value, ascending. */
  rowsWithValues(): readonly number[] {
    if (this.width === 0) {
      const rows = new Set<number>();
      for (const key of this.byKey.keys()) rows.add(Math.floor(key / COLS));
      return [...rows].sort((a, b) => a - b);
    }
    if (!this.sorted) {
      this.rowNumbers.sort((a, b) => a - b);
      this.sorted = true;
    }
    return this.rowNumbers;
  }

  /** Number of cells holding a value. */
  get size(): number {
    return this.width === 0 ? this.byKey.size : this.count;
  }
}
