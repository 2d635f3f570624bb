import { can, countryName, DEFAULT_PAGE_SIZE, METHOD_VERSION, type PageOf, type SupplierListQuery } from '@assay/core';
import type { RegisterSupplier } from '@assay/services';
import { DataTable } from './components/data-table.js';
import { FormCard } from './components/form-card.js';
import { InlineForm } from './components/inline-form.js';
import { ListSearch, type ListView, NoMatches, Pager, SortHeader } from './components/list-controls.js';
import { Notice } from './components/notice.js';
import type { FieldErrors } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';
import { SupplierFields, type SupplierFormField } from './supplier-form.js';
import { contactsText, materialsText, SupplierRiskText } from './supplier-parts.js';

type Props = {
  page: PageContext;
  /** The page of the register to show, and the search, sort and page it was asked for. */
  register: PageOf<RegisterSupplier>;
  query: SupplierListQuery;
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string | undefined;
  notice?: string | undefined;
};

/** The add form's fields in order: name, label, hint and control. */
const ADD_FIELDS: readonly SupplierFormField[] = [
  ['name', 'suppliers.name', undefined, 'required'],
  ['country', 'suppliers.country', 'suppliers.countryHint', 'country'],
  ['materials', 'suppliers.materials', 'suppliers.materialsHint'],
  ['tier', 'suppliers.tier', undefined, 'number'],
  ['recycled', 'suppliers.recycled', undefined, 'checkbox'],
];

const number = (page: PageContext, n: number | null) =>
  n === null ? null : new Intl.NumberFormat(page.locale, { maximumFractionDigits: 2 }).format(n);

/**
 * The supplier register, one page at a time (search on the name, sortable columns, a pager): profile
 * fields and inherent risk per supplier, the export of the whole register, and for editors a form to
 * add one.
 */
export function SuppliersPage({ page, register, query, values = {}, errors = {}, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}/suppliers`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  const suppliers = register.items;
  const view: ListView = {
    base,
    state: query,
    defaults: { sort: 'name', dir: 'asc', limit: DEFAULT_PAGE_SIZE },
    total: register.total,
  };
  const plain = (label: string | null) => (label === null ? null : <th scope="col">{label}</th>);
  return (
    <Layout page={page} title={t('suppliers.title')}>
      <h1>{t('suppliers.title')}</h1>
      <p>{t('suppliers.intro')}</p>
      <Notice text={notice} />
      {register.total === 0 && !query.q ? (
        <p class="card">{t('suppliers.empty')}</p>
      ) : (
        <>
          <p class="muted">{t('sc.suppliers.riskCaveat', { version: METHOD_VERSION })}</p>
          <p>
            <a class="button secondary" href={`${base}/export?format=csv`}>
              {t('sc.suppliers.exportCsv')}
            </a>{' '}
            <a class="button secondary" href={`${base}/export?format=xlsx`}>
              {t('sc.suppliers.exportXlsx')}
            </a>
            {mayEdit ? (
              <>
                {' '}
                <a class="button secondary" href={`${base}/import`}>
                  {t('sc.nav.import')}
                </a>
              </>
            ) : null}
          </p>
          <ListSearch page={page} view={view} label={t('list.searchSuppliers')} />
          {register.total === 0 ? <NoMatches page={page} view={view} /> : null}
          <Pager page={page} view={view} />
          {suppliers.length === 0 ? null : (
            <DataTable
              head={
                <>
                  <SortHeader view={view} column="name" label={t('suppliers.name')} />
                  <SortHeader view={view} column="country" label={t('sc.field.country')} />
                  {plain(t('sc.field.materials'))}
                  {plain(t('sc.suppliers.risk'))}
                  {plain(t('sc.field.cnCodes'))}
                  {plain(t('sc.field.annualVolume'))}
                  {plain(t('sc.suppliers.spendLeverage'))}
                  {plain(t('sc.field.site'))}
                  {plain(t('sc.field.contacts'))}
                  <SortHeader view={view} column="tier" label={t('sc.field.tier')} />
                  {plain(t('sc.field.recycled'))}
                  {plain(mayEdit ? t('suppliers.delete') : null)}
                </>
              }
            >
              {suppliers.map((s) => {
                const volume = number(page, s.profile.annualVolume);
                const spend = number(page, s.profile.spend);
                return (
                  <tr>
                    <th scope="row">
                      <a href={`${base}/${s.id}`}>{s.name}</a>
                    </th>
                    <td>{s.country ? countryName(s.country, page.locale) : '—'}</td>
                    <td>{materialsText(page, s.materials)}</td>
                    <td>
                      <SupplierRiskText page={page} risk={s.risk} country={s.country} />
                    </td>
                    <td>{s.profile.cnCodes.join(', ') || '—'}</td>
                    <td>{volume ? `${volume} ${s.profile.volumeUnit ?? ''}`.trim() : '—'}</td>
                    <td>{[spend, s.profile.leverage].filter(Boolean).join(' / ') || '—'}</td>
                    <td>{s.profile.sites.join('; ') || '—'}</td>
                    <td>{contactsText(s.profile.contacts)}</td>
                    <td>{s.tier}</td>
                    <td>{s.recycled ? t('suppliers.yes') : t('suppliers.no')}</td>
                    {mayEdit ? (
                      <td>
                        <InlineForm
                          page={page}
                          action={`${base}/${s.id}/delete`}
                          label={t('suppliers.delete')}
                          ariaLabel={`${t('suppliers.delete')}: ${s.name}`}
                        />
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </DataTable>
          )}
          {suppliers.length > 10 ? <Pager page={page} view={view} /> : null}
        </>
      )}
      {mayEdit ? (
        <FormCard
          page={page}
          id="add-supplier"
          title={t('suppliers.add')}
          action={base}
          message={message}
          submit={t('suppliers.add')}
        >
          <SupplierFields page={page} fields={ADD_FIELDS} values={{ tier: '1', ...values }} errors={errors} />
        </FormCard>
      ) : null}
    </Layout>
  );
}
