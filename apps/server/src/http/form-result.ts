import { type AppError, type ErrorCode, isAppError } from '@assay/core';

/** The outcome of a form submission: the value, or the input error to show next to the fields. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * Runs a use case for a form. Input and conflict errors come back as data so the page can be
 * shown again with the user's values and the messages next to the fields; anything else is thrown
 * to the error handler. `alsoShown` names further codes the form's page explains itself (an
 * invitation refused for another account).
 */
export async function tryForm<T>(work: () => Promise<T>, alsoShown: readonly ErrorCode[] = []): Promise<FormResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (
      isAppError(error) &&
      (error.code === 'invalid_input' || error.code === 'conflict' || alsoShown.includes(error.code))
    )
      return { ok: false, error };
    throw error;
  }
}

/** Expands `a.b` form field names into nested objects: `{ 'owner.name': 'x' }` → `{ owner: { name: 'x' } }`. */
export function nestFields(fields: Readonly<Record<string, string>>): Record<string, Record<string, string>> {
  const nested: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(fields)) {
    const dot = key.indexOf('.');
    if (dot <= 0) continue;
    const group = key.slice(0, dot);
    nested[group] ??= {};
    nested[group][key.slice(dot + 1)] = value;
  }
  return nested;
}
