import { ANSWER_LEVELS, ANSWER_SCALE, MATURITY_LEVEL_INFO, OECD_STEPS, QUESTIONNAIRE_VERSION } from '@assay/core';
import type { AssessmentView } from '@assay/services';
import { DataTable } from '../components/data-table.js';
import { Notice } from '../components/notice.js';
import { TextAreaField } from '../components/text-area-field.js';
import { ErrorSummary } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ChoiceGroup, lt, mayEdit, orgBase, percent } from './common.js';
import { TrendChart } from './trend-chart.js';

type Props = { page: PageContext; view: AssessmentView; notice?: string; message?: string };

const levelLabel = (page: PageContext, level: string | null) => {
  const info = MATURITY_LEVEL_INFO.find((l) => l.level === level);
  return info ? lt(page, info.label) : '–';
};

/** Scores per step and overall, against the 80% target. */
function ScoreSummary({ page, view }: { page: PageContext; view: AssessmentView }) {
  const { t } = page;
  const { score } = view;
  return (
    <section class="card" aria-labelledby="score-title">
      <h2 id="score-title">{t('dd.assessment.score', { year: view.year })}</h2>
      <p class="stat">{percent(page, score.overall)}</p>
      <p>
        {t('dd.assessment.level', { level: levelLabel(page, score.level) })}{' '}
        {score.meetsTarget ? (
          <span class="tag">{t('dd.assessment.meetsTarget', { target: score.target })}</span>
        ) : (
          <span class="tag warn">{t('dd.assessment.belowTarget', { target: score.target })}</span>
        )}
      </p>
      <p>
        {t('dd.assessment.completeness', { completeness: percent(page, score.completeness) })}{' '}
        {score.complete ? '' : <strong>{t('dd.assessment.provisional')}</strong>}
      </p>
      <DataTable
        columns={[
          t('dd.assessment.step'),
          t('dd.assessment.stepScore'),
          t('dd.assessment.stepLevel'),
          t('dd.assessment.answered'),
        ]}
        caption={t('dd.assessment.perStep')}
        captionClass="visually-hidden"
      >
        {score.steps.map((s) => (
          <tr>
            <th scope="row">
              {s.step}. {lt(page, OECD_STEPS[s.step - 1]?.title ?? { en: '', nl: '' })}
            </th>
            <td>
              <span class="bar" aria-hidden="true">
                <span class={`bar-fill w-${Math.round((s.score ?? 0) / 5) * 5}`} />
              </span>{' '}
              {percent(page, s.score)}
            </td>
            <td>{levelLabel(page, s.level)}</td>
            <td>
              {s.answered}/{s.questions}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** The history of yearly assessments with the trend line and the exports. */
function History({ page, view }: { page: PageContext; view: AssessmentView }) {
  const { t } = page;
  const base = orgBase(page);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('dd.assessment.history')}</h2>
      <TrendChart page={page} history={view.history} id="assessment-trend" />
      {view.history.length > 0 ? (
        <DataTable
          columns={[
            t('dd.assessment.year'),
            t('dd.assessment.overall'),
            t('dd.assessment.version'),
            t('dd.assessment.export'),
          ]}
          caption={t('dd.assessment.history')}
          captionClass="visually-hidden"
        >
          {view.history.map((h) => (
            <tr>
              <th scope="row">{h.year}</th>
              <td>
                {percent(page, h.overall)} {h.complete ? '' : `(${t('dd.assessment.provisional')})`}
              </td>
              <td>{h.questionnaireVersion}</td>
              <td>
                <a href={`${base}/assessment/${h.year}/export.csv`}>CSV</a> ·{' '}
                <a href={`${base}/assessment/${h.year}/export.json`}>JSON</a>
                <span class="visually-hidden"> {h.year}</span>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

/** The maturity self-assessment of this year: questions per OECD step with answers and evidence notes. */
export function AssessmentPage({ page, view, notice, message }: Props) {
  const { t } = page;
  const editable = mayEdit(page);
  const answers = new Map(view.answers.map((a) => [a.questionId, a]));
  return (
    <Layout page={page} title={t('dd.assessment.title')}>
      <h1>{t('dd.assessment.title')}</h1>
      <p>{t('dd.assessment.intro', { year: view.year, version: QUESTIONNAIRE_VERSION })}</p>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      <ScoreSummary page={page} view={view} />
      {editable && view.answers.length > 0 ? (
        <p>
          <a href={`${orgBase(page)}/goals`}>{t('dd.assessment.toGoals')}</a>
        </p>
      ) : null}
      <form method="post" action={`${orgBase(page)}/assessment`}>
        <Csrf page={page} />
        {OECD_STEPS.map((step) => {
          const questions = view.questions.filter((q) => q.step === step.id);
          if (questions.length === 0) return null;
          return (
            <section aria-labelledby={`step-${step.id}`} class="question-step">
              <h2 id={`step-${step.id}`}>
                {t('dd.assessment.stepN', { n: step.id })}: {lt(page, step.title)}
              </h2>
              {questions.map((q, idx) => {
                const n = `${step.id}.${idx + 1}`;
                const answer = answers.get(q.id);
                return (
                  <div class="question card">
                    <ChoiceGroup
                      name={`answers.${q.id}.level`}
                      idPrefix={`q-${q.id}`}
                      type="radio"
                      inline
                      legend={
                        <>
                          {n} {lt(page, q.text)}{' '}
                          <span class="tag planned">{t('dd.assessment.weight', { weight: q.weight })}</span>
                        </>
                      }
                      hint={`${t('dd.assessment.fully')} ${lt(page, q.fully)}`}
                      checked={answer ? [answer.level] : []}
                      options={ANSWER_LEVELS.map((level) => ({
                        value: level,
                        label: lt(page, ANSWER_SCALE[level].label),
                      }))}
                    />
                    <TextAreaField
                      name={`answers.${q.id}.evidence`}
                      id={`q-${q.id}-evidence`}
                      label={t('dd.assessment.evidence', { n })}
                      value={answer?.evidence}
                      rows={2}
                    />
                    <p class="muted small" lang="en">
                      {q.source}
                    </p>
                  </div>
                );
              })}
            </section>
          );
        })}
        {editable ? <button type="submit">{t('dd.assessment.save')}</button> : null}
      </form>
      <History page={page} view={view} />
    </Layout>
  );
}
