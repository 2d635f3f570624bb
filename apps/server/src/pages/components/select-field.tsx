import { fieldId } from './field-notes.js';
import { LabelledField } from './labelled-field.js';

type Option = { value: string; label: string };

type Props = {
  name: string;
  label: string;
  options: readonly Option[];
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  id?: string;
  required?: boolean;
};

/** A labelled select; the option with the given value is selected. */
export function SelectField({ name, label, options, value, hint, error, id, required }: Props) {
  return (
    <LabelledField id={id ?? fieldId(name)} label={label} hint={hint} error={error}>
      {(attributes) => (
        <select {...attributes} name={name} required={required}>
          {options.map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
