import {
  ACTION_TRANSITIONS,
  ACTION_TYPES,
  type ActionEventType,
  type AnnexIIRule,
  type EffectivenessReview,
  ESCALATION_DECISIONS,
  ESCALATION_REASONS,
  type EscalationDecision,
  OWNER_ROLE_LABELS,
  OWNER_ROLES,
  type OwnerRole,
  REVIEW_CONCLUSIONS,
} from '@assay/core';
import type { PrioritisedRisk } from '@assay/services';
import { type DdRecord, type PlanAction, RISK_STATUSES } from '@assay/storage';
import { Notice } from '../components/notice.js';
import { SelectField } from '../components/select-field.js';
import { TextAreaField } from '../components/text-area-field.js';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ChoiceGroup, longDate, lt, mayEdit, orgBase, tk } from './common.js';
import { AssessmentSelects, riskTitle, themeLabel } from './risk-parts.js';

/** Which form on the page failed, with what was sent. */
export type RiskFormFailure = {
  form: 'edit' | 'action' | 'escalation' | 'review' | `action-${string}`;
  message: string;
  errors: FieldErrors;
  values: Readonly<Record<string, string | string[]>>;
};

type Props = {
  page: PageContext;
  risk: PrioritisedRisk;
  annexII: readonly AnnexIIRule[];
  actions: readonly PlanAction[];
  escalations: readonly DdRecord<EscalationDecision>[];
  reviews: readonly DdRecord<EffectivenessReview>[];
  today: string;
  notice?: string;
  failed?: RiskFormFailure;
};

const str = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** What a failed form of this page sent back, to fill it in again: the failure, a value by name, the errors. */
function refill(failed: RiskFormFailure | undefined, form: RiskFormFailure['form']) {
  const mine = failed?.form === form ? failed : undefined;
  return { mine, v: (k: string) => str(mine?.values[k]), e: mine?.errors ?? {} };
}

function FailedSummary({ page, failed, form }: { page: PageContext; failed?: RiskFormFailure; form: string }) {
  return failed?.form === form ? <ErrorSummary page={page} message={failed.message} /> : null;
}

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

