import { type CahraReason, type Coverage, countryName, type RollupSmelter, type UiMessageKey } from '@assay/core';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ScNav } from './common.js';

const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** The sentence that says which country raised the CAHRA flag. */
function cahraText(page: PageContext, reason: CahraReason): string {
  const country = countryName(reason.country, page.locale);
  if (reason.kind === 'smelter_country') return page.t('sc.cahra.smelterCountry', { country });
  return page.t('sc.cahra.origin', {
    country,
    sources: reason.sources.map((s) => page.t(`sc.origin.${s}` as UiMessageKey)).join(', '),
    suppliers: reason.suppliers.join(', '),
  });
}

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
          <strong>{coverage.unknown}</strong> {t('sc.rollup.unknown')}
        </li>
        <li class="card">
          <strong>{coverage.unmatchedRows}</strong> <a href={`${base}/smelters`}>{t('sc.rollup.unmatched')}</a>
        </li>
      </ul>
      {coverage.metalsWithoutList.length > 0 ? (
        <section class="card" id="conformance-list" aria-labelledby="conformance-list-title">
          <h2 id="conformance-list-title">{t('sc.rollup.noListTitle')}</h2>
          <p>{t('sc.rollup.noList', { metals: coverage.metalsWithoutList.join(', ') })}</p>
          <p>{t('sc.rollup.howToImport')}</p>
          <p>
            <a href={`${base}/smelters#import-title`}>{t('sc.rollup.importLink')}</a>
          </p>
        </section>
      ) : null}
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
                <th scope="col">{t('sc.col.origins')}</th>
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
                  <td>
                    {s.origins.length === 0
                      ? '—'
                      : s.origins.map((o) => countryName(o.country, page.locale)).join(', ')}
                  </td>
                  <td>{s.suppliers.join(', ')}</td>
                  <td class={`conformance-${s.conformance}`}>{t(`sc.conformance.${s.conformance}` as UiMessageKey)}</td>
                  <td>
                    {s.redFlags.map((f) => (
                      <span class={f.startsWith('cahra_') ? 'tag overdue' : 'tag warn'}>
                        {t(`sc.flag.${f}` as UiMessageKey)}
                      </span>
                    ))}
                    {s.cahraReasons.length > 0 ? (
                      <ul class="cahra-reasons">
                        {s.cahraReasons.map((r) => (
                          <li data-cahra={r.kind}>{cahraText(page, r)}</li>
                        ))}
                      </ul>
                    ) : null}
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
