import { COUNTRIES, type ErrorIssue } from '@assay/core';
import { issueText, type PageLanguage } from './error-text.js';
import type { PageContext } from './page-context.js';

/** Field errors by field path, from an `invalid_input` error's issues, worded in the page's language. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrors(page: PageLanguage, issues: readonly ErrorIssue[] | undefined): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues ?? [])
    if (issue.path && !(issue.path in errors)) errors[issue.path] = issueText(page, issue);
  return errors;
}

/** Field errors whose messages are already in the reader's language (the public grievance form's). */
export function fieldMessages(issues: readonly ErrorIssue[] | undefined): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues ?? []) if (issue.path && !(issue.path in errors)) errors[issue.path] = issue.message;
  return errors;
}

type FieldProps = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date' | 'url';
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  id?: string;
  /** The id of a `<datalist>` of suggestions (e.g. {@link COUNTRY_LIST_ID}). */
  list?: string;
};

/** A labelled input with its hint and error wired up for screen readers. */
export function Field({
  name,
  label,
  type = 'text',
  value,
  hint,
  error,
  required,
  autocomplete,
  id,
  list,
}: FieldProps) {
  const fieldId = id ?? `f-${name.replaceAll('.', '-')}`;
  const described = [hint ? `${fieldId}-hint` : '', error ? `${fieldId}-error` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label for={fieldId}>{label}</label>
      {hint ? (
        <span class="hint" id={`${fieldId}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${fieldId}-error`}>
          {error}
        </span>
      ) : null}
      <input
        id={fieldId}
        name={name}
        type={type}
        value={value}
        required={required}
        autocomplete={autocomplete}
        list={list}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </div>
  );
}

/** The summary at the top of a form that failed validation. */
export function ErrorSummary({ page, message }: { page: PageContext; message?: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error-summary" role="alert">
      <strong>{page.t('form.errors')}</strong> {message}
    </div>
  );
}

/** The id of the page's list of country names ({@link CountryList}). */
export const COUNTRY_LIST_ID = 'country-names';

/**
 * Country names in the page's language as suggestions for a text field (`list={COUNTRY_LIST_ID}`):
 * the browser offers them as the user types; the field also takes the English name or the ISO code.
 */
export function CountryList({ page }: { page: PageContext }) {
  const names = COUNTRIES.map((c) => c.name[page.locale]).sort(new Intl.Collator(page.locale).compare);
  return (
    <datalist id={COUNTRY_LIST_ID}>
      {names.map((name) => (
        <option value={name} />
      ))}
    </datalist>
  );
}
