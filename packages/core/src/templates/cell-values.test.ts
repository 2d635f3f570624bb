import { describe, expect, it } from 'vitest';
import { MAX_COLS } from './cell-ref.js';
import { CellValues } from './cell-values.js';

describe('CellValues', () => {
  const narrow = new CellValues(17);
  const wide = new CellValues(MAX_COLS);
  for (const store of [narrow, wide]) {
    store.set(9, 2, 'b');
    store.set(3, 17, 42);
    store.set(3, 1, true);
    store.set(3, 1, 'again');
  }
  it('answers the same in both layouts, for any key', () => {
    const probes: [number, number][] = [
      [3, 1],
      [3, 17],
      [9, 2],
      [9, 3],
      [0, 2],
      [2, MAX_COLS + 17],
      [3, 0],
      [-1, 3],
      [3.5, 1],
      [8, MAX_COLS + 2],
      [1_048_577, 1],
    ];
    for (const [row, col] of probes) expect(narrow.get(row, col)).toBe(wide.get(row, col));
    expect(narrow.get(3, 1)).toBe('again');
    expect(narrow.get(8, MAX_COLS + 2)).toBe('b');
  });
  it('counts cells and lists rows in order', () => {
    expect(narrow.size).toBe(3);
    expect(wide.size).toBe(3);
    expect(narrow.rowsWithValues()).toEqual([3, 9]);
    expect(wide.rowsWithValues()).toEqual([3, 9]);
  });
});
