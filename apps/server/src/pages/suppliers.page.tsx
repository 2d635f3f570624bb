import { can } from '@assay/core';
import type { Supplier } from '@assay/storage';
import { DataTable } from './components/data-table.js';
import { InlineForm } from './components/inline-form.js';
import { Notice } from './components/notice.js';
import { ErrorSummary, Field, type FieldErrors } from './form.js';
import { Csrf, Layout } from './layout.js';
import type { PageContext } from './page-context.js';

type Props = {
  page: PageContext;
  suppliers: readonly Supplier[];
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string;
  notice?: string;
};

/** The supplier register: a table and, for editors, a form to add one. */
export function SuppliersPage({ page, suppliers, values = {}, errors = {}, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}/suppliers`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  return (
    <Layout page={page} title={t('suppliers.title')}>
      <h1>{t('suppliers.title')}</h1>
      <p>{t('suppliers.intro')}</p>
      <Notice text={notice} />
      {suppliers.length === 0 ? (
        <p class="card">{t('suppliers.empty')}</p>
      ) : (
        <DataTable
          columns={[
            t('suppliers.name'),
            t('suppliers.country'),
            t('suppliers.materials'),
            t('suppliers.tier'),
            t('suppliers.recycled'),
            mayEdit ? t('suppliers.delete') : null,
          ]}
        >
          {suppliers.map((s) => (
            <tr>
              <td>{s.name}</td>
              <td>{s.country ?? '—'}</td>
              <td>{s.materials.join(', ')}</td>
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
          ))}
        </DataTable>
      )}
      {mayEdit ? (
        <section class="card" aria-labelledby="add-supplier">
          <h2 id="add-supplier">{t('suppliers.add')}</h2>
          <ErrorSummary page={page} message={message} />
          <form method="post" action={base}>
            <Csrf page={page} />
            <Field name="name" label={t('suppliers.name')} value={values.name} error={errors.name} required />
            <Field
              name="country"
              label={t('suppliers.country')}
              hint={t('suppliers.countryHint')}
              value={values.country}
              error={errors.country}
            />
            <Field
              name="materials"
              label={t('suppliers.materials')}
              hint={t('suppliers.materialsHint')}
              value={values.materials}
              error={errors.materials}
            />
            <Field
              name="tier"
              type="number"
              label={t('suppliers.tier')}
              value={values.tier ?? '1'}
              error={errors.tier}
            />
            <label class="check">
              <input type="checkbox" name="recycled" checked={values.recycled === 'on'} />
              {t('suppliers.recycled')}
            </label>
            <button type="submit">{t('suppliers.add')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
