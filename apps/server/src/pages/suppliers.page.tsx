import { can } from '@assay/core';
import type { Supplier } from '@assay/storage';
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
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {suppliers.length === 0 ? (
        <p class="card">{t('suppliers.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('suppliers.name')}</th>
                <th scope="col">{t('suppliers.country')}</th>
                <th scope="col">{t('suppliers.materials')}</th>
                <th scope="col">{t('suppliers.tier')}</th>
                <th scope="col">{t('suppliers.recycled')}</th>
                {mayEdit ? <th scope="col">{t('suppliers.delete')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {suppliers.map((s) => (
                <tr>
                  <td>{s.name}</td>
                  <td>{s.country ?? '—'}</td>
                  <td>{s.materials.join(', ')}</td>
                  <td>{s.tier}</td>
                  <td>{s.recycled ? t('suppliers.yes') : t('suppliers.no')}</td>
                  {mayEdit ? (
                    <td>
                      <form method="post" action={`${base}/${s.id}/delete`} class="inline-form">
                        <Csrf page={page} />
                        <button
                          type="submit"
                          class="small secondary"
                          aria-label={`${t('suppliers.delete')}: ${s.name}`}
                        >
                          {t('suppliers.delete')}
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
