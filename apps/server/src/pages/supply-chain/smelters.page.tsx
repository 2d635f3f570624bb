import { can, conformanceListMetals, countryName, entryConformance, type UiMessageKey } from '@assay/core';
import type { SmelterReport, StoredSmelter } from '@assay/storage';
import { ErrorSummary } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { Notice, ScNav } from './common.js';

type Props = {
  page: PageContext;
  register: readonly StoredSmelter[];
  queue: readonly SmelterReport[];
  notice?: string;
  message?: string;
};

/** The smelter and refiner register, the review queue of uncertain matches, and the RMI list import. */
export function SmeltersPage({ page, register, queue, notice, message }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  // "Not conformant" only for metals whose RMI conformant list was imported; otherwise unknown.
  const listed = conformanceListMetals(register);
  return (
    <Layout page={page} title={t('sc.smelters.title')}>
      <ScNav page={page} />
      <h1>{t('sc.smelters.title')}</h1>
      <p>{t('sc.smelters.intro')}</p>
      <Notice text={notice} />
      <section aria-labelledby="review-title">
        <h2 id="review-title">{t('sc.smelters.review')}</h2>
        <p>{t('sc.smelters.reviewIntro')}</p>
        {queue.length === 0 ? (
          <p class="card">{t('sc.smelters.reviewEmpty')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sc.smelters.reported')}</th>
                  <th scope="col">{t('sc.col.metal')}</th>
                  <th scope="col">{t('sc.col.country')}</th>
                  <th scope="col">{t('sc.smelters.candidate')}</th>
                </tr>
              </thead>
              <tbody>
                {queue.map((r) => (
                  <tr>
                    <th scope="row">{r.name ?? r.givenId ?? '—'}</th>
                    <td>{r.metal ?? '—'}</td>
                    <td>{r.country ? countryName(r.country, page.locale) : '—'}</td>
                    <td>
                      {mayEdit ? (
                        <form method="post" action={`${base}/smelters/review/${r.id}`} class="inline-form">
                          <Csrf page={page} />
                          <label for={`c-${r.id}`} class="visually-hidden">
                            {t('sc.smelters.candidate')}
                          </label>
                          <select id={`c-${r.id}`} name="smelterRef">
                            {r.candidates.map((c) => (
                              <option value={c.smelterRef}>
                                {c.smelterId} {c.name} ({Math.round(c.score * 100)}%)
                              </option>
                            ))}
                            <option value="none">{t('sc.smelters.none')}</option>
                          </select>
                          <button type="submit" class="small">
                            {t('sc.smelters.confirm')}
                          </button>
                        </form>
                      ) : (
                        r.candidates.map((c) => `${c.smelterId} ${c.name}`).join('; ')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {mayEdit ? (
        <section class="card" aria-labelledby="import-title">
          <h2 id="import-title">{t('sc.smelters.import')}</h2>
          <p id="import-hint">{t('sc.smelters.importHint')}</p>
          <ErrorSummary page={page} message={message} />
          <form method="post" action={`${base}/smelters/import`} enctype="multipart/form-data">
            <Csrf page={page} />
            <label for="f-list">{t('sc.smelters.importFile')}</label>
            <input id="f-list" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-hint" />
            <fieldset>
              <legend>{t('sc.smelters.importKind')}</legend>
              <label class="check">
                <input type="radio" name="kind" value="conformant" checked />
                {t('sc.smelters.kind.conformant')}
              </label>
              <label class="check">
                <input type="radio" name="kind" value="active" />
                {t('sc.smelters.kind.active')}
              </label>
            </fieldset>
            <button type="submit">{t('sc.smelters.importSubmit')}</button>
          </form>
        </section>
      ) : null}
      <h2>{t('sc.smelters.register', { count: register.length })}</h2>
      {register.length === 0 ? (
        <p class="card">{t('sc.smelters.registerEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sc.col.cid')}</th>
                <th scope="col">{t('sc.col.metal')}</th>
                <th scope="col">{t('sc.col.name')}</th>
                <th scope="col">{t('sc.col.country')}</th>
                <th scope="col">{t('sc.col.conformance')}</th>
                <th scope="col">{t('sc.col.asOf')}</th>
              </tr>
            </thead>
            <tbody>
              {register.map((e) => (
                <tr>
                  <th scope="row">{e.smelterId}</th>
                  <td>{e.metal}</td>
                  <td>{e.name}</td>
                  <td>{e.country ? countryName(e.country, page.locale) : (e.countryName ?? '—')}</td>
                  <td>{t(`sc.conformance.${entryConformance(e, listed)}` as UiMessageKey)}</td>
                  <td>{e.asOf ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
