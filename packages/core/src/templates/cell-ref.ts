/** A1 cell addresses ↔ numeric row/column, and the numeric key cells are stored under. */

/** Excel's hard limits (Excel 2007+ specification): 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1_048_576;
/** Excel's column limit (XFD). */
export const MAX_COLS = 16_384;

/** A parsed cell address: 1-based row and column. */
export type CellPos = { readonly row: number; readonly col: number };

/** Parses `D8` / `$D$8` into a position, or `undefined` when it is not an in-range A1 address. */
export function parseCellRef(ref: string): CellPos | undefined {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    i++;
    if (col > MAX_COLS) return undefined;
  }
  if (col === 0) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  while (i < n) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
    i++;
    if (row > MAX_ROWS) return undefined;
  }
  if (i === start || row === 0) return undefined;
  return { row, col };
}

/** Column number (1-based) → letters: 1 → A, 28 → AB. */
export function colLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column letters → number: A → 1. Throws on bad input (layout data is static, so a typo is a bug). */
export function colNumber(letters: string): number {
  const pos = parseCellRef(`${letters}1`);
  if (!pos) throw new Error(`bad column ${letters}`);
  return pos.col;
}

/** Builds `D8` from row and column. */
export function cellRef(row: number, col: number): string {
  return `${colLetters(col)}${row}`;
}

/** The numeric key a sheet stores a cell under (row-major, so sorting keys sorts cells). */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

/** Parses a static layout address; throws on a typo (a bug, not user input). */
export function ref(a1: string): CellPos {
  const pos = parseCellRef(a1);
  if (!pos) throw new Error(`bad cell address ${a1}`);
  return pos;
}