function EscalationSection(props: Props) {
  const { page, risk, escalations, today, failed } = props;
  const { t } = page;
  const { mine, v, e } = refill(failed, 'escalation');
  return (
    <section aria-labelledby="escalation-title">
      <h2 id="escalation-title">{t('dd.escalation.title')}</h2>
      {escalations.length === 0 ? <p class="muted">{t('dd.escalation.empty')}</p> : null}
      <ul>
        {escalations.map((r) => (
          <li>
            <strong>{longDate(page, r.data.decidedOn)}</strong>: {tk(page, 'dd.escalationDecision.', r.data.decision)} (
            {r.data.reasons.map((x) => tk(page, 'dd.escalationReason.', x)).join(', ')}). {r.data.explanation}{' '}
            <span class="muted">
              {t('dd.escalation.by', { by: r.data.decidedBy })}
              {r.data.reviewBy ? ` · ${t('dd.escalation.reviewBy')} ${longDate(page, r.data.reviewBy)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {mayEdit(page) ? (
        <details open={Boolean(mine)}>
          <summary>{t('dd.escalation.add')}</summary>
          <FailedSummary page={page} failed={failed} form="escalation" />
          <form method="post" action={`${orgBase(page)}/risks/${risk.id}/escalations`}>
            <Csrf page={page} />
            <ChoiceGroup
              name="decision"
              idPrefix="esc-decision"
              type="radio"
              legend={t('dd.escalation.decision')}
              error={e.decision}
              checked={list(mine?.values.decision)}
              options={ESCALATION_DECISIONS.map((d) => ({ value: d, label: tk(page, 'dd.escalationDecision.', d) }))}
            />
            <ChoiceGroup
              name="reasons"
              idPrefix="esc-reasons"
              type="checkbox"
              legend={t('dd.escalation.reasons')}
              error={e.reasons}
              checked={list(mine?.values.reasons)}
              options={ESCALATION_REASONS.map((d) => ({ value: d, label: tk(page, 'dd.escalationReason.', d) }))}
            />
            <TextAreaField
              id="esc-explanation"
              name="explanation"
              label={t('dd.escalation.explanation')}
              value={v('explanation')}
              error={e.explanation}
            />
            <Field
              id="esc-decided-on"
              name="decidedOn"
              type="date"
              label={t('dd.escalation.decidedOn')}
              value={v('decidedOn') ?? today}
              error={e.decidedOn}
            />
            <Field
              id="esc-decided-by"
              name="decidedBy"
              label={t('dd.escalation.decidedBy')}
              value={v('decidedBy')}
              error={e.decidedBy}
            />
            <Field
              id="esc-review-by"
              name="reviewBy"
              type="date"
              label={t('dd.escalation.reviewBy')}
              value={v('reviewBy')}
              error={e.reviewBy}
            />
            <TextAreaField
              id="esc-impact"
              name="disengagementImpact"
              label={t('dd.escalation.impact')}
              value={v('disengagementImpact')}
              error={e.disengagementImpact}
            />
            <button type="submit">{t('dd.escalation.save')}</button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

function ReviewSection(props: Props) {
  const { page, risk, actions, reviews, failed } = props;
  const { t } = page;
  const { mine, v, e } = refill(failed, 'review');
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{t('dd.review.title')}</h2>
      {reviews.length === 0 ? <p class="muted">{t('dd.review.empty')}</p> : null}
      <ul>
        {reviews.map((r) => (
          <li>
            <strong>{longDate(page, r.data.reviewedOn)}</strong>: {tk(page, 'dd.reviewConclusion.', r.data.conclusion)}.{' '}
            {r.data.lessons}
            {r.data.indicators.map((i) => (
              <span class="muted">
                {' '}
                {t('dd.review.indicatorLine', {
                  name: i.name,
                  baseline: i.baseline,
                  target: i.target,
                  actual: i.actual ?? '–',
                })}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {mayEdit(page) && actions.length > 0 ? (
        <details open={Boolean(mine)}>
          <summary>{t('dd.review.add')}</summary>
          <FailedSummary page={page} failed={failed} form="review" />
          <form method="post" action={`${orgBase(page)}/risks/${risk.id}/reviews`}>
            <Csrf page={page} />
            <ChoiceGroup
              name="actionIds"
              idPrefix="rev-actions"
              type="checkbox"
              legend={t('dd.review.actions')}
              error={e.actionIds}
              checked={list(mine?.values.actionIds)}
              options={actions.map((a) => ({ value: a.id, label: a.title }))}
            />
            <SelectField
              id="rev-conclusion"
              name="conclusion"
              label={t('dd.review.conclusion')}
              value={v('conclusion')}
              error={e.conclusion}
              options={REVIEW_CONCLUSIONS.map((c) => ({ value: c, label: tk(page, 'dd.reviewConclusion.', c) }))}
            />
            <TextAreaField
              id="rev-lessons"
              name="lessons"
              label={t('dd.review.lessons')}
              value={v('lessons')}
              error={e.lessons}
            />
            <fieldset>
              <legend>{t('dd.review.indicator')}</legend>
              <Field
                id="rev-ind-name"
                name="indicator.name"
                label={t('dd.review.indicatorName')}
                value={v('indicator.name')}
                error={e['indicator.name']}
              />
              <SelectField
                id="rev-ind-direction"
                name="indicator.direction"
                label={t('dd.review.direction')}
                value={v('indicator.direction')}
                options={[
                  { value: 'increase', label: t('dd.review.increase') },
                  { value: 'decrease', label: t('dd.review.decrease') },
                ]}
              />
              <Field
                id="rev-ind-baseline"
                name="indicator.baseline"
                type="number"
                label={t('dd.review.baseline')}
                value={v('indicator.baseline')}
                error={e['indicator.baseline']}
              />
              <Field
                id="rev-ind-target"
                name="indicator.target"
                type="number"
                label={t('dd.review.target')}
                value={v('indicator.target')}
                error={e['indicator.target']}
              />
              <Field
                id="rev-ind-actual"
                name="indicator.actual"
                type="number"
                label={t('dd.review.actual')}
                value={v('indicator.actual')}
                error={e['indicator.actual']}
              />
            </fieldset>
            <Field
              id="rev-next"
              name="nextReviewOn"
              type="date"
              label={t('dd.review.next')}
              value={v('nextReviewOn')}
              error={e.nextReviewOn}
            />
            <button type="submit">{t('dd.review.save')}</button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

/** One risk: its assessment and priority, Annex II rules, action plan, escalation log and reviews. */
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
