import { countryName, type ExplanationEntry, getMaterial, type QuickScan, type ScanRisk } from '@assay/core';
import { DataTable } from '../components/data-table.js';
import type { PageContext } from '../page-context.js';
import { annexResponseLabel, datasetLabel, indicatorLabel, levelLabel, points, valueText } from './labels.js';
import { LevelSwatch } from './level-swatch.js';

const lower = (text: string, locale: string) => text.toLocaleLowerCase(locale);

function entryNote(page: PageContext, e: ExplanationEntry): string {
  if (e.override && e.verified === false) return ` (${page.t('risk.explain.unverified')})`;
  if (e.override) return ` (${page.t('risk.explain.override')})`;
  if (e.contribution === 0) return ` (${page.t('risk.explain.context')})`;
  return '';
}

/** The explanation of one score: every indicator with its value, points, dataset, edition and source. */
function Explanation({ page, risk }: { page: PageContext; risk: ScanRisk }) {
  const { t, locale } = page;
  return (
    <DataTable
      columns={[
        t('risk.explain.indicator'),
        t('risk.explain.value'),
        t('risk.explain.points'),
        t('risk.explain.dataset'),
        t('risk.explain.edition'),
        t('risk.explain.source'),
      ]}
      caption={t('risk.explain.title')}
      captionClass="muted"
    >
      {risk.explanation.map((e) => (
        <tr>
          <th scope="row">
            {indicatorLabel(t, e.indicator)}
            {entryNote(page, e)}
          </th>
          <td>{valueText(t, locale, e.value)}</td>
          <td>{points(locale, e.contribution)}</td>
          <td>
            {e.dataset === 'assay-method' ? (
              datasetLabel(t, locale, e.dataset)
            ) : (
              <a href={`/about/data#ds-${e.dataset}`}>{datasetLabel(t, locale, e.dataset)}</a>
            )}
          </td>
          <td>{e.edition}</td>
          <td>{e.source}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One risk: level and score in the summary; advice, Annex II categories and the explanation inside. */
function RiskItem({ page, risk }: { page: PageContext; risk: ScanRisk }) {
  const { t, locale } = page;
  const material = getMaterial(risk.materialId)?.name[locale] ?? risk.materialId;
  return (
    <details class="card">
      <summary>
        <LevelSwatch level={risk.level} /> <strong>{levelLabel(t, risk.level)}</strong> (
        {t('risk.score', {
          score: risk.score,
        })}
        ) — {risk.label[locale]} · {material} · {countryName(risk.country, locale)} ·{' '}
        {t('risk.dimensions', {
          severity: lower(levelLabel(t, risk.severity.level), locale),
          likelihood: risk.likelihood.documented
            ? t('risk.likelihoodDocumented', { level: lower(levelLabel(t, risk.likelihood.level), locale) })
            : lower(levelLabel(t, risk.likelihood.level), locale),
        })}
      </summary>
      <h4>{t('risk.dimensions.title')}</h4>
      <p>
        {t('risk.dimensions.body', {
          severity: lower(levelLabel(t, risk.severity.level), locale),
          severityScore: risk.severity.score,
          likelihood: lower(levelLabel(t, risk.likelihood.level), locale),
          likelihoodScore: risk.likelihood.score,
        })}
        {risk.likelihood.documented ? ` ${t('risk.dimensions.documented')}` : ''}
      </p>
      <h4>{t('risk.advice')}</h4>
      <p>{risk.advice[locale]}</p>
      {risk.annexII.length > 0 ? (
        <>
          <h4>{t('risk.annex.title')}</h4>
          <ul>
            {risk.annexII.map((rule) => (
              <li>
                {rule.label[locale]}: {annexResponseLabel(t, rule.response)}
                {rule.timeLimitMonths ? ` (${t('risk.annex.months', { months: rule.timeLimitMonths })})` : ''} —{' '}
                <span class="muted">
                  OECD Annex II {rule.paragraphs}
                  {rule.verified ? '' : `, ${t('risk.annex.unverified')}`}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Explanation page={page} risk={risk} />
    </details>
  );
}

/** Risks grouped by theme group (human rights, labour, environment, governance), highest first. */
export function RiskGroups({ page, groups }: { page: PageContext; groups: QuickScan['groups'] }) {
  const { t, locale } = page;
  return (
    <section aria-labelledby="risk-groups">
      <h2 id="risk-groups">{t('risk.groups.title')}</h2>
      {groups.map((g) => (
        <section aria-labelledby={`group-${g.group}`}>
          <h3 id={`group-${g.group}`}>{g.label[locale]}</h3>
          {g.risks.map((risk) => (
            <RiskItem page={page} risk={risk} />
          ))}
        </section>
      ))}
    </section>
  );
}
