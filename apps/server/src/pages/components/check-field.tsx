type Props = {
  name: string;
  label: string;
  /** Checked when the form's value is `on` (as a browser posts a checked box). */
  value?: string | undefined;
};

/** A checkbox inside its label. */
export function CheckField({ name, label, value }: Props) {
  return (
    <label class="check">
      <input type="checkbox" name={name} checked={value === 'on'} />
      {label}
    </label>
  );
}
