import type { ErrorIssue } from '../errors.js';
import type { UiMessageKey } from '../i18n/ui/en.js';
import type { Translate } from '../i18n/ui/translate.js';

/** The fields of an import line, by their canonical name (files may call them otherwise; `column` keeps that). */
export type CmrField =
  | 'cn_code'
  | 'quantity'
  | 'unit'
  | 'recycled'
  | 'gold_refined'
  | 'origin_country'
  | 'origin_region'
  | 'decimal_mark';

export const CMR_FIELDS: readonly CmrField[] = [
  'cn_code',
  'quantity',
  'unit',
  'recycled',
  'gold_refined',
  'origin_country',
  'origin_region',
  'decimal_mark',
];

/** Why an import line or file cannot be checked. Texts: `cmr.issue.<code>` in the cmr catalogues. */
export type CmrIssueCode =
  | 'missing_column'
  | 'no_lines'
  | 'too_many_lines'
  | 'cn_empty'
  | 'cn_invalid'
  | 'quantity_empty'
  | 'quantity_invalid'
  | 'quantity_ambiguous'
  | 'quantity_wrong_mark'
  | 'unit_empty'
  | 'unit_ambiguous'
  | 'unit_unknown'
  | 'unit_conflict'
  | 'unit_not_kg'
  | 'recycled_invalid'
  | 'gold_refined_invalid'
  | 'origin_invalid';

/** One problem, where it is (row as the user sees it: file row or form line) and what to fill in. */
export type CmrIssue = {
  readonly row: number | null;
  readonly field: CmrField | null;
  /** The column name as the file writes it (e.g. `hoeveelheid`), when it came from a file. */
  readonly column?: string;
  readonly code: CmrIssueCode;
  readonly params: Readonly<Record<string, string | number>>;
};

/** The catalogue key of an issue's text. */
export const cmrIssueKey = (issue: CmrIssue): UiMessageKey => `cmr.issue.${issue.code}` as UiMessageKey;

/** The field's name in the page's language, or the file's own column name. */
export function cmrFieldLabel(issue: CmrIssue, t: Translate): string {
  if (issue.column) return issue.column;
  return issue.field ? t(`cmr.field.${issue.field}` as UiMessageKey) : '';
}

/** "Row 3, quantity: …" in the translator's language; numbers already formatted by the caller. */
export function cmrIssueText(issue: CmrIssue, t: Translate, params = issue.params): string {
  const where =
    issue.row === null
      ? issue.field
        ? t('cmr.where.field', { field: cmrFieldLabel(issue, t) })
        : ''
      : issue.field
        ? t('cmr.where.rowField', { row: issue.row, field: cmrFieldLabel(issue, t) })
        : t('cmr.where.row', { row: issue.row });
  const text = t(cmrIssueKey(issue), params);
  return where ? `${where}: ${text}` : text;
}

/** The issues as the one error type's issue list (row and column kept, message in the translator's language). */
export function cmrErrorIssues(issues: readonly CmrIssue[], t: Translate, file?: string): ErrorIssue[] {
  return issues.map((i) => ({
    ...(file ? { file } : {}),
    ...(i.row !== null ? { row: i.row } : {}),
    ...(i.field ? { path: cmrFieldLabel(i, t) } : {}),
    message: t(cmrIssueKey(i), i.params),
  }));
}

/**
 * A figure for a message: thousands grouped with a narrow space (the SI way, read alike in both
 * conventions) and the locale's decimal mark: `150 000`, `1 500,5` (nl), `1 500.5` (en).
 */
export function formatKg(n: number, locale: 'nl' | 'en'): string {
  const [whole = '0', frac] = String(Math.round(n * 1e6) / 1e6).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return frac ? `${grouped}${locale === 'nl' ? ',' : '.'}${frac}` : grouped;
}

/** Message parameters with every number written by {@link formatKg}. */
export function localiseParams(
  params: Readonly<Record<string, string | number>>,
  locale: 'nl' | 'en',
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? formatKg(v, locale) : v]),
  );
}
