import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  type DurationSummary,
  GRIEVANCE_CATEGORIES,
  type GrievanceStatistics,
} from '@assay/core';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { categoryLabel, formatDay, outcomeLabel, statusLabel } from './case-labels.js';

function CountTable({ caption, rows }: { caption: string; rows: readonly (readonly [string, number])[] }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <tbody>
          {rows.map(([label, count]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Days with one decimal in the page's number format (2,5 in Dutch, 2.5 in English). */
const DAYS = {
  nl: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const days = (page: PageContext, value: number | null) => (value === null ? '—' : DAYS[page.locale].format(value));

/** Counts by theme, status and outcome, and the time to acknowledge and to close: no case content. */
export function CaseStatisticsPage({ page, statistics }: { page: PageContext; statistics: GrievanceStatistics }) {
  const { t } = page;
  const duration = (label: string, summary: DurationSummary) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{summary.count}</td>
      <td>{days(page, summary.medianDays)}</td>
      <td>{days(page, summary.meanDays)}</td>
    </tr>
  );
  return (
    <Layout page={page} title={t('cases.stats.title')}>
      <p>
        <a href={`/o/${page.organisation?.slug ?? ''}/cases`}>← {t('cases.back')}</a>
      </p>
      <h1>{t('cases.stats.title')}</h1>
      <p>{t('cases.stats.intro')}</p>
      <p class="muted">
        {t('cases.stats.period', {
          from: formatDay(statistics.period.from, page.locale),
          to: formatDay(statistics.period.to, page.locale),
        })}
      </p>
      <div class="cards">
        <div class="card">
          <p class="stat">{statistics.received}</p>
          <p>{t('cases.stats.received')}</p>
        </div>
        <div class="card">
          <p class="stat">{statistics.openAtEnd}</p>
          <p>{t('cases.stats.openAtEnd')}</p>
        </div>
        <div class="card">
          <p class="stat">{statistics.openOverdueAtEnd}</p>
          <p>{t('cases.stats.overdue')}</p>
        </div>
      </div>
      <div class="two-col">
        <CountTable
          caption={t('cases.stats.byTheme')}
          rows={GRIEVANCE_CATEGORIES.map((c) => [categoryLabel(c, page.locale), statistics.byCategory[c]] as const)}
        />
        <CountTable
          caption={t('cases.stats.byStatus')}
          rows={CASE_STATUSES.map((s) => [statusLabel(s, page.locale), statistics.byStatus[s]] as const)}
        />
        <CountTable
          caption={t('cases.stats.byOutcome')}
          rows={CASE_OUTCOMES.map((o) => [outcomeLabel(o, page.locale), statistics.byOutcome[o]] as const)}
        />
        <div class="table-wrap">
          <table>
            <caption>{t('cases.stats.durations')}</caption>
            <thead>
              <tr>
                <td></td>
                <th scope="col">{t('cases.stats.count')}</th>
                <th scope="col">{t('cases.stats.median')}</th>
                <th scope="col">{t('cases.stats.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {duration(t('cases.stats.timeToAcknowledge'), statistics.timeToAcknowledge)}
              {duration(t('cases.stats.timeToClose'), statistics.timeToClose)}
            </tbody>
          </table>
        </div>
      </div>
    </Layout>
  );
}
