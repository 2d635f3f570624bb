import { type CaseDeadlines, can, countryName, type UiMessageKey } from '@assay/core';
import type { Member, StoredGrievance } from '@assay/storage';
import { Notice } from '../components/notice.js';
import type { FieldErrors } from '../form.js';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { AssignAndTriage, StatusActions } from './case-actions.js';
import { CaseConversation } from './case-conversation.js';
import { categoryLabel, formatDay, formatMoment, outcomeLabel, statusLabel } from './case-labels.js';

type Props = {
  page: PageContext;
  grievance: StoredGrievance;
  deadlines: CaseDeadlines;
  members: readonly Member[];
  /** The category the reporter chose, when triage changed it. */
  notice?: string | undefined;
  errors?: FieldErrors;
  message?: string | undefined;
};

function Row({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

function Report({ page, grievance, base }: { page: PageContext; grievance: StoredGrievance; base: string }) {
  const { t } = page;
  const { submission } = grievance;
  return (
    <section class="card" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('cases.report')}</h2>
      <dl class="facts">
        <Row label={t('cases.field.received')} value={formatMoment(grievance.receivedAt, page.locale)} />
        <Row label={t('cases.field.theme')} value={categoryLabel(submission.category, page.locale)} />
        <Row
          label={t('cases.field.country')}
          value={submission.country ? countryName(submission.country, page.locale) : undefined}
        />
        <Row label={t('cases.field.place')} value={submission.place} />
        <Row label={t('cases.field.concerned')} value={submission.concerned} />
        <Row label={t('cases.field.member')} value={submission.member} />
        <Row
          label={t('cases.field.language')}
          value={new Intl.DisplayNames([page.locale], { type: 'language' }).of(submission.language)}
        />
      </dl>
      <h3>{t('cases.field.description')}</h3>
      <p class="pre">{submission.description}</p>
      {grievance.contactEmail ? (
        <>
          <h3>{t('cases.field.contact')}</h3>
          <p>{grievance.contactEmail}</p>
          <p class="hint">{t('cases.contactNote')}</p>
        </>
      ) : null}
      <h3>{t('cases.attachments')}</h3>
      {grievance.attachments.length === 0 ? (
        <p class="muted">{t('cases.attachments.none')}</p>
      ) : (
        <>
          <ul>
            {grievance.attachments.map((attachment) => (
              <li>
                <a href={`${base}/attachments/${attachment.id}`} download>
                  {t('cases.attachments.download', {
                    type: attachment.type.toUpperCase(),
                    size: Math.max(1, Math.round(attachment.size / 1024)),
                  })}
                </a>
                {attachment.messageId ? <span class="muted"> · {t('cases.attachments.withMessage')}</span> : null}
              </li>
            ))}
          </ul>
          <p class="hint">{t('cases.attachments.note')}</p>
        </>
      )}
    </section>
  );
}

function StatusAndDeadlines({
  page,
  grievance,
  deadlines,
}: {
  page: PageContext;
  grievance: StoredGrievance;
  deadlines: CaseDeadlines;
}) {
  const { t } = page;
  return (
    <section class="card" aria-labelledby="status-heading">
      <h2 id="status-heading">{t('cases.status')}</h2>
      <p>
        <strong>{statusLabel(grievance.status, page.locale)}</strong>
        {deadlines.overdue ? <span class="tag overdue"> {t('cases.overdue')}</span> : null}
      </p>
      {grievance.status !== 'closed' ? (
        <ul>
          {grievance.acknowledgedAt ? null : (
            <li>{t('cases.deadline.acknowledge', { date: formatDay(deadlines.acknowledgeBy, page.locale) })}</li>
          )}
          {deadlines.followUpBy ? (
            <li>{t('cases.deadline.followUp', { date: formatDay(deadlines.followUpBy, page.locale) })}</li>
          ) : null}
        </ul>
      ) : null}
      {deadlines.acknowledgedLate ? <p class="muted">{t('cases.deadline.late')}</p> : null}
      {grievance.remedyPlan ? (
        <p>
          <strong>{t('cases.remedy.plan')}:</strong> <span class="pre">{grievance.remedyPlan.description}</span>
          {grievance.remedyPlan.dueBy ? ` (${grievance.remedyPlan.dueBy})` : ''}
        </p>
      ) : null}
      {grievance.remedyRecord ? (
        <p>
          <strong>{t('cases.remedy.record')}:</strong>{' '}
          {t(`cases.remedy.${grievance.remedyRecord.result}` as UiMessageKey)} —{' '}
          <span class="pre">{grievance.remedyRecord.description}</span>
        </p>
      ) : null}
      {grievance.outcome ? (
        <p>
          <strong>{t('cases.outcome')}:</strong> {outcomeLabel(grievance.outcome.kind, page.locale)} —{' '}
          <span class="pre">{grievance.outcome.summary}</span>
        </p>
      ) : null}
      <h3>{t('cases.history')}</h3>
      <ol class="history">
        {grievance.history.map((change) => (
          <li>
            {formatMoment(change.at, page.locale)}: {t(`cases.event.${change.event}` as UiMessageKey)} →{' '}
            {statusLabel(change.to, page.locale)}
            {change.reason ? <span class="pre"> ({change.reason})</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One case for officers: the report, status and deadlines, next steps, conversation and notes. */
export function CaseDetailPage({ page, grievance, deadlines, members, notice, errors = {}, message }: Props) {
  const { t } = page;
  const casesBase = `/o/${page.organisation?.slug ?? ''}/cases`;
  const base = `${casesBase}/${grievance.id}`;
  const mayHandle = page.role ? can(page.role, 'data.edit') : false;
  return (
    <Layout page={page} title={t('cases.case', { number: grievance.caseNumber })}>
      <p>
        <a href={casesBase}>← {t('cases.back')}</a>
      </p>
      <h1>{t('cases.case', { number: grievance.caseNumber })}</h1>
      <Notice text={notice} />
      {message ? (
        <div class="error-summary" role="alert">
          <strong>{t('form.errors')}</strong> {message}
        </div>
      ) : null}
      {mayHandle ? null : <p class="banner">{t('cases.readOnly')}</p>}
      <div class="two-col">
        <Report page={page} grievance={grievance} base={base} />
        <StatusAndDeadlines page={page} grievance={grievance} deadlines={deadlines} />
      </div>
      {mayHandle ? <StatusActions page={page} grievance={grievance} base={base} errors={errors} /> : null}
      {mayHandle ? <AssignAndTriage page={page} grievance={grievance} base={base} members={members} /> : null}
      <CaseConversation
        page={page}
        grievance={grievance}
        base={base}
        members={members}
        mayHandle={mayHandle}
        errors={errors}
      />
      <section class="card" aria-labelledby="links-heading">
        <h2 id="links-heading">{t('cases.links')}</h2>
        <p class="muted">{t('cases.links.planned')}</p>
      </section>
    </Layout>
  );
}
