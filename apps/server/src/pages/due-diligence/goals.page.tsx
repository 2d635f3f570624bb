import { OWNER_ROLE_LABELS, type OwnerRole } from '@assay/core';
import { GOAL_STATUSES, type Goal } from '@assay/storage';
import { Notice } from '../components/notice.js';
import { SelectField } from '../components/select-field.js';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { longDate, lt, mayEdit, orgBase, tk } from './common.js';

type Props = {
  page: PageContext;
  goals: readonly Goal[];
  hasAssessment: boolean;
  notice?: string;
  message?: string;
  /** The goal whose form failed, with its values and errors. */
  failed?: { id: string; values: Readonly<Record<string, string>>; errors: FieldErrors };
};

/** The improvement plan: goals proposed from the weakest answers, each with owner, deadline and status. */
export function GoalsPage({ page, goals, hasAssessment, notice, message, failed }: Props) {
  const { t } = page;
  const base = orgBase(page);
  const editable = mayEdit(page);
  return (
    <Layout page={page} title={t('dd.goals.title')}>
      <h1>{t('dd.goals.title')}</h1>
      <p>{t('dd.goals.intro')}</p>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      {editable ? (
        hasAssessment ? (
          <form method="post" action={`${base}/goals/propose`}>
            <Csrf page={page} />
            <button type="submit">{t('dd.goals.propose')}</button>
          </form>
        ) : (
          <p class="card">
            {t('dd.goals.needAssessment')} <a href={`${base}/assessment`}>{t('dd.goals.toAssessment')}</a>
          </p>
        )
      ) : null}
      {goals.length === 0 ? <p class="card">{t('dd.goals.empty')}</p> : null}
      <ol class="goal-list">
        {goals.map((g) => {
          const values = failed?.id === g.id ? failed.values : undefined;
          const errors = failed?.id === g.id ? failed.errors : {};
          const role = OWNER_ROLE_LABELS[g.ownerRole as OwnerRole];
          return (
            <li class="card">
              <h2 id={`goal-${g.id}`} class="goal-title">
                {lt(page, g.specific)}
              </h2>
              <p>
                <span class="tag">{t('dd.goals.step', { n: g.step })}</span>{' '}
                <span class="tag planned">{tk(page, 'dd.goalStatus.', g.status)}</span>
              </p>
              <p>
                <strong>{t('dd.goals.measure')}</strong> {lt(page, g.measure)}
              </p>
              <p>
                <strong>{t('dd.goals.owner')}</strong> {g.ownerName ?? (role ? lt(page, role) : g.ownerRole)} ·{' '}
                <strong>{t('dd.goals.deadline')}</strong> {longDate(page, g.deadline)}
              </p>
              {editable ? (
                <form method="post" action={`${base}/goals/${g.id}`} aria-labelledby={`goal-${g.id}`} class="row-form">
                  <Csrf page={page} />
                  <Field
                    id={`goal-${g.id}-owner`}
                    name="ownerName"
                    label={t('dd.goals.ownerName')}
                    value={values?.ownerName ?? g.ownerName ?? ''}
                    error={errors.ownerName}
                  />
                  <Field
                    id={`goal-${g.id}-deadline`}
                    name="deadline"
                    type="date"
                    label={t('dd.goals.deadline')}
                    value={values?.deadline ?? g.deadline}
                    error={errors.deadline}
                  />
                  <SelectField
                    id={`goal-${g.id}-status`}
                    name="status"
                    label={t('dd.goals.status')}
                    value={values?.status ?? g.status}
                    error={errors.status}
                    options={GOAL_STATUSES.map((s) => ({ value: s, label: tk(page, 'dd.goalStatus.', s) }))}
                  />
                  <button type="submit" class="secondary">
                    {t('dd.goals.save')}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ol>
    </Layout>
  );
}
