import type { LocalizedText, UiMessageKey } from '@assay/core';
import { can, getMaterial } from '@assay/core';
import type { Child } from 'hono/jsx';
import { describedBy, FieldNotes, fieldId } from '../components/field-notes.js';
import type { FieldErrors } from '../form.js';
import type { PageContext } from '../page-context.js';

/** A core text in the page's language. */
export function lt(page: PageContext, text: LocalizedText): string {
  return text[page.locale];
}

/** A catalogue key built from a prefix and a value, e.g. `dd.actionType.` + `mitigate`. */
export function tk(page: PageContext, prefix: string, value: string): string {
  return page.t(`${prefix}${value}` as UiMessageKey);
}

/** The organisation's base path. */
export function orgBase(page: PageContext): string {
  return `/o/${page.organisation?.slug ?? ''}`;
}

export function mayEdit(page: PageContext): boolean {
  return page.role ? can(page.role, 'data.edit') : false;
}

/** The error of a field, or of anything under it (`materials.0.originCountries.1` → `materials.0.originCountries`). */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  if (errors[name]) return errors[name];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${name}.`));
  return nested ? errors[nested] : undefined;
}

type Option = { value: string; label: string };

/** A group of radio buttons or checkboxes in a fieldset with a legend. */
export function ChoiceGroup(props: {
  name: string;
  legend: Child;
  type: 'radio' | 'checkbox';
  options: readonly Option[];
  checked: readonly string[];
  error?: string | undefined;
  hint?: string | undefined;
  idPrefix?: string;
  inline?: boolean;
}) {
  const prefix = props.idPrefix ?? fieldId(props.name);
  return (
    <fieldset
      class={props.inline ? 'choices inline' : 'choices'}
      aria-describedby={describedBy(prefix, props.hint, props.error)}
    >
      <legend>{props.legend}</legend>
      <FieldNotes id={prefix} hint={props.hint} error={props.error} />
      {props.options.map((o) => (
        <label class="check" for={`${prefix}-${o.value}`}>
          <input
            type={props.type}
            id={`${prefix}-${o.value}`}
            name={props.name}
            value={o.value}
            checked={props.checked.includes(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** An ISO date (YYYY-MM-DD) as the page's long date, e.g. "28 maart 2025". */
export function longDate(page: PageContext, iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(page.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A percentage with one decimal in the page's number format, or a dash. */
export function percent(page: PageContext, value: number | null): string {
  if (value === null) return '–';
  return `${new Intl.NumberFormat(page.locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value)}%`;
}

/** A catalogue material's name in the page's language (the id when it is not in the catalogue). */
export function materialLabel(page: PageContext, id: string | null): string {
  if (!id) return '–';
  const m = getMaterial(id);
  return m ? lt(page, m.name) : id;
}
