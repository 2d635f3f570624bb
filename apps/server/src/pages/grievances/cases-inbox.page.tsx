import { CASE_STATUSES, type CaseStatus, can, type GrievanceSettings } from '@assay/core';
import type { CaseWithDeadlines } from '@assay/services';
import type { Member } from '@assay/storage';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { categoryLabel, formatDay, statusLabel } from './case-labels.js';

type Props = {
  page: PageContext;
  cases: readonly CaseWithDeadlines[];
  members: readonly Member[];
  settings: GrievanceSettings;
  status?: CaseStatus | undefined;
  channelUrl: string;
  notice?: string | undefined;
  errors?: FieldErrors;
  message?: string | undefined;
  values?: Readonly<Record<string, string>>;
};

/** The next deadline of a case: acknowledging, else the next message to the reporter. */
function NextDeadline({ item, page }: { item: CaseWithDeadlines; page: PageContext }) {
  const { deadlines, grievance } = item;
  if (grievance.status === 'closed') return <>—</>;
  const due = grievance.acknowledgedAt ? deadlines.followUpBy : deadlines.acknowledgeBy;
  return (
    <>
      {due ? formatDay(due, page.locale) : '—'}{' '}
      {deadlines.overdue ? <span class="tag overdue">{page.t('cases.overdue')}</span> : null}
    </>
  );
}

/** The officers' inbox: every case with its status, theme, assignee and next deadline. */
export function CasesInboxPage({
  page,
  cases,
  members,
  settings,
  status,
  channelUrl,
  notice,
  errors = {},
  message,
  values = {},
}: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}/cases`;
  const nameOf = (userId: string | undefined) =>
    members.find((m) => m.userId === userId)?.name ?? t('cases.unassigned');
  const mayManage = page.role ? can(page.role, 'organisation.manage') : false;
  return (
    <Layout page={page} title={t('cases.title')}>
      <h1>{t('cases.title')}</h1>
      <p>{t('cases.intro')}</p>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <section class="card" aria-labelledby="channel-heading">
        <h2 id="channel-heading">{t('cases.channel')}</h2>
        <code class="link">{channelUrl}</code>
        <p class="muted">{t('cases.channelHint')}</p>
      </section>
      <p>
        <a href={`${base}/statistics`}>{t('cases.statistics')}</a>
      </p>
      <form method="get" action={base} class="inline-form">
        <label for="f-status">{t('cases.filter.label')}</label>
        <select id="f-status" name="status">
          <option value="">{t('cases.filter.all')}</option>
          {CASE_STATUSES.map((s) => (
            <option value={s} selected={status === s}>
              {statusLabel(s, page.locale)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="small secondary">
          {t('cases.filter.apply')}
        </button>
      </form>
      {cases.length === 0 ? (
        <p class="card">{t('cases.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('cases.col.number')}</th>
                <th scope="col">{t('cases.col.received')}</th>
                <th scope="col">{t('cases.col.theme')}</th>
                <th scope="col">{t('cases.col.status')}</th>
                <th scope="col">{t('cases.col.assignee')}</th>
                <th scope="col">{t('cases.col.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => (
                <tr>
                  <td>
                    <a href={`${base}/${item.grievance.id}`}>{item.grievance.caseNumber}</a>
                  </td>
                  <td>{formatDay(item.grievance.receivedAt, page.locale)}</td>
                  <td>{categoryLabel(item.grievance.submission.category, page.locale)}</td>
                  <td>{statusLabel(item.grievance.status, page.locale)}</td>
                  <td>{nameOf(item.grievance.assigneeId)}</td>
                  <td>
                    <NextDeadline item={item} page={page} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManage ? (
        <section class="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('cases.settings.title')}</h2>
          <ErrorSummary page={page} message={message} />
          <form method="post" action={`${base}/settings`}>
            <Csrf page={page} />
            <Field
              name="acknowledgeWithinDays"
              type="number"
              label={t('cases.settings.acknowledge')}
              value={values.acknowledgeWithinDays ?? String(settings.acknowledgeWithinDays)}
              error={errors.acknowledgeWithinDays}
              required
            />
            <Field
              name="followUpWithinDays"
              type="number"
              label={t('cases.settings.followUp')}
              value={values.followUpWithinDays ?? String(settings.followUpWithinDays)}
              error={errors.followUpWithinDays}
              required
            />
            <Field
              name="retentionDays"
              type="number"
              label={t('cases.settings.retention')}
              hint={t('cases.settings.retentionHint')}
              value={values.retentionDays ?? String(settings.retentionDays)}
              error={errors.retentionDays}
              required
            />
            <button type="submit">{t('form.save')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
