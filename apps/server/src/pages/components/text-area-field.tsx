import { fieldId } from './field-notes.js';
import { LabelledField } from './labelled-field.js';

type Props = {
  name: string;
  label: string;
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  id?: string;
  rows?: number;
  required?: boolean;
};

/** A labelled textarea (three rows unless told). */
export function TextAreaField({ name, label, value, hint, error, id, rows = 3, required }: Props) {
  return (
    <LabelledField id={id ?? fieldId(name)} label={label} hint={hint} error={error}>
      {(attributes) => (
        <textarea {...attributes} name={name} rows={rows} required={required}>
          {value ?? ''}
        </textarea>
      )}
    </LabelledField>
  );
}
