import {
  type AppError,
  type ErrorCode,
  type ErrorIssue,
  fieldLabels,
  type Translate,
  type UiLocale,
  type UiMessageKey,
} from '@assay/core';

/** What a page needs to word an error: its translator and language. `PageContext` is one. */
export type PageLanguage = { readonly t: Translate; readonly locale: UiLocale };

/** The page message for each error code, when the error carries no message of its own in the UI languages. */
export const PAGE_MESSAGE: Partial<Record<ErrorCode, UiMessageKey>> = {
  not_found: 'error.notFound',
  forbidden: 'error.forbidden',
  csrf_failed: 'error.csrf',
  rate_limited: 'error.rateLimited',
  invalid_input: 'error.invalid',
  malformed_request: 'error.invalid',
  conflict: 'error.conflict',
  payload_too_large: 'error.tooLarge',
};

/**
 * An error's message in the page's language. The English `message` (written for the API and logs) is
 * shown on English pages only; a page in another language shows the error's catalogue message, the
 * names of the fields in question, or the general message of its code — never English text, never
 * an internal field path.
 */
export function errorText(page: PageLanguage, error: AppError): string {
  const fields = fieldPaths(error);
  // Field problems are named by the fields' names in the page's language, never by their paths.
  const byFields = page.t('error.checkTheseFields', { fields: fieldLabels(page.locale, fields) });
  if (fields.length > 0 && error.details.messageKey === 'error.checkFields') return byFields;
  if (error.details.messageKey) return page.t(error.details.messageKey, error.details.params);
  if (error.details.messages) return error.details.messages[page.locale];
  if (page.locale === 'en' && error.code !== 'internal') return error.message;
  if (fields.length > 0) return byFields;
  return page.t(PAGE_MESSAGE[error.code] ?? 'error.internal', { seconds: error.details.retryAfter ?? 60 });
}

/** The field paths an input error names (row and cell problems of files have their own wording). */
function fieldPaths(error: AppError): string[] {
  if (error.code !== 'invalid_input') return [];
  return (error.details.issues ?? []).flatMap((i) =>
    i.path !== undefined && i.row === undefined && i.cell === undefined && i.file === undefined ? [i.path] : [],
  );
}

/** One issue's message in the page's language (see {@link errorText} for the rule). */
export function issueText(page: PageLanguage, issue: ErrorIssue): string {
  if (issue.key) return page.t(issue.key, issue.params);
  return page.locale === 'en' ? issue.message : page.t('validation.invalid');
}
