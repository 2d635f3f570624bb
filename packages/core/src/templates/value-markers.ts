/**
 * Finding the cells that hold a value without visiting every tag: a template's sheets are mostly
 * cells with a formula and an empty cached value (`<v/>`), so the scanner looks for the value
 * tags (`<v>`, `<v …>`, `<is…`, the "markers") and steps back from each to its cell. Everything
 * here either gives the answer of that search or throws {@link SLOW}, for the tag-by-tag scan.
 */
import { nextByte, prevByte } from './xml-bytes.js';

// Local constants: an imported binding is a module-variable load in every hot loop.
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** Thrown where the tag-by-tag scan is needed to give the same result. */
export const SLOW = Symbol('slow');

/** "No marker": larger than any offset. */
export const NONE = Number.MAX_SAFE_INTEGER;

/** The start tag of the cell that holds a marker. */
export class CellTag {
  /** Offset of `<c`. */
  start = -1;
  /** Offset of the `>` that ends the start tag. */
  tagEnd = -1;
}

/** A `<c` start tag at `b[i]`: `<c` then whitespace, `>` or `/`. */
export function isCellStart(b: Uint8Array, i: number): boolean {
  const c2 = b[i + 2];
  return b[i + 1] === 0x63 && (c2 === 0x20 || c2 === GT || c2 === SLASH || c2 === 0x09 || c2 === 0x0a || c2 === 0x0d);
}

/** True when the `v` or `i` at `b[k]` starts a value tag: `<v>`, `<v …>` or `<is…`. */
function isMarkerAt(b: Uint8Array, k: number): boolean {
  const c = b[k];
  if (b[k - 1] !== LT) return false;
  const n = b[k + 1];
  return c === 0x76 ? n === GT || n === 0x20 : c === 0x69 && n === 0x73;
}

/**
 * The next marker whose letter lies in `b[from + 1, end)`, or {@link NONE}. `w` views the same
 * bytes as aligned 32-bit words (inflated parts are aligned), so one pass tests four bytes at once
 * for a `v` or an `i` (the "has a zero byte" test on the word XOR the letter repeated).
 */
