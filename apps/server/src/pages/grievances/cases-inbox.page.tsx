import { CASE_STATUSES, type CaseStatus, can, type GrievanceSettings } from '@assay/core';
import type { CaseWithDeadlines } from '@assay/services';
import type { Member } from '@assay/storage';
import { DataTable } from '../components/data-table.js';
import { Notice } from '../components/notice.js';
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
      <Notice text={notice} />
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
        <DataTable
          columns={[
            t('cases.col.number'),
            t('cases.col.received'),
            t('cases.col.theme'),
            t('cases.col.status'),
            t('cases.col.assignee'),
            t('cases.col.deadline'),
          ]}
        >
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
        </DataTable>
      )}
      {mayManage ? (
        <section class="card" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('cases.settings.title')}</h2>
          <ErrorSummary page={page} message={message} />
          <form method="post" action={`${base}/settings`}>
            <Csrf page={page} />
            {(
              [
                ['acknowledgeWithinDays', t('cases.settings.acknowledge'), undefined],
                ['followUpWithinDays', t('cases.settings.followUp'), undefined],
                ['retentionDays', t('cases.settings.retention'), t('cases.settings.retentionHint')],
              ] as const
            ).map(([name, label, hint]) => (
              <Field
                name={name}
                type="number"
                label={label}
                hint={hint}
                value={values[name] ?? String(settings[name])}
                error={errors[name]}
                required
              />
            ))}
            <button type="submit">{t('form.save')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
