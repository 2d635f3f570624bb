/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) in UTC. Deadlines are calendar dates, not instants,
 * so a goal due "in three months" does not shift with the server's time zone.
 */

/** The ISO calendar date (UTC) of an instant. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** `date` plus `months` calendar months; the day is clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDate(target);
}

/** `date` plus `days` days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return isoDate(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The last calendar day of the month that `date` falls in. */
export function endOfMonth(date: string): string {
  const [y, m] = parts(date);
  return isoDate(new Date(Date.UTC(y, m, 0)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

function parts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
