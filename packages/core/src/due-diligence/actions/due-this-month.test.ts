import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.js';
import { dueThisMonth } from './due-this-month.js';

describe('dueThisMonth', () => {
  const clock = fixedClock('2025-02-10T23:30:00Z');
  const items = [
    { id: 'next-month', dueDate: '2025-03-01', status: 'planned' },
    { id: 'end-of-month', dueDate: '2025-02-28', status: 'in_progress' },
    { id: 'overdue', dueDate: '2025-01-20', status: 'on_hold' },
    { id: 'today', dueDate: '2025-02-10' },
    { id: 'done-late', dueDate: '2025-01-05', status: 'done' },
    { id: 'cancelled', dueDate: '2025-02-12', status: 'cancelled' },
  ];

  it('returns open items due by the end of the month, overdue first, with days left', () => {
    expect(dueThisMonth(items, clock).map((d) => [d.item.id, d.overdue, d.daysLeft])).toEqual([
      ['overdue', true, -21],
      ['today', false, 0],
      ['end-of-month', false, 18],
    ]);
  });

  it('returns nothing for an empty list', () => {
    expect(dueThisMonth([], clock)).toEqual([]);
  });
});
