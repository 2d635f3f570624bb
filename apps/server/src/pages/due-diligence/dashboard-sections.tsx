import type { DueDiligenceOverview } from '@assay/services';
import { DataTable } from '../components/data-table.js';
import type { PageContext } from '../page-context.js';
import { longDate, lt, orgBase, percent, tk } from './common.js';
import { HeatMapTable, riskTitle } from './risk-parts.js';
import { TrendChart } from './trend-chart.js';

/** Where each OECD step's work happens in the workflow. */
export const STEP_WORKFLOW: Readonly<Record<number, readonly { href: string; key: string }[]>> = {
  1: [
    { href: '/profile', key: 'dd.nav.profile' },
    { href: '/plan', key: 'dd.nav.plan' },
    { href: '/assessment', key: 'dd.nav.assessment' },
    { href: '/goals', key: 'dd.nav.goals' },
    { href: '/policy', key: 'dd.nav.policy' },
  ],
  2: [
    { href: '/risks', key: 'dd.nav.risks' },
    { href: '/suppliers', key: 'nav.suppliers' },
    { href: '/intake', key: 'sc.nav.intake' },
    { href: '/smelters', key: 'sc.nav.smelters' },
    { href: '/rollup', key: 'sc.nav.rollup' },
  ],
  3: [
    { href: '/risks', key: 'dd.nav.actions' },
    { href: '/intake', key: 'sc.nav.intake' },
  ],
  4: [{ href: '/risks', key: 'dd.nav.reviews' }],
  5: [
    { href: '/assessment', key: 'dd.nav.assessment' },
    { href: '/policy', key: 'dd.nav.policy' },
  ],
  6: [
    { href: '/cases', key: 'cases.nav' },
    { href: '/risks', key: 'dd.nav.actions' },
  ],
};

/** The links of one step to the workflow pages. */
export function StepWorkflowLinks({ page, step }: { page: PageContext; step: number }) {
  const base = orgBase(page);
  const links = STEP_WORKFLOW[step] ?? [];
  return (
    <ul>
      {links.map((l) => (
        <li>
          <a href={`${base}${l.href}`}>{tk(page, '', l.key)}</a>
        </li>
      ))}
    </ul>
  );
}

/** The dashboard's due-diligence part: per-step status, due this month, risks by priority, maturity trend. */
export function DueDiligenceSections({ page, overview }: { page: PageContext; overview: DueDiligenceOverview }) {
  const { t } = page;
  const base = orgBase(page);
  const { summary } = overview;
  if (!overview.hasProfile) {
    return (
      <section class="card" aria-labelledby="dd-start">
        <h2 id="dd-start">{t('dd.dashboard.start')}</h2>
        <p>
          {t('dd.dashboard.startBody')} <a href={`${base}/profile`}>{t('dd.dashboard.startAction')}</a>
        </p>
      </section>
    );
  }
  const heat = { cells: [0, 1, 2, 3].map(() => [0, 0, 0, 0]) };
  for (const r of overview.openRisks) {
    const row = heat.cells[r.priority.severity - 1];
    if (row) row[r.priority.likelihood - 1] = (row[r.priority.likelihood - 1] ?? 0) + 1;
  }
  return (
    <>
      <section aria-labelledby="dd-where">
        <h2 id="dd-where">{t('dd.dashboard.where')}</h2>
        <p>
          {t('dd.dashboard.overall', { score: percent(page, summary.overall), target: summary.target })}{' '}
          {summary.overall === null ? (
            <a href={`${base}/assessment`}>{t('dd.dashboard.takeAssessment')}</a>
          ) : summary.assessmentComplete ? null : (
            <strong>{t('dd.assessment.provisional')}</strong>
          )}{' '}
          <a href={`${base}/plan`}>{t('dd.nav.plan')}</a>
        </p>
        <DataTable
          columns={[
            t('dd.assessment.step'),
            t('dd.dashboard.status'),
            t('dd.assessment.stepScore'),
            t('dd.dashboard.openGoals'),
          ]}
          caption={t('dd.dashboard.where')}
          captionClass="visually-hidden"
        >
          {summary.steps.map((s) => (
            <tr>
              <th scope="row">
                <a href={`${base}/steps/${s.step}`}>
                  {s.step}. {lt(page, s.title)}
                </a>
              </th>
              <td>
                <span class={`tag status-${s.status}`}>{tk(page, 'dd.stepStatus.', s.status)}</span>{' '}
                <span class="muted">{lt(page, s.headline)}</span>
              </td>
              <td>{percent(page, s.maturity)}</td>
              <td>{s.openGoals}</td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="dd-due">
        <h2 id="dd-due">{t('dd.dashboard.due')}</h2>
        {overview.due.length === 0 ? (
          <p class="muted">{t('dd.dashboard.nothingDue')}</p>
        ) : (
          <ul class="due-list">
            {overview.due.map((d) => (
              <li>
                {d.overdue ? <span class="tag warn">{t('dd.dashboard.overdue')}</span> : null}{' '}
                <a
                  href={d.item.kind === 'action' && d.item.riskId ? `${base}/risks/${d.item.riskId}` : `${base}/goals`}
                >
                  {typeof d.item.title === 'string' ? d.item.title : lt(page, d.item.title)}
                </a>{' '}
                <span class="muted">
                  {tk(page, 'dd.dueKind.', d.item.kind)} · {longDate(page, d.item.dueDate)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="dd-risks">
        <h2 id="dd-risks">{t('dd.dashboard.risks')}</h2>
        {overview.openRisks.length === 0 ? (
          <p class="muted">
            {t('dd.risks.empty')} <a href={`${base}/risks`}>{t('dd.nav.risks')}</a>
          </p>
        ) : (
          <>
            <ol>
              {overview.openRisks.slice(0, 5).map((r) => (
                <li>
                  <a href={`${base}/risks/${r.id}`}>{riskTitle(page, r)}</a>{' '}
                  <span class="muted">
                    {t('dd.risk.priorityLine', {
                      rank: r.priority.rank,
                      severity: r.priority.severity,
                      likelihood: r.priority.likelihood,
                    })}
                  </span>
                </li>
              ))}
            </ol>
            <HeatMapTable page={page} heat={heat} />
          </>
        )}
      </section>
      <section aria-labelledby="dd-trend">
        <h2 id="dd-trend">{t('dd.dashboard.trend')}</h2>
        <TrendChart page={page} history={overview.trend} id="dashboard-trend" />
      </section>
    </>
  );
}
