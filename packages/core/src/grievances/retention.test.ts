import { describe, expect, it } from 'vitest';
import { caseIn, day } from './case-fixtures.js';
import { casesDueForDeletion } from './retention.js';

describe('casesDueForDeletion', () => {
  const closed = caseIn('closed'); // closed on day 4
  const open = caseIn('under_investigation');

  it('returns closed cases once the retention period has passed', () => {
    expect(casesDueForDeletion([closed], 30, day(34))).toEqual([closed]);
    expect(casesDueForDeletion([closed], 30, day(33))).toEqual([]);
  });

  it('never returns open cases, however old', () => {
    expect(casesDueForDeletion([open], 30, day(10_000))).toEqual([]);
  });

  it('works on light rows as storage keeps them', () => {
    const rows = [
      { id: 'a', status: 'closed', closedAt: day(0).toISOString() },
      { id: 'b', status: 'acknowledged' },
    ] as const;
    expect(casesDueForDeletion(rows, 1, day(2)).map((row) => row.id)).toEqual(['a']);
  });
});
