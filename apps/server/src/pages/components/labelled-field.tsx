import type { Child } from 'hono/jsx';
import { describedBy, FieldNotes } from './field-notes.js';

/** What the control of a labelled field carries so the label, hint and error reach screen readers. */
export type ControlAttributes = {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
};

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Renders the control (a select, a textarea) with the attributes given. */
  children: (attributes: ControlAttributes) => Child;
};

/** A form control under its label, hint and error line. */
export function LabelledField({ id, label, hint, error, children }: Props) {
  return (
    <div>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy(id, hint, error) })}
    </div>
  );
}
