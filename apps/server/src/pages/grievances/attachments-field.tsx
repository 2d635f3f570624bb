import { DEFAULT_ATTACHMENT_LIMITS } from '@assay/core';
import { FieldError } from './public-layout.js';
import type { PublicPage } from './public-page.js';

const MB = 1024 * 1024;

type Props = {
  page: PublicPage;
  error: string | undefined;
  /** A sentence after the limits in the hint (e.g. what to leave out of photos). */
  note?: string | undefined;
  /** The file types the picker offers. */
  accept?: string | undefined;
};

/** The file field for photos and documents on the public channel, with the count and size limits as its hint. */
export function AttachmentsField({ page, error, note, accept }: Props) {
  const { m } = page;
  return (
    <>
      <label for="f-attachments">{m('grievances.form.attachments.label')}</label>
      <span class="hint" id="f-attachments-hint">
        {m('grievances.form.attachments.hint', {
          count: DEFAULT_ATTACHMENT_LIMITS.maxCount,
          size: Math.floor(DEFAULT_ATTACHMENT_LIMITS.maxFileBytes / MB),
        })}
        {note ? ` ${note}` : null}
      </span>
      <FieldError field="attachments" error={error} />
      <input
        id="f-attachments"
        name="attachments"
        type="file"
        multiple
        accept={accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'f-attachments-hint f-attachments-error' : 'f-attachments-hint'}
      />
    </>
  );
}
