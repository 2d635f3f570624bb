import { AppError, type ErrorIssue, fieldLabels, validationKey } from '@assay/core';
import type { z } from 'zod';

/**
 * Validates input with a zod schema; failures become one `invalid_input` error naming each field.
 * Each issue keeps its path (for the API and the form) and its English message, and carries a
 * catalogue key for the pages.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalidInput(
    result.error.issues.map((issue) => ({
      path: issue.path.join('.') || '(input)',
      message: issue.message,
      ...validationKey(issue),
    })),
  );
}

/**
 * The `invalid_input` error for field issues. Its message names the fields by their English names
 * ("Check these fields: Password, Country of origin 1 of material 1."), never by path; pages word
 * it in their own language from the issues (`error.checkFields`).
 */
export function invalidInput(issues: readonly ErrorIssue[]): AppError {
  const paths = issues.flatMap((i) => (i.path === undefined ? [] : [i.path]));
  return new AppError('invalid_input', `Check these fields: ${fieldLabels('en', paths)}.`, {
    issues,
    messageKey: 'error.checkFields',
  });
}
