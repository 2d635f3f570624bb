import { can, countryName, METHOD_VERSION } from '@assay/core';
import type { RegisterSupplier } from '@assay/services';
import { DataTable } from './components/data-table.js';
import { Notice } from './components/notice.js';
import { TextAreaField } from './components/text-area-field.js';
import { ErrorSummary, Field, type FieldErrors } from './form.js';
import { Csrf, Layout } from './layout.js';
import type { PageContext } from './page-context.js';
import { MaterialRiskText, materialLabel, materialsText, SupplierRiskText } from './supplier-parts.js';

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
    contacts: p.contacts
      .map((c) => (c.name && c.email ? `${c.name} <${c.email}>` : (c.name ?? c.email ?? '')))
      .join('\n'),
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
          <dd>{p.contacts.map((c) => [c.name, c.email].filter(Boolean).join(' ')).join('; ') || '—'}</dd>
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
        <section class="card" aria-labelledby="edit-supplier">
          <h2 id="edit-supplier">{t('sc.suppliers.edit')}</h2>
          <ErrorSummary page={page} message={message} />
          <form method="post" action={`${base}/suppliers/${s.id}`}>
            <Csrf page={page} />
            <Field name="name" label={t('sc.field.name')} value={v.name} error={errors.name} required />
            <Field name="identifier" label={t('sc.field.identifier')} value={v.identifier} error={errors.identifier} />
            <Field
              name="country"
              label={t('sc.field.country')}
              hint={t('sc.suppliers.hint.country')}
              value={v.country}
              error={errors.country}
            />
            <Field
              name="materials"
              label={t('sc.field.materials')}
              hint={t('sc.suppliers.hint.materials')}
              value={v.materials}
              error={errors.materials}
            />
            <Field
              name="cnCodes"
              label={t('sc.field.cnCodes')}
              hint={t('sc.suppliers.hint.cnCodes')}
              value={v.cnCodes}
              error={errors.cnCodes}
            />
            <Field
              name="annualVolume"
              label={t('sc.field.annualVolume')}
              hint={t('sc.suppliers.hint.amount')}
              value={v.annualVolume}
              error={errors.annualVolume}
            />
            <Field name="volumeUnit" label={t('sc.field.volumeUnit')} value={v.volumeUnit} error={errors.volumeUnit} />
            <Field
              name="spend"
              label={t('sc.field.spend')}
              hint={t('sc.suppliers.hint.amount')}
              value={v.spend}
              error={errors.spend}
            />
            <Field
              name="leverage"
              label={t('sc.field.leverage')}
              hint={t('sc.suppliers.hint.leverage')}
              value={v.leverage}
              error={errors.leverage}
            />
            <TextAreaField
              name="sites"
              label={t('sc.field.site')}
              hint={t('sc.suppliers.hint.sites')}
              value={v.sites}
              error={errors.sites}
            />
            <TextAreaField
              name="contacts"
              label={t('sc.field.contacts')}
              hint={t('sc.suppliers.hint.contacts')}
              value={v.contacts}
              error={errors.contacts}
            />
            <Field name="tier" type="number" label={t('sc.field.tier')} value={v.tier} error={errors.tier} />
            <Field
              name="responseDue"
              type="date"
              label={t('sc.field.responseDue')}
              value={v.responseDue}
              error={errors.responseDue}
            />
            <label class="check">
              <input type="checkbox" name="recycled" checked={v.recycled === 'on'} />
              {t('sc.field.recycled')}
            </label>
            <button type="submit">{t('sc.suppliers.save')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
