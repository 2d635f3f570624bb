import { AppError, validationKey } from '@assay/core';
import type { z } from 'zod';

/**
 * Validates input with a zod schema; failures become one `invalid_input` error naming each field.
 * Each issue keeps its English message (API, logs) and carries a catalogue key for the pages.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || '(input)',
    message: issue.message,
    ...validationKey(issue),
  }));
  const fields = [...new Set(issues.map((i) => i.path))].join(', ');
  throw new AppError('invalid_input', `Check these fields: ${fields}.`, { issues, messageKey: 'error.checkFields' });
}
