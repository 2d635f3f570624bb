/**
 * The times of what a reporter does (a report received, a message or file added), kept only as
 * precisely as the officer needs them. A reverse proxy's access log holds the reporter's address
 * next to a millisecond time; a stored millisecond reception time would match that line and name
 * the reporter. The deadlines an officer works to are counted in days, so the hour (or the day)
 * is enough, and everything Assay keeps or logs about a report is cut to it.
 */

export const RECEPTION_PRECISIONS = ['hour', 'day'] as const;

/** How precisely reception times are kept: to the hour (default) or to the day, in UTC. */
export type ReceptionPrecision = (typeof RECEPTION_PRECISIONS)[number];

/** The default: the hour, enough to tell the order of the day's reports and to count deadlines. */
export const DEFAULT_RECEPTION_PRECISION: ReceptionPrecision = 'hour';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** `at` cut down to the start of its UTC hour or day. */
export function receptionTime(at: Date, precision: ReceptionPrecision = DEFAULT_RECEPTION_PRECISION): Date {
  const unit = precision === 'day' ? DAY_MS : HOUR_MS;
  return new Date(Math.floor(at.getTime() / unit) * unit);
}

/** {@link receptionTime} as stored: ISO-8601 UTC text (`2025-03-01T10:00:00.000Z`). */
export function receptionTimeText(at: Date, precision: ReceptionPrecision = DEFAULT_RECEPTION_PRECISION): string {
  return receptionTime(at, precision).toISOString();
}

/** True when the stored time `text` carries nothing finer than `precision`. */
export function isAtPrecision(text: string, precision: ReceptionPrecision = DEFAULT_RECEPTION_PRECISION): boolean {
  const at = new Date(text);
  return !Number.isNaN(at.getTime()) && receptionTime(at, precision).getTime() === at.getTime();
}
