import { describe, expect, it } from 'vitest';
import { isAtPrecision, receptionTime, receptionTimeText } from './reception-time.js';

describe('reception times', () => {
  const at = new Date('2025-03-01T10:37:12.345Z');

  it('cuts a time to the start of its UTC hour by default, or of its day', () => {
    expect(receptionTimeText(at)).toBe('2025-03-01T10:00:00.000Z');
    expect(receptionTimeText(at, 'hour')).toBe('2025-03-01T10:00:00.000Z');
    expect(receptionTimeText(at, 'day')).toBe('2025-03-01T00:00:00.000Z');
    expect(receptionTime(new Date('2025-12-31T23:59:59.999Z'), 'day').toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });

  it('leaves a time that is already coarse as it is', () => {
    expect(receptionTimeText(new Date('2025-03-01T10:00:00.000Z'))).toBe('2025-03-01T10:00:00.000Z');
  });

  it('tells a coarse stored time from a fine one', () => {
    expect(isAtPrecision('2025-03-01T10:00:00.000Z')).toBe(true);
    expect(isAtPrecision('2025-03-01T10:00:00.001Z')).toBe(false);
    expect(isAtPrecision(at.toISOString())).toBe(false);
    expect(isAtPrecision('2025-03-01T10:00:00.000Z', 'day')).toBe(false);
    expect(isAtPrecision('2025-03-01T00:00:00.000Z', 'day')).toBe(true);
    expect(isAtPrecision('not a time')).toBe(false);
  });
});
