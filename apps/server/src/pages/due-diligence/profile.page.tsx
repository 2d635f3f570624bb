import { CHAIN_POSITION_INFO, CHAIN_POSITIONS, CUSTOMER_REQUEST_KINDS, MATERIALS, SIZE_BAND_LIMITS } from '@assay/core';
import { Notice } from '../components/notice.js';
import { SelectField } from '../components/select-field.js';
import { COUNTRY_LIST_ID, CountryList, ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ChoiceGroup, errorFor, lt, mayEdit, orgBase, tk } from './common.js';

/** One material line of the form, as text. */
export type MaterialRow = {
  materialId: string;
  originCountries: string;
  volumeKgPerYear: string;
  importsIntoEu: boolean;
};

/** The profile form's values as text, from the stored profile or from a submission. */
export type ProfileForm = {
  name: string;
  country: string;
  grievanceChannelUrl: string;
  positions: string[];
  sizeBand: string;
  employees: string;
  customerRequests: string[];
  materials: MaterialRow[];
};

/** Empty material rows offered below the filled ones, so a profile can grow without JavaScript. */
export const SPARE_MATERIAL_ROWS = 2;

type Props = {
  page: PageContext;
  form: ProfileForm;
  errors?: FieldErrors;
  message?: string;
  notice?: string;
};

/** The company profile wizard: who the company is, where it sits in the chain, what it buys and from where. */
export function ProfilePage({ page, form, errors = {}, message, notice }: Props) {
  const { t } = page;
  const editable = mayEdit(page);
  const materials = [...MATERIALS].sort((a, b) => lt(page, a.name).localeCompare(lt(page, b.name), page.locale));
  const rows = [
    ...form.materials,
    ...Array.from({ length: SPARE_MATERIAL_ROWS }, () => ({
      materialId: '',
      originCountries: '',
      volumeKgPerYear: '',
      importsIntoEu: false,
    })),
  ];
  return (
    <Layout page={page} title={t('dd.profile.title')}>
      <h1>{t('dd.profile.title')}</h1>
      <p>{t('dd.profile.intro')}</p>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      {!editable ? <p class="card">{t('dd.readOnly')}</p> : null}
      <form method="post" action={`${orgBase(page)}/profile`} class="wizard">
        <Csrf page={page} />
        <fieldset>
          <legend>{t('dd.profile.step.company')}</legend>
          <Field name="name" label={t('dd.profile.name')} value={form.name} error={errors.name} required />
          <Field
            name="country"
            label={t('dd.profile.country')}
            hint={t('dd.profile.countryHint')}
            value={form.country}
            error={errors.country}
            list={COUNTRY_LIST_ID}
          />
          <CountryList page={page} />
          <SelectField
            name="size.band"
            label={t('dd.profile.size')}
            hint={t('dd.profile.sizeHint')}
            value={form.sizeBand}
            error={errorFor(errors, 'size.band')}
            options={SIZE_BAND_LIMITS.map((b) => ({ value: b.band, label: lt(page, b.label) }))}
          />
          <Field
            name="size.employees"
            type="number"
            label={t('dd.profile.employees')}
            value={form.employees}
            error={errorFor(errors, 'size.employees')}
          />
        </fieldset>
        <ChoiceGroup
          name="positions"
          type="checkbox"
          legend={t('dd.profile.step.positions')}
          hint={t('dd.profile.positionsHint')}
          error={errorFor(errors, 'positions')}
          checked={form.positions}
          options={CHAIN_POSITIONS.map((p) => ({ value: p, label: lt(page, CHAIN_POSITION_INFO[p].label) }))}
        />
        <fieldset>
          <legend>{t('dd.profile.step.materials')}</legend>
          <p class="hint">{t('dd.profile.materialsHint')}</p>
          {rows.map((row, i) => (
            <fieldset class="material-row">
              <legend>{t('dd.profile.materialN', { n: i + 1 })}</legend>
              <SelectField
                name={`materials.${i}.materialId`}
                label={t('dd.profile.material')}
                value={row.materialId}
                error={errorFor(errors, `materials.${i}.materialId`)}
                options={[
                  { value: '', label: t('dd.profile.materialNone') },
                  ...materials.map((m) => ({ value: m.id, label: lt(page, m.name) })),
                ]}
              />
              <Field
                name={`materials.${i}.originCountries`}
                label={t('dd.profile.origins')}
                hint={t('dd.profile.originsHint')}
                value={row.originCountries}
                error={errorFor(errors, `materials.${i}.originCountries`)}
              />
              <Field
                name={`materials.${i}.volumeKgPerYear`}
                type="number"
                label={t('dd.profile.volume')}
                value={row.volumeKgPerYear}
                error={errorFor(errors, `materials.${i}.volumeKgPerYear`)}
              />
              <label class="check" for={`f-materials-${i}-importsIntoEu`}>
                <input
                  type="checkbox"
                  id={`f-materials-${i}-importsIntoEu`}
                  name={`materials.${i}.importsIntoEu`}
                  checked={row.importsIntoEu}
                />
                {t('dd.profile.imports')}
              </label>
            </fieldset>
          ))}
        </fieldset>
        <ChoiceGroup
          name="customerRequests"
          type="checkbox"
          legend={t('dd.profile.step.customers')}
          checked={form.customerRequests}
          options={CUSTOMER_REQUEST_KINDS.map((k) => ({ value: k, label: tk(page, 'dd.request.', k) }))}
        />
        <fieldset>
          <legend>{t('dd.profile.step.grievance')}</legend>
          <Field
            name="grievanceChannelUrl"
            type="url"
            label={t('dd.profile.grievanceUrl')}
            hint={t('dd.profile.grievanceHint')}
            value={form.grievanceChannelUrl}
            error={errors.grievanceChannelUrl}
          />
        </fieldset>
        {editable ? <button type="submit">{t('dd.profile.save')}</button> : null}
      </form>
    </Layout>
  );
}
