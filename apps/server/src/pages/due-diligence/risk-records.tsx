import { ESCALATION_DECISIONS, ESCALATION_REASONS, REVIEW_CONCLUSIONS } from '@assay/core';
import { SelectField } from '../components/select-field.js';
import { TextAreaField } from '../components/text-area-field.js';
import { Field } from '../form.js';
import { Csrf } from '../layout.js';
import { ChoiceGroup, longDate, mayEdit, orgBase, tk } from './common.js';
import { FailedSummary, list, type Props, refill } from './risk-page-shared.js';

/** The escalation decision log of one risk (continue with mitigation, suspend, disengage). */
export function EscalationSection(props: Props) {
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

/** Effectiveness reviews of one risk’s actions, with their tracking indicators (OECD step 4). */
export function ReviewSection(props: Props) {
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
