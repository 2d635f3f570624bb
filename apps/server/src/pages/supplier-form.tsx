/** The fields of the supplier forms (add on the register page, edit on the detail page), declared as data. */
import type { UiMessageKey } from '@assay/core';
import { CheckField } from './components/check-field.js';
import { TextAreaField } from './components/text-area-field.js';
import { COUNTRY_LIST_ID, CountryList, Field, type FieldErrors } from './form.js';
import type { PageContext } from './page-context.js';

/** A field of a supplier form: its name, label, hint and control (a text input unless said otherwise). */
export type SupplierFormField = readonly [
  name: string,
  label: UiMessageKey,
  hint?: UiMessageKey,
  control?: 'required' | 'number' | 'date' | 'textarea' | 'checkbox' | 'country',
];

function SupplierField({
  page,
  field: [name, label, hint, control],
  values,
  errors,
}: {
  page: PageContext;
  field: SupplierFormField;
  values: Readonly<Record<string, string>>;
  errors: FieldErrors;
}) {
  if (control === 'checkbox') return <CheckField name={name} label={page.t(label)} value={values[name]} />;
  const props = { name, label: page.t(label), hint: hint && page.t(hint), value: values[name], error: errors[name] };
  if (control === 'textarea') return <TextAreaField {...props} />;
  return (
    <Field
      {...props}
      type={control === 'number' || control === 'date' ? control : undefined}
      required={control === 'required' || undefined}
      list={control === 'country' ? COUNTRY_LIST_ID : undefined}
    />
  );
}

/** The fields of a supplier form, each with its value and error. */
export function SupplierFields({
  page,
  fields,
  values,
  errors,
}: {
  page: PageContext;
  fields: readonly SupplierFormField[];
  values: Readonly<Record<string, string>>;
  errors: FieldErrors;
}) {
  return (
    <>
      {fields.map((field) => (
        <SupplierField page={page} field={field} values={values} errors={errors} />
      ))}
      {fields.some((field) => field[3] === 'country') ? <CountryList page={page} /> : null}
    </>
  );
}
