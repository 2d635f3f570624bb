import { type CompanyProfile, countryName, type ImportCheck, INSTRUMENTS, type PlanOfApproach } from '@assay/core';
import { DataTable } from '../components/data-table.js';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { longDate, lt, materialLabel, orgBase, tk } from './common.js';

/** Where each instrument lives in Assay, when it has a page. */
const INSTRUMENT_PAGES: Partial<Record<string, string>> = {
  maturity_assessment: '/assessment',
  improvement_plan: '/goals',
  model_policy: '/policy',
  heat_map: '/risks',
  action_plan: '/risks',
  effectiveness_review: '/risks',
};

/** The scan address for the profile's materials and origins (the public quick scan). */
function scanHref(profile: CompanyProfile): string {
  const params = new URLSearchParams();
  for (const m of profile.materials) params.append('material', m.materialId);
  for (const c of new Set(profile.materials.flatMap((m) => m.originCountries))) params.append('country', c);
  return `/scan?${params.toString()}`;
}

/** The tailored plan of approach: steps and instruments with reasons, EU CMR scope, templates, recycler steps, first actions. */
export function PlanPage({
  page,
  profile,
  plan,
  importerCheck,
}: {
  page: PageContext;
  profile: CompanyProfile;
  plan: PlanOfApproach;
  /** The organisation's latest importer check (EU 2017/821), when one was run. */
  importerCheck?: { readonly status: ImportCheck['status']; readonly checkedAt: string } | undefined;
}) {
  const { t } = page;
  const base = orgBase(page);
  const instrument = (id: string) => plan.instruments.find((i) => i.id === id);
  const cmr = plan.euConflictMinerals;
  return (
    <Layout page={page} title={t('dd.plan.title')}>
      <h1>{t('dd.plan.title')}</h1>
      <p>{t('dd.plan.intro', { company: plan.companyName })}</p>
      <p>
        <a href={`${base}/profile`}>{t('dd.plan.editProfile')}</a>
      </p>

      <section class="card" aria-labelledby="first-actions">
        <h2 id="first-actions">{t('dd.plan.firstActions')}</h2>
        <ol class="first-steps">
          {plan.firstActions.map((a) => (
            <li>
              <strong>{lt(page, a.text)}</strong>
              <br />
              <span class="muted">{lt(page, a.why)}</span>
              {a.instrument && INSTRUMENT_PAGES[a.instrument] ? (
                <>
                  {' '}
                  <a href={`${base}${INSTRUMENT_PAGES[a.instrument]}`}>{t('dd.plan.open')}</a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section class="card" aria-labelledby="cmr">
        <h2 id="cmr">{t('dd.plan.cmr')}</h2>
        <p>
          <span class={cmr.status === 'in_scope' || cmr.status === 'threshold_check_needed' ? 'tag warn' : 'tag'}>
            {tk(page, 'dd.cmr.', cmr.status)}
          </span>{' '}
          {lt(page, cmr.summary)}
        </p>
        {cmr.materials.length > 0 ? (
          <DataTable
            columns={[t('dd.plan.material'), t('dd.plan.cmrStatus'), t('dd.plan.threshold')]}
            caption={t('dd.plan.cmrTable')}
            captionClass="visually-hidden"
          >
            {cmr.materials.map((m) => (
              <tr>
                <th scope="row">{materialLabel(page, m.materialId)}</th>
                <td>{tk(page, 'dd.cmrLine.', m.status)}</td>
                <td>{m.thresholdKg === null ? '–' : `${m.thresholdKg.toLocaleString(page.locale)} kg`}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        {cmr.link === 'importer_check' ? <p>{t('dd.plan.importerCheck')}</p> : null}
        <p id="plan-importer-check">
          {importerCheck
            ? t('cmr.planLatest', {
                date: longDate(page, importerCheck.checkedAt.slice(0, 10)),
                status: tk(page, 'cmr.status.', importerCheck.status),
              })
            : t('cmr.planNone')}{' '}
          <a href={`${base}/cmr`}>{t('cmr.planLink')}</a>
        </p>
        <p class="muted" lang="en">
          {cmr.source}
        </p>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('dd.plan.steps')}</h2>
        <p>
          <a href={scanHref(profile)}>{t('dd.plan.scan')}</a>
        </p>
        <ol class="steps">
          {plan.steps.map((s) => (
            <li>
              <h3>{lt(page, s.title)}</h3>
              {s.notes.length > 0 ? (
                <ul>
                  {s.notes.map((n) => (
                    <li>
                      {lt(page, n.text)}{' '}
                      <span class="muted" lang="en">
                        ({n.source})
                      </span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {s.instruments.length > 0 ? (
                <>
                  <h4>{t('dd.plan.instruments')}</h4>
                  <ul>
                    {s.instruments.map((id) => {
                      const i = instrument(id);
                      if (!i) return null;
                      const href = INSTRUMENT_PAGES[id];
                      return (
                        <li>
                          {href ? (
                            <a href={`${base}${href}`}>{lt(page, i.name)}</a>
                          ) : (
                            <strong>{lt(page, i.name)}</strong>
                          )}{' '}
                          <span class={i.done ? 'tag' : 'tag planned'}>
                            {i.done ? t('dd.plan.done') : t('dd.plan.todo')}
                          </span>
                          <br />
                          <span class="muted">{lt(page, i.why)}</span>
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {plan.templates.length > 0 ? (
        <section class="card" aria-labelledby="templates-title">
          <h2 id="templates-title">{t('dd.plan.templates')}</h2>
          <ul>
            {plan.templates.map((tpl) => (
              <li>
                <strong>{tpl.template}</strong> ({tk(page, 'dd.templateDirection.', tpl.direction)};{' '}
                {tk(page, 'dd.templateFirmness.', tpl.firmness)}): {lt(page, tpl.reason)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.recyclerSteps.length > 0 ? (
        <section class="card" aria-labelledby="recycler-title">
          <h2 id="recycler-title">{t('dd.plan.recycler')}</h2>
          <ul>
            {plan.recyclerSteps.map((r) => (
              <li>
                {lt(page, r.text)}{' '}
                <span class="muted" lang="en">
                  ({r.source})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="origins-title">
        <h2 id="origins-title">{t('dd.plan.origins')}</h2>
        <ul>
          {profile.materials.map((m) => (
            <li>
              {materialLabel(page, m.materialId)}:{' '}
              {m.originCountries.map((c) => countryName(c, page.locale)).join(', ') || t('dd.plan.unknown')}
            </li>
          ))}
        </ul>
      </section>
      <p class="muted">{t('dd.plan.instrumentCount', { count: plan.instruments.length, total: INSTRUMENTS.length })}</p>
    </Layout>
  );
}
