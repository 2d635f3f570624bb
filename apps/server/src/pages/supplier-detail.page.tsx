import { can, countryName, formatContacts, METHOD_VERSION } from '@assay/core';
import type { RegisterSupplier } from '@assay/services';
import { DataTable } from './components/data-table.js';
import { FormCard } from './components/form-card.js';
import { Notice } from './components/notice.js';
import type { FieldErrors } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';
import { SupplierFields, type SupplierFormField } from './supplier-form.js';
import { contactsText, MaterialRiskText, materialLabel, materialsText, SupplierRiskText } from './supplier-parts.js';

type Props = {
  page: PageContext;
  supplier: RegisterSupplier;
  /** The form's values when shown again after an error; otherwise taken from the supplier. */
  values?: Readonly<Record<string, string>> | undefined;
  errors?: FieldErrors;
  message?: string | undefined;
  notice?: string | undefined;
};

/** The supplier's current fields as form values. */
export function supplierFormValues(s: RegisterSupplier): Record<string, string> {
  const p = s.profile;
  return {
    name: s.name,
    identifier: p.identifier ?? '',
    country: s.country ?? '',
    sites: p.sites.join('\n'),
    contacts: formatContacts(p.contacts, '\n'),
    materials: s.materials.join(', '),
    cnCodes: p.cnCodes.join(', '),
    annualVolume: p.annualVolume === null ? '' : String(p.annualVolume),
    volumeUnit: p.volumeUnit ?? '',
    tier: String(s.tier),
    recycled: s.recycled ? 'on' : '',
    spend: p.spend === null ? '' : String(p.spend),
    leverage: p.leverage ?? '',
    responseDue: p.responseDue ?? '',
  };
}

/** The edit form's fields in order: name, label, hint and control. */
const EDIT_FIELDS: readonly SupplierFormField[] = [
  ['name', 'sc.field.name', undefined, 'required'],
  ['identifier', 'sc.field.identifier'],
  ['country', 'sc.field.country', 'sc.suppliers.hint.country', 'country'],
  ['materials', 'sc.field.materials', 'sc.suppliers.hint.materials'],
  ['cnCodes', 'sc.field.cnCodes', 'sc.suppliers.hint.cnCodes'],
  ['annualVolume', 'sc.field.annualVolume', 'sc.suppliers.hint.amount'],
  ['volumeUnit', 'sc.field.volumeUnit'],
  ['spend', 'sc.field.spend', 'sc.suppliers.hint.amount'],
  ['leverage', 'sc.field.leverage', 'sc.suppliers.hint.leverage'],
  ['sites', 'sc.field.site', 'sc.suppliers.hint.sites', 'textarea'],
  ['contacts', 'sc.field.contacts', 'sc.suppliers.hint.contacts', 'textarea'],
  ['tier', 'sc.field.tier', undefined, 'number'],
  ['responseDue', 'sc.field.responseDue', undefined, 'date'],
  ['recycled', 'sc.field.recycled', undefined, 'checkbox'],
];

const number = (page: PageContext, n: number | null) =>
  n === null ? '—' : new Intl.NumberFormat(page.locale, { maximumFractionDigits: 2 }).format(n);

/** One supplier: its register details, its inherent risk per material, and for editors the form to change them. */
export function SupplierDetailPage({ page, supplier: s, values, errors = {}, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  const v = values ?? supplierFormValues(s);
  const p = s.profile;
  return (
    <Layout page={page} title={s.name}>
      <p>
        <a href={`${base}/suppliers`}>{t('sc.suppliers.back')}</a>
      </p>
      <h1>{s.name}</h1>
      <Notice text={notice} />
      <section aria-labelledby="risk">
        <h2 id="risk">{t('sc.suppliers.risk')}</h2>
        <p>
          <SupplierRiskText page={page} risk={s.risk} country={s.country} />
        </p>
        <p class="muted">{t('sc.suppliers.riskCaveat', { version: s.risk.methodVersion ?? METHOD_VERSION })}</p>
        {s.country && s.risk.materials.length > 0 ? (
          <DataTable
            caption={t('sc.suppliers.perMaterial')}
            captionClass="muted"
            columns={[t('sc.suppliers.col.material'), t('sc.suppliers.col.level')]}
          >
            {s.risk.materials.map((m) => (
              <tr>
                <th scope="row">{materialLabel(page, m.text)}</th>
                <td>
                  <MaterialRiskText page={page} risk={m} country={s.country ?? ''} />
                </td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>
      <section aria-labelledby="profile">
        <h2 id="profile">{t('sc.suppliers.profile')}</h2>
        <dl class="sc-facts">
          <dt>{t('sc.field.identifier')}</dt>
          <dd>{p.identifier ?? '—'}</dd>
          <dt>{t('sc.field.country')}</dt>
          <dd>{s.country ? countryName(s.country, page.locale) : '—'}</dd>
          <dt>{t('sc.field.materials')}</dt>
          <dd>{materialsText(page, s.materials)}</dd>
          <dt>{t('sc.field.cnCodes')}</dt>
          <dd>{p.cnCodes.join(', ') || '—'}</dd>
          <dt>{t('sc.field.annualVolume')}</dt>
          <dd>{`${number(page, p.annualVolume)} ${p.annualVolume === null ? '' : (p.volumeUnit ?? '')}`.trim()}</dd>
          <dt>{t('sc.field.spend')}</dt>
          <dd>{number(page, p.spend)}</dd>
          <dt>{t('sc.field.leverage')}</dt>
          <dd>{p.leverage ?? '—'}</dd>
          <dt>{t('sc.field.site')}</dt>
          <dd>{p.sites.join('; ') || '—'}</dd>
          <dt>{t('sc.field.contacts')}</dt>
          <dd>{contactsText(p.contacts)}</dd>
          <dt>{t('sc.field.tier')}</dt>
          <dd>{s.tier}</dd>
          <dt>{t('sc.field.recycled')}</dt>
          <dd>{s.recycled ? t('suppliers.yes') : t('suppliers.no')}</dd>
          <dt>{t('sc.field.responseDue')}</dt>
          <dd>{p.responseDue ?? '—'}</dd>
          <dt>{t('sc.suppliers.history')}</dt>
          <dd>
            <a href={`${base}/supply-chain/suppliers/${s.id}`}>{t('sc.history.title', { name: s.name })}</a>
          </dd>
        </dl>
      </section>
      {mayEdit ? (
        <FormCard
          page={page}
          id="edit-supplier"
          title={t('sc.suppliers.edit')}
          action={`${base}/suppliers/${s.id}`}
          message={message}
          submit={t('sc.suppliers.save')}
        >
          <SupplierFields page={page} fields={EDIT_FIELDS} values={v} errors={errors} />
        </FormCard>
      ) : null}
    </Layout>
  );
}