export function nextMarker(b: Uint8Array, w: Int32Array, from: number, end: number): number {
  const start = from + 1;
  const firstWord = (start + 3) >> 2;
  const lastWord = Math.min(w.length, end >> 2);
  let k = start;
  for (const stop = Math.min(firstWord << 2, end); k < stop; k++) if (isMarkerAt(b, k)) return k - 1;
  for (let i = firstWord; i < lastWord; i++) {
    // Seven bits per byte keep the arithmetic in 32-bit integers (a byte with the high bit set
    // may pass the test; the byte check refuses it). The constants stay literal: they do not fit
    // a small integer, and a named one would be loaded as a boxed number on every step.
    const x = (w[i] as number) & 0x7f7f7f7f;
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

/** Next `<v>` or `<v …>` start tag whose letter lies in `b[from + 1, end)`, or {@link NONE}. */
export function nextValueTag(b: Uint8Array, from: number, end: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(0x76, i + 1);
    if (i < 0 || i >= end) return NONE;
    if (b[i - 1] === LT && (b[i + 1] === GT || b[i + 1] === 0x20)) return i - 1;
  }
}

/** Next `<is…` start tag whose letter lies in `b[from + 1, end)`, or {@link NONE}. */
export function nextInlineTag(b: Uint8Array, from: number, end: number): number {
  let i = from;
  for (;;) {
    i = b.indexOf(0x69, i + 1);
    if (i < 0 || i >= end) return NONE;
    if (b[i - 1] === LT && b[i + 1] === 0x73) return i - 1;
  }
}

/**
 * The last `<` at or before `from` (`>= 0`), or -1, as `b.lastIndexOf(LT, from)`: a few bytes
 * one by one, then (over a formula's text) four at a time when `w` views the bytes as words.
 */
export function prevTagStart(b: Uint8Array, w: Int32Array | undefined, from: number): number {
  const stop = from - 16;
  for (let i = from; i > stop && i >= 0; i--) if (b[i] === LT) return i;
  if (stop < 0) return -1;
  if (w === undefined) return prevByte(b, LT, stop);
  let i = stop;
  for (; (i & 3) !== 3; i--) if (b[i] === LT) return i;
  // Now word i >> 2 ends at byte i.
  for (let k = i >> 2; k >= 0; k--) {
    // As in nextMarker: a zero byte in the word XOR "<<<<", seven bits per byte.
    const x = ((w[k] as number) & 0x7f7f7f7f) ^ 0x3c3c3c3c;
    if ((x - 0x01010101) & ~x & 0x80808080) {
      for (let q = (k << 2) + 3; q >= k << 2; q--) if (b[q] === LT) return q;
    }
  }
  return -1;
}

/**
 * True when the cell at `k` follows a cell end, a row tag or `<sheetData>` (`dataStart`), so
 * it is not inside another cell that was left open.
 */
export function followsCellOrRow(b: Uint8Array, k: number, dataStart: number): boolean {
  if (b[k - 4] === LT && b[k - 3] === SLASH && b[k - 2] === 0x63 && b[k - 1] === GT) return true;
  const p = prevByte(b, LT, k - 1);
  const p1 = b[p + 1];
  return (
    p === dataStart ||
    (isCellStart(b, p) && b[nextByte(b, GT, p) - 1] === SLASH) ||
    (p1 === SLASH && b[p + 2] === 0x63) ||
    (p1 === 0x72 && b[p + 2] === 0x6f)
  );
}

/** `<f…>` or `</f…>` at `b[k]`: the tags the scanner steps over between a cell's start and its value. */
function isFormulaTag(b: Uint8Array, k: number): boolean {
  const c1 = b[k + 1];
  return c1 === 0x66 || (c1 === SLASH && b[k + 2] === 0x66);
}

/**
 * The cell holding the marker at `marker`, into `at`: stepping back over `<f …>`, `</f>` and
 * `<f/>` to a `<c …>`. False when the marker stands outside any cell (after `</c>`, `<c/>` or a
 * row tag); throws {@link SLOW} for any other shape.
 */
export function enclosingCell(
  b: Uint8Array,
  w: Int32Array | undefined,
  marker: number,
  dataStart: number,
  at: CellTag,
): boolean {
  let k = marker;
  for (let steps = 0; steps < 4; steps++) {
    k = prevTagStart(b, w, k - 1);
    if (k <= dataStart) throw SLOW;
    if (isFormulaTag(b, k)) continue;
    if (isCellStart(b, k)) {
      const gt = nextByte(b, GT, k);
      if (gt > marker) throw SLOW;
      if (b[gt - 1] === SLASH) return false; // <c …/> then a value tag: outside any cell
      at.start = k;
      at.tagEnd = gt;
      return true;
    }
    const c1 = b[k + 1];
    const c2 = b[k + 2];
    if ((c1 === SLASH && (c2 === 0x63 || c2 === 0x72)) || (c1 === 0x72 && c2 === 0x6f)) return false; // </c>, </row>, <row
    throw SLOW;
  }
  throw SLOW;
}

/** The longest start tag {@link nextCell} follows before leaving the search to {@link nextMarker}. */
const LONG_TAG = 256;

/**
 * The shortcut for rows where value follows value (a look-up list): when the cells starting at
 * `p` are empty `<c …/>` and then a cell whose start tag, at most three `<f>` tags and a marker
 * follow each other directly, that marker is the next one after `p - 1` and that cell is what
 * {@link enclosingCell} finds for it. Returns the marker (its cell into `at`), or -1 when the
 * bytes take any other shape: then {@link nextMarker} and {@link enclosingCell} decide.
 */
export function nextCell(b: Uint8Array, p: number, end: number, at: CellTag): number {
  for (let cells = 0; cells < 8; cells++) {
    if (b[p] !== LT || !isCellStart(b, p)) return -1;
    // The start tag, without another "<" in it.
    let gt = p + 1;
    for (const stop = Math.min(end, p + LONG_TAG); gt < stop; gt++) {
      const c = b[gt];
      if (c === GT) break;
      if (c === LT) return -1;
    }
    if (b[gt] !== GT) return -1;
    if (b[gt - 1] === SLASH) {
      p = gt + 1; // an empty cell: no marker in it
      continue;
    }
    let j = gt + 1;
    for (let steps = 0; ; steps++) {
      if (b[j] !== LT || j + 2 >= end) return -1;
      const c1 = b[j + 1];
      const c2 = b[j + 2];
      if ((c1 === 0x76 && (c2 === GT || c2 === 0x20)) || (c1 === 0x69 && c2 === 0x73)) {
        at.start = p;
        at.tagEnd = gt;
        return j;
      }
      if (steps === 3 || !isFormulaTag(b, j)) return -1;
      j = nextByte(b, LT, j + 1);
      if (j < 0) return -1;
    }
  }
  return -1;
}
