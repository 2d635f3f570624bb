import type { ErrorIssue } from '@assay/core';
import type { PageContext } from './page-context.js';

/** Field errors by field path, from an `invalid_input` error's issues. */
export type FieldErrors = Readonly<Record<string, string>>;

export function fieldErrors(issues: readonly ErrorIssue[] | undefined): FieldErrors {
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
};

/** A labelled input with its hint and error wired up for screen readers. */
export function Field({ name, label, type = 'text', value, hint, error, required, autocomplete, id }: FieldProps) {
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
