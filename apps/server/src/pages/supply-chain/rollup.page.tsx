import { type Coverage, countryName, type RollupSmelter, type UiMessageKey } from '@assay/core';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ScNav } from './common.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** The company's consolidated smelter list with coverage figures. */
export function RollupPage({
  page,
  smelters,
  coverage,
}: {
  page: PageContext;
  smelters: readonly RollupSmelter[];
  coverage: Coverage;
}) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  return (
    <Layout page={page} title={t('sc.rollup.title')}>
      <ScNav page={page} />
      <h1>{t('sc.rollup.title')}</h1>
      <p>{t('sc.rollup.intro')}</p>
      <ul class="sc-counts">
        <li class="card">
          <strong>{pct(coverage.respondedShare)}</strong> {t('sc.rollup.responded')} (
          {t('sc.rollup.of', { part: coverage.responded, whole: coverage.suppliers })})
        </li>
        <li class="card">
          <strong>{pct(coverage.conformantShare)}</strong> {t('sc.rollup.conformant')} (
          {t('sc.rollup.of', { part: coverage.conformant, whole: coverage.smelters })})
        </li>
        <li class="card">
          <strong>{coverage.unmatchedRows}</strong> <a href={`${base}/smelters`}>{t('sc.rollup.unmatched')}</a>
        </li>
      </ul>
      {smelters.length === 0 ? (
        <p class="card">{t('sc.rollup.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table id="rollup">
            <thead>
              <tr>
                <th scope="col">{t('sc.col.cid')}</th>
                <th scope="col">{t('sc.col.name')}</th>
                <th scope="col">{t('sc.col.metal')}</th>
                <th scope="col">{t('sc.col.country')}</th>
                <th scope="col">{t('sc.col.suppliers')}</th>
                <th scope="col">{t('sc.col.conformance')}</th>
                <th scope="col">{t('sc.col.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {smelters.map((s) => (
                <tr>
                  <th scope="row">{s.smelterId}</th>
                  <td>{s.name}</td>
                  <td>{s.metals.join(', ')}</td>
                  <td>{s.country ? countryName(s.country, page.locale) : (s.countryName ?? '—')}</td>
                  <td>{s.suppliers.join(', ')}</td>
                  <td>{t(`sc.conformance.${s.conformance}` as UiMessageKey)}</td>
                  <td>
                    {s.redFlags.map((f) => (
                      <span class={f === 'cahra_country' ? 'tag overdue' : 'tag warn'}>
                        {t(`sc.flag.${f}` as UiMessageKey)}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`${base}/own-declaration`}>{t('sc.nav.own')}</a>
      </p>
    </Layout>
  );
}
