/** The id of a field's control by its name: `materials.0.kg` → `f-materials-0-kg`. */
export const fieldId = (name: string) => `f-${name.replaceAll('.', '-')}`;

/** The ids of a field's hint and error lines, for its `aria-describedby`. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** Hint and error lines under a label, with the ids `aria-describedby` points at. */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </>
  );
}
