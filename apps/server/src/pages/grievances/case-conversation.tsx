import type { CaseMessage } from '@assay/core';
import type { Member, StoredGrievance } from '@assay/storage';
import type { FieldErrors } from '../form.js';
import { Csrf } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { formatMoment } from './case-labels.js';

type Props = {
  page: PageContext;
  grievance: StoredGrievance;
  base: string;
  members: readonly Member[];
  mayHandle: boolean;
  errors: FieldErrors;
};

function MessageList({
  page,
  messages,
  members,
  empty,
}: {
  page: PageContext;
  messages: readonly CaseMessage[];
  members: readonly Member[];
  empty: string;
}) {
  const author = (message: CaseMessage) => {
    if (message.visibility === 'reporter' && message.from === 'reporter') return page.t('cases.from.reporter');
    return members.find((m) => m.userId === message.officerId)?.name ?? page.t('cases.from.officer');
  };
  if (messages.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ol class="messages">
      {messages.map((message) => (
        <li class="message">
          <p class="muted">
            <strong>{author(message)}</strong> · {formatMoment(message.at, page.locale)}
          </p>
          <p class="pre">{message.body}</p>
        </li>
      ))}
    </ol>
  );
}

function WriteForm({
  page,
  base,
  visibility,
  label,
  submit,
  error,
}: {
  page: PageContext;
  base: string;
  visibility: 'reporter' | 'internal';
  label: string;
  submit: string;
  error?: string | undefined;
}) {
  const id = `f-body-${visibility}`;
  return (
    <form method="post" action={`${base}/messages`}>
      <Csrf page={page} />
      <input type="hidden" name="visibility" value={visibility} />
      <label for={id}>{label}</label>
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <textarea
        id={id}
        name="body"
        rows={4}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      ></textarea>
      <button type="submit">{submit}</button>
    </form>
  );
}

/**
 * The conversation with the reporter and the internal notes, kept apart on the page as in storage:
 * a note is never shown to the reporter.
 */
export function CaseConversation({ page, grievance, base, members, mayHandle, errors }: Props) {
  const { t } = page;
  const conversation = grievance.messages.filter((m) => m.visibility === 'reporter');
  const notes = grievance.messages.filter((m) => m.visibility === 'internal');
  return (
    <div class="two-col">
      <section class="card" aria-labelledby="conversation-heading">
        <h2 id="conversation-heading">{t('cases.conversation')}</h2>
        <p class="hint">{t('cases.conversation.hint')}</p>
        <MessageList page={page} messages={conversation} members={members} empty={t('cases.messages.none')} />
        {mayHandle ? (
          <WriteForm
            page={page}
            base={base}
            visibility="reporter"
            label={t('cases.reply.label')}
            submit={t('cases.reply.submit')}
            error={errors.body}
          />
        ) : null}
      </section>
      <section class="card internal" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('cases.notes')}</h2>
        <p class="hint">{t('cases.notes.hint')}</p>
        <MessageList page={page} messages={notes} members={members} empty={t('cases.notes.none')} />
        {mayHandle ? (
          <WriteForm
            page={page}
            base={base}
            visibility="internal"
            label={t('cases.note.label')}
            submit={t('cases.note.submit')}
          />
        ) : null}
      </section>
    </div>
  );
}
