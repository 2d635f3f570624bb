import type { Clock } from '../clock.js';
import { daysBetween, endOfMonth, isoDate } from '../dates.js';
import { CLOSED_ACTION_STATUSES } from './action.schema.js';

/** Anything with a due date and, optionally, a status (actions, goals mapped by the caller). */
export type Dated = { readonly dueDate: string; readonly status?: string };

/** An open item due by the end of this month. */
export type DueItem<T extends Dated> = {
  readonly item: T;
  /** The due date has passed. */
  readonly overdue: boolean;
  /** Days from today to the due date; negative when overdue. */
  readonly daysLeft: number;
};

/**
 * Open items due by the end of the clock's calendar month (UTC), overdue ones included, earliest first.
 * Items whose status is done, verified or cancelled are left out.
 */
export function dueThisMonth<T extends Dated>(items: readonly T[], clock: Clock): DueItem<T>[] {
  const today = isoDate(clock.now());
  const monthEnd = endOfMonth(today);
  return items
    .filter((i) => !(CLOSED_ACTION_STATUSES as readonly string[]).includes(i.status ?? ''))
    .filter((i) => i.dueDate <= monthEnd)
    .map((item) => ({ item, overdue: item.dueDate < today, daysLeft: daysBetween(today, item.dueDate) }))
    .sort((a, b) => a.item.dueDate.localeCompare(b.item.dueDate));
}
