import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.js';

/** A form body with repeated fields kept as lists (checkbox groups); files are ignored. */
export type FormBody = Record<string, string | string[]>;

export async function readFormAll(c: Context<AppEnv>): Promise<FormBody> {
  const body = await c.req.parseBody({ all: true });
  const fields: FormBody = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') fields[key] = value;
    else if (Array.isArray(value)) fields[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return fields;
}

/** One value of a field (the first of a list). */
export function one(body: FormBody, key: string): string {
  const value = body[key];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** All values of a field. */
export function all(body: FormBody, key: string): string[] {
  const value = body[key];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** A number field: empty → undefined; anything else is passed on for the schema to judge (and name). */
export function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(/[\s_]/g, ''));
  return Number.isFinite(n) ? n : trimmed;
}

/** The fields of one form as plain strings (first values), for re-showing a form. */
export function flat(body: FormBody): Record<string, string> {
  return Object.fromEntries(Object.keys(body).map((k) => [k, one(body, k)]));
}
