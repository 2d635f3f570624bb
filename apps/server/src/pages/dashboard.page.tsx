import type { UiMessageKey } from '@assay/core';
import type { DueDiligenceOverview } from '@assay/services';
import { DueDiligenceSections, StepWorkflowLinks } from './due-diligence/dashboard-sections.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

export type DashboardData = {
  members: number;
  suppliers: number;
  isDemo: boolean;
  dueDiligence?: DueDiligenceOverview;
};

export const STEPS = [1, 2, 3, 4, 5, 6] as const;
export type StepNumber = (typeof STEPS)[number];

/** The organisation's home: where it stands, and for a new organisation what to do first. */
export function DashboardPage({ page, data }: { page: PageContext; data: DashboardData }) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const isNew = data.suppliers === 0 || data.members <= 1;
  return (
    <Layout page={page} title={t('dashboard.title')}>
      <h1>{t('dashboard.title')}</h1>
      {data.isDemo ? (
        <p class="banner" role="note">
          {t('dashboard.demoBanner')}
        </p>
      ) : null}
      <p>{t('dashboard.welcome', { name: page.user?.name ?? '' })}</p>
      {isNew ? (
        <section class="card" aria-labelledby="first-steps">
          <h2 id="first-steps">{t('dashboard.firstSteps')}</h2>
          <ol class="first-steps">
            {data.members <= 1 ? (
              <li>
                {t('dashboard.first.team')} <a href={`${base}/settings#invite`}>{t('dashboard.first.team.action')}</a>
              </li>
            ) : null}
            {data.suppliers === 0 ? (
              <li>
                {t('dashboard.first.suppliers')}{' '}
                <a href={`${base}/suppliers`}>{t('dashboard.first.suppliers.action')}</a>
              </li>
            ) : null}
            <li>
              {t('dashboard.first.steps')} <a href={`${base}/steps/1`}>{t('dashboard.first.steps.action')}</a>
            </li>
          </ol>
        </section>
      ) : null}
      {data.dueDiligence ? <DueDiligenceSections page={page} overview={data.dueDiligence} /> : null}
      <section aria-labelledby="stats">
        <h2 id="stats">{t('dashboard.stats')}</h2>
        <div class="cards">
          <div class="card">
            <p class="stat">{data.members}</p>
            <p class="muted">{t('dashboard.stat.members')}</p>
          </div>
          <div class="card">
            <p class="stat">{data.suppliers}</p>
            <p class="muted">{t('dashboard.stat.suppliers')}</p>
          </div>
        </div>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('dashboard.stepsTitle')}</h2>
        <ol class="steps">
          {STEPS.map((n) => (
            <li>
              <a href={`${base}/steps/${n}`}>
                <strong>{t(`step.${n}.title` as UiMessageKey)}</strong>
              </a>
              <p class="muted">{t(`step.${n}.body` as UiMessageKey)}</p>
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}

/** What Assay offers for a step beyond its workflow pages, and what it does not offer yet (never "planned" for what exists). */
const AVAILABLE: Partial<Record<StepNumber, UiMessageKey>> = {
  1: 'step.1.available',
  2: 'step.2.available',
  3: 'step.3.available',
  6: 'step.6.available',
};
const NOT_YET: Partial<Record<StepNumber, UiMessageKey>> = {
  1: 'step.1.notYet',
  3: 'step.3.notYet',
  4: 'step.4.notYet',
  5: 'step.5.notYet',
};

/** One OECD step: what it asks, what Assay offers for it now and what it does not offer yet. */
export function StepPage({ page, step }: { page: PageContext; step: StepNumber }) {
  const { t } = page;
  const available = AVAILABLE[step];
  const notYet = NOT_YET[step];
  return (
    <Layout page={page} title={t(`step.${step}.title` as UiMessageKey)}>
      <h1>{t(`step.${step}.title` as UiMessageKey)}</h1>
      <p>{t(`step.${step}.body` as UiMessageKey)}</p>
      <section class="card" aria-labelledby="in-assay">
        <h2 id="in-assay">{t('step.status')}</h2>
        {available ? (
          <p>
            <span class="tag">{t('step.available')}</span> {t(available)}
          </p>
        ) : null}
        <p>
          <span class="tag">{t('step.available')}</span> {t(`dd.step.${step}.available` as UiMessageKey)}
        </p>
        {notYet ? (
          <p>
            <span class="tag planned">{t('step.notYet')}</span> {t(notYet)}
          </p>
        ) : null}
        <h3>{t('dd.step.workflow')}</h3>
        <StepWorkflowLinks page={page} step={step} />
      </section>
    </Layout>
  );
}

export function TemplatesPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('templates.title')}>
      <h1>{t('templates.title')}</h1>
      <p>{t('templates.intro')}</p>
      <p class="card">{t('sc.templates.catalogue')}</p>
      <p>
        <a href={`/o/${page.organisation?.slug ?? ''}/intake`}>{t('sc.templates.toIntake')}</a>
      </p>
    </Layout>
  );
}
