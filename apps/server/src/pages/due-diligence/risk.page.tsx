import {
  ACTION_TRANSITIONS,
  ACTION_TYPES,
  type ActionEventType,
  type AnnexIIRule,
  OWNER_ROLE_LABELS,
  OWNER_ROLES,
  type OwnerRole,
} from '@assay/core';
import { type PlanAction, RISK_STATUSES } from '@assay/storage';
import { Notice } from '../components/notice.js';
import { SelectField } from '../components/select-field.js';
import { TextAreaField } from '../components/text-area-field.js';
import { Field } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { longDate, lt, mayEdit, orgBase, tk } from './common.js';
import { FailedSummary, type Props, type RiskFormFailure, refill, str } from './risk-page-shared.js';
import { AssessmentSelects, riskTitle, themeLabel } from './risk-parts.js';
import { EscalationSection, ReviewSection } from './risk-records.js';

export type { RiskFormFailure };

function AnnexIIBox({ page, rules }: { page: PageContext; rules: readonly AnnexIIRule[] }) {
  const { t } = page;
  if (rules.length === 0) return null;
  return (
    <section class="card annex" aria-labelledby="annex-title">
      <h2 id="annex-title">{t('dd.risk.annexII')}</h2>
      <p>{t('dd.risk.annexIIIntro')}</p>
      <ul>
        {rules.map((r) => (
          <li>
            <strong>{lt(page, r.label)}</strong>: {tk(page, 'dd.annexResponse.', r.response)}
            {r.timeLimitMonths ? ` ${t('dd.risk.timeLimit', { months: r.timeLimitMonths })}` : ''}{' '}
            <span class="muted">
              (Annex II {r.paragraphs}
              {r.verified ? '' : `; ${t('dd.risk.unverified')}`})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActionRow({ page, action, failed }: { page: PageContext; action: PlanAction; failed?: RiskFormFailure }) {
  const { t } = page;
  const base = orgBase(page);
  const editable = mayEdit(page);
  const events = Object.keys(ACTION_TRANSITIONS[action.status]) as ActionEventType[];
  const mine = failed?.form === `action-${action.id}` ? failed : undefined;
  const role = OWNER_ROLE_LABELS[action.ownerRole as OwnerRole];
  return (
    <li class="card">
      <h3 id={`action-${action.id}`}>{action.title}</h3>
      <p>
        <span class="tag">{tk(page, 'dd.actionType.', action.type)}</span>{' '}
        <span class="tag planned">{tk(page, 'dd.actionStatus.', action.status)}</span>
      </p>
      <p>
        <strong>{t('dd.action.owner')}</strong> {action.ownerName ?? lt(page, role)} ·{' '}
        <strong>{t('dd.action.due')}</strong> {longDate(page, action.dueDate)}
      </p>
      {action.description ? <p>{action.description}</p> : null}
      {action.evidence ? (
        <p>
          <strong>{t('dd.action.evidence')}</strong> {action.evidence}
        </p>
      ) : null}
      {editable ? (
        <>
          <FailedSummary page={page} failed={failed} form={`action-${action.id}`} />
          {events.length > 0 ? (
            <form method="post" action={`${base}/actions/${action.id}/status`} class="row-form">
              <Csrf page={page} />
              <Field
                id={`action-${action.id}-reason`}
                name="reason"
                label={t('dd.action.reason')}
                hint={t('dd.action.reasonHint')}
                error={mine?.errors.reason}
              />
              {events.map((e) => (
                <button
                  type="submit"
                  name="event"
                  value={e}
                  class="small secondary"
                  aria-label={`${tk(page, 'dd.actionEvent.', e)}: ${action.title}`}
                >
                  {tk(page, 'dd.actionEvent.', e)}
                </button>
              ))}
            </form>
          ) : null}
          <details>
            <summary>{t('dd.action.edit', { title: action.title })}</summary>
            <form method="post" action={`${base}/actions/${action.id}`}>
              <Csrf page={page} />
              <Field
                id={`action-${action.id}-owner`}
                name="ownerName"
                label={t('dd.action.ownerName')}
                value={str(mine?.values.ownerName) ?? action.ownerName ?? ''}
                error={mine?.errors.ownerName}
              />
              <Field
                id={`action-${action.id}-due`}
                name="dueDate"
                type="date"
                label={t('dd.action.due')}
                value={str(mine?.values.dueDate) ?? action.dueDate}
                error={mine?.errors.dueDate}
              />
              <TextAreaField
                id={`action-${action.id}-evidence`}
                name="evidence"
                label={t('dd.action.evidence')}
                value={str(mine?.values.evidence) ?? action.evidence ?? ''}
                error={mine?.errors.evidence}
              />
              <button type="submit" class="secondary">
                {t('dd.action.save')}
              </button>
            </form>
          </details>
        </>
      ) : null}
    </li>
  );
}

function NewActionForm({
  page,
  riskId,
  today,
  failed,
}: {
  page: PageContext;
  riskId: string;
  today: string;
  failed?: RiskFormFailure;
}) {
  const { t } = page;
  const { v, e } = refill(failed, 'action');
  return (
    <section class="card" aria-labelledby="new-action">
      <h3 id="new-action">{t('dd.action.add')}</h3>
      <FailedSummary page={page} failed={failed} form="action" />
      <form method="post" action={`${orgBase(page)}/risks/${riskId}/actions`}>
        <Csrf page={page} />
        <SelectField
          id="na-type"
          name="type"
          label={t('dd.action.type')}
          value={v('type')}
          error={e.type}
          options={ACTION_TYPES.map((a) => ({ value: a, label: tk(page, 'dd.actionType.', a) }))}
        />
        <Field id="na-title" name="title" label={t('dd.action.title')} value={v('title')} error={e.title} required />
        <TextAreaField
          id="na-description"
          name="description"
          label={t('dd.action.description')}
          value={v('description')}
        />
        <SelectField
          id="na-role"
          name="ownerRole"
          label={t('dd.action.ownerRole')}
          value={v('ownerRole')}
          error={e.ownerRole}
          options={OWNER_ROLES.map((r) => ({ value: r, label: lt(page, OWNER_ROLE_LABELS[r]) }))}
        />
        <Field
          id="na-owner"
          name="ownerName"
          label={t('dd.action.ownerName')}
          value={v('ownerName')}
          error={e.ownerName}
        />
        <Field
          id="na-due"
          name="dueDate"
          type="date"
          label={t('dd.action.due')}
          value={v('dueDate') ?? today}
          error={e.dueDate}
          required
        />
        <TextAreaField
          id="na-evidence"
          name="evidence"
          label={t('dd.action.evidence')}
          value={v('evidence')}
          error={e.evidence}
        />
        <button type="submit">{t('dd.action.add')}</button>
      </form>
    </section>
  );
}

export function RiskPage(props: Props) {
  const { page, risk, annexII, actions, today, notice, failed } = props;
  const { t } = page;
  const base = orgBase(page);
  const mine = failed?.form === 'edit' ? failed : undefined;
  const values: Record<string, string | number> = {
    title: risk.title,
    description: risk.description ?? '',
    scale: risk.scale,
    scope: risk.scope,
    irremediability: risk.irremediability,
    likelihood: risk.likelihood,
    status: risk.status,
    ownerName: risk.ownerName ?? '',
    ...Object.fromEntries(Object.entries(mine?.values ?? {}).map(([k, v]) => [k, str(v) ?? ''])),
  };
  const title = riskTitle(page, risk);
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`${base}/risks`}>{t('dd.risk.back')}</a>
      </p>
      <h1>{title}</h1>
      <Notice text={notice} />
      <p>
        <span class="tag">{themeLabel(page, risk.theme)}</span>{' '}
        <span class="tag planned">{tk(page, 'dd.riskStatus.', risk.status)}</span>{' '}
        {t('dd.risk.priorityLine', {
          rank: risk.priority.rank,
          severity: risk.priority.severity,
          likelihood: risk.priority.likelihood,
        })}
      </p>
      {risk.modelScore !== null ? <p class="muted">{t('dd.risks.modelScore', { score: risk.modelScore })}</p> : null}
      {risk.description ? <p>{risk.description}</p> : null}
      <AnnexIIBox page={page} rules={annexII} />
      {mayEdit(page) ? (
        <details class="card" open={Boolean(mine)}>
          <summary>{t('dd.risk.edit')}</summary>
          <FailedSummary page={page} failed={failed} form="edit" />
          <form method="post" action={`${base}/risks/${risk.id}`}>
            <Csrf page={page} />
            <Field
              id="risk-title"
              name="title"
              label={t('dd.risks.ownTitle')}
              value={String(values.title ?? '')}
              error={mine?.errors.title}
            />
            <TextAreaField
              id="risk-description"
              name="description"
              label={t('dd.risks.description')}
              value={String(values.description ?? '')}
            />
            <AssessmentSelects page={page} idPrefix="risk" values={values} errors={mine?.errors ?? {}} />
            <SelectField
              id="risk-status"
              name="status"
              label={t('dd.risks.status')}
              value={String(values.status)}
              options={RISK_STATUSES.map((s) => ({ value: s, label: tk(page, 'dd.riskStatus.', s) }))}
            />
            <Field
              id="risk-owner"
              name="ownerName"
              label={t('dd.risks.ownerName')}
              value={String(values.ownerName ?? '')}
              error={mine?.errors.ownerName}
            />
            <button type="submit">{t('dd.risk.save')}</button>
          </form>
        </details>
      ) : null}
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('dd.action.plan')}</h2>
        {actions.length === 0 ? <p class="muted">{t('dd.action.empty')}</p> : null}
        <ol class="goal-list">
          {actions.map((a) => (
            <ActionRow page={page} action={a} failed={failed} />
          ))}
        </ol>
        {mayEdit(page) ? <NewActionForm page={page} riskId={risk.id} today={today} failed={failed} /> : null}
      </section>
      <EscalationSection {...props} />
      <ReviewSection {...props} />
    </Layout>
  );
}
