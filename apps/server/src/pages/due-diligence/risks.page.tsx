import { countryName, THEMES } from '@assay/core';
import type { PrioritisedRisk, RiskHeatMap, RiskSuggestion } from '@assay/services';
import { DataTable } from '../components/data-table.js';
import { InlineForm } from '../components/inline-form.js';
import { Notice } from '../components/notice.js';
import { SelectField } from '../components/select-field.js';
import { TextAreaField } from '../components/text-area-field.js';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { lt, materialLabel, mayEdit, orgBase, tk } from './common.js';
import { AssessmentSelects, HeatMapTable, RegisterTable, themeLabel } from './risk-parts.js';

type Props = {
  page: PageContext;
  risks: readonly PrioritisedRisk[];
  heat: RiskHeatMap;
  suggestions: readonly RiskSuggestion[];
  notice?: string;
  message?: string;
  errors?: FieldErrors;
  values?: Readonly<Record<string, string>>;
};

/** The risk register: prioritised the OECD way, with a heat map, the model's suggestions and own entries. */
export function RisksPage({ page, risks, heat, suggestions, notice, message, errors = {}, values = {} }: Props) {
  const { t } = page;
  const base = orgBase(page);
  const editable = mayEdit(page);
  return (
    <Layout page={page} title={t('dd.risks.title')}>
      <h1>{t('dd.risks.title')}</h1>
      <p>{t('dd.risks.intro')}</p>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      <section aria-labelledby="register-title">
        <h2 id="register-title">{t('dd.risks.register')}</h2>
        {risks.length === 0 ? <p class="card">{t('dd.risks.empty')}</p> : <RegisterTable page={page} risks={risks} />}
      </section>
      <section aria-labelledby="heat-title">
        <h2 id="heat-title">{t('dd.risks.heatMap')}</h2>
        <HeatMapTable page={page} heat={heat} />
      </section>
      <section aria-labelledby="suggest-title">
        <h2 id="suggest-title">{t('dd.risks.suggestions')}</h2>
        <p>{t('dd.risks.suggestionsIntro')}</p>
        {suggestions.length === 0 ? (
          <p class="muted">{t('dd.risks.noSuggestions')}</p>
        ) : (
          <DataTable
            columns={[
              t('dd.risks.theme'),
              t('dd.risks.materialCountry'),
              t('dd.risks.level'),
              editable ? t('dd.risks.add') : null,
            ]}
            caption={t('dd.risks.suggestions')}
            captionClass="visually-hidden"
          >
            {suggestions.map((s) => {
              const label = `${themeLabel(page, s.theme)}: ${materialLabel(page, s.materialId)} (${countryName(s.country, page.locale)})`;
              return (
                <tr>
                  <th scope="row">{themeLabel(page, s.theme)}</th>
                  <td>
                    {materialLabel(page, s.materialId)}, {countryName(s.country, page.locale)}{' '}
                    <a href={`/scan?material=${s.materialId}&country=${s.country}&theme=${s.theme}`}>
                      {t('dd.risks.why')}
                      <span class="visually-hidden"> {label}</span>
                    </a>
                  </td>
                  <td>
                    {tk(page, 'dd.level.', s.level)} ({s.score})
                  </td>
                  {editable ? (
                    <td>
                      <InlineForm
                        page={page}
                        action={`${base}/risks`}
                        label={t('dd.risks.add')}
                        ariaLabel={`${t('dd.risks.add')}: ${label}`}
                        buttonClass="small"
                      >
                        <input type="hidden" name="source" value="model" />
                        <input type="hidden" name="materialId" value={s.materialId} />
                        <input type="hidden" name="country" value={s.country} />
                        <input type="hidden" name="theme" value={s.theme} />
                        <input type="hidden" name="supplierId" value={s.supplierId ?? ''} />
                      </InlineForm>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
      {editable ? (
        <section class="card" aria-labelledby="own-title">
          <h2 id="own-title">{t('dd.risks.own')}</h2>
          <form method="post" action={`${base}/risks`}>
            <Csrf page={page} />
            <input type="hidden" name="source" value="own" />
            <Field name="title" label={t('dd.risks.ownTitle')} value={values.title} error={errors.title} required />
            <TextAreaField
              name="description"
              label={t('dd.risks.description')}
              value={values.description}
              error={errors.description}
            />
            <SelectField
              name="theme"
              label={t('dd.risks.theme')}
              value={values.theme}
              error={errors.theme}
              options={THEMES.map((th) => ({ value: th.id, label: lt(page, th.label) }))}
            />
            <AssessmentSelects page={page} idPrefix="own" values={values} errors={errors} />
            <Field name="ownerName" label={t('dd.risks.ownerName')} value={values.ownerName} error={errors.ownerName} />
            <button type="submit">{t('dd.risks.addOwn')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
