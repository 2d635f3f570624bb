import { describe, expect, it } from 'vitest';
import { addDays, addMonths, endOfMonth } from './dates.js';

describe('calendar dates', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across a year end', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
  });

  it('finds the end of a month', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
  });

  it('rejects text that is not a date', () => {
    expect(() => addDays('soon', 1)).toThrow();
  });
});
