/**
 * The one place where SQLite and PostgreSQL differences are smoothed over, so that
 * repositories are written once:
 * - counts: PostgreSQL returns bigint counts as strings, SQLite as numbers → {@link toCount};
 * - booleans: stored as integer 0/1 on both dialects → {@link toFlag} / {@link fromFlag};
 * - ids: UUID text made by the application, never database sequences → {@link newId};
 * - timestamps: ISO-8601 UTC text, comparable as strings on both → {@link isoNow};
 * - JSON: stored as text on both → {@link toJson} / {@link fromJson}.
 */
import { randomUUID } from 'node:crypto';

export type Dialect = 'sqlite' | 'postgres';

/** A count as returned by either driver (`number`, `bigint` or numeric `string`) → number. */
export function toCount(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number.parseInt(value, 10);
  return 0;
}

/** A stored 0/1 flag → boolean. */
export function fromFlag(value: number | boolean | null | undefined): boolean {
  return value === 1 || value === true;
}

/** A boolean → the stored 0/1 flag. */
export function toFlag(value: boolean): number {
  return value ? 1 : 0;
}

/** A new random id (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/** The given instant (default: now) as stored: ISO-8601 UTC with milliseconds. */
export function isoNow(date: Date = new Date()): string {
  return date.toISOString();
}

/** A value → JSON text for storage. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Stored JSON text → value (`null` for empty). */
export function fromJson<T>(text: string | null | undefined): T | null {
  if (text === null || text === undefined || text === '') return null;
  return JSON.parse(text) as T;
}
