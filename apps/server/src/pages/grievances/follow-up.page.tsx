import type { GrievanceMessageKey, PublicCaseView } from '@assay/core';
import { Notice } from '../components/notice.js';
import { AttachmentsField } from './attachments-field.js';
import { FieldError, PublicErrorSummary, PublicLayout } from './public-layout.js';
import { channelHref, formatDate, type PublicPage } from './public-page.js';

type Credentials = { caseNumber: string; passphrase: string };

type Props = {
  page: PublicPage;
  /** The opened report; without it the page asks for the case number and passphrase. */
  view?: PublicCaseView;
  credentials?: Credentials;
  values?: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
  message?: string | undefined;
  notice?: string | undefined;
};

/** The case number and passphrase form. */
function OpenForm({ page, values = {}, errors = {} }: Pick<Props, 'page' | 'values' | 'errors'>) {
  const { m } = page;
  return (
    <form method="post" action={channelHref(page, '/follow-up')} class="card">
      <input type="hidden" name="_csrf" value={page.csrfToken} />
      <label for="f-caseNumber">{m('grievances.follow_up.case_number.label')}</label>
      <FieldError field="caseNumber" error={errors.caseNumber} />
      <input
        id="f-caseNumber"
        name="caseNumber"
        type="text"
        required
        autocomplete="off"
        spellcheck={false}
        value={values.caseNumber ?? ''}
        aria-invalid={errors.caseNumber ? 'true' : undefined}
        aria-describedby={errors.caseNumber ? 'f-caseNumber-error' : undefined}
      />
      <label for="f-passphrase">{m('grievances.follow_up.passphrase.label')}</label>
      <FieldError field="passphrase" error={errors.passphrase} />
      <input
        id="f-passphrase"
        name="passphrase"
        type="password"
        required
        autocomplete="off"
        spellcheck={false}
        aria-invalid={errors.passphrase ? 'true' : undefined}
        aria-describedby={errors.passphrase ? 'f-passphrase-error' : undefined}
      />
      <button type="submit">{m('grievances.follow_up.open')}</button>
    </form>
  );
}

/** The opened report: status, what was reported, the conversation, and a form to write more. */
function CaseView({
  page,
  view,
  credentials,
  errors = {},
}: Required<Pick<Props, 'page' | 'view' | 'credentials'>> & Pick<Props, 'errors'>) {
  const { m } = page;
  return (
    <>
      <section class="card" aria-labelledby="status-heading">
        <h2 id="status-heading">{m('grievances.follow_up.status')}</h2>
        <p>
          <strong>{m(`grievances.status.${view.status}` as GrievanceMessageKey)}</strong>
          {' — '}
          {m(`grievances.status.${view.status}.description` as GrievanceMessageKey)}
        </p>
        {view.outcome ? <p>{m(`grievances.outcome.${view.outcome}` as GrievanceMessageKey)}</p> : null}
        <p class="muted">
          {view.caseNumber} · {m('grievances.follow_up.received_on', { date: formatDate(page, view.receivedAt) })}
        </p>
        {view.status === 'closed' ? <p>{m('grievances.follow_up.closed_note')}</p> : null}
      </section>

      <section class="card" aria-labelledby="report-heading">
        <h2 id="report-heading">{m('grievances.follow_up.your_report')}</h2>
        <p>
          <strong>{m(`grievances.category.${view.report.category}` as GrievanceMessageKey)}</strong>
        </p>
        {view.report.place || view.report.country ? (
          <p>{[view.report.place, view.report.country].filter(Boolean).join(', ')}</p>
        ) : null}
        {view.report.concerned ? <p>{view.report.concerned}</p> : null}
        <p class="pre">{view.report.description}</p>
      </section>

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{m('grievances.follow_up.messages')}</h2>
        {view.messages.length === 0 ? <p class="muted">{m('grievances.follow_up.no_messages')}</p> : null}
        <ol class="messages">
          {view.messages.map((message) => (
            <li class={`message from-${message.from}`}>
              <p class="muted">
                <strong>
                  {message.from === 'reporter'
                    ? m('grievances.follow_up.from_you')
                    : m('grievances.follow_up.from_organisation', { organisation: page.organisationName })}
                </strong>{' '}
                · {formatDate(page, message.at)}
              </p>
              <p class="pre">{message.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <form method="post" action={channelHref(page, '/follow-up/messages')} enctype="multipart/form-data" class="card">
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        <input type="hidden" name="caseNumber" value={credentials.caseNumber} />
        <input type="hidden" name="passphrase" value={credentials.passphrase} />
        <label for="f-body">{m('grievances.follow_up.reply.label')}</label>
        <FieldError field="body" error={errors.body} />
        <textarea
          id="f-body"
          name="body"
          rows={5}
          aria-invalid={errors.body ? 'true' : undefined}
          aria-describedby={errors.body ? 'f-body-error' : undefined}
        ></textarea>
        <AttachmentsField page={page} error={errors.attachments} />
        <button type="submit">{m('grievances.follow_up.reply.submit')}</button>
      </form>
      <p>
        <a href={channelHref(page, '/follow-up')}>{m('grievances.follow_up.leave')}</a>
      </p>
    </>
  );
}

/**
 * The reporter's follow-up page. Without JavaScript or cookies, the case number and passphrase
 * travel in hidden fields of the reply form (the response is never cached).
 */
export function FollowUpPage({ page, view, credentials, values, errors = {}, message, notice }: Props) {
  const { m } = page;
  return (
    <PublicLayout page={page} title={m('grievances.follow_up.title')}>
      <h1>{m('grievances.follow_up.title')}</h1>
      <Notice text={notice} />
      <PublicErrorSummary title={message} errors={errors} />
      {view && credentials ? (
        <CaseView page={page} view={view} credentials={credentials} errors={errors} />
      ) : (
        <>
          <p>{m('grievances.follow_up.intro')}</p>
          <OpenForm page={page} values={values} errors={errors} />
        </>
      )}
    </PublicLayout>
  );
}
