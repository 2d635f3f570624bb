import { SUPPLIER_IMPORT_FIELDS, type UiMessageKey } from '@assay/core';
import type { SupplierImportPreview } from '@assay/services';
import { ErrorSummary } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { Notice, ScNav } from './common.js';

type Props = { page: PageContext; preview?: SupplierImportPreview; message?: string; notice?: string };

/** Supplier import: upload, column mapping, preview with row-level problems, import. */
export function SupplierImportPage({ page, preview, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}/suppliers/import`;
  const importable = preview?.rows.filter((r) => r.action === 'create' || r.action === 'update').length ?? 0;
  return (
    <Layout page={page} title={t('sc.import.title')}>
      <ScNav page={page} />
      <h1>{t('sc.import.title')}</h1>
      <p>{t('sc.import.intro')}</p>
      <p class="hint">{t('sc.import.contacts')}</p>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      {!preview ? (
        <form method="post" action={base} enctype="multipart/form-data" class="card">
          <Csrf page={page} />
          <label for="f-file">{t('sc.import.file')}</label>
          <input id="f-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required />
          <button type="submit">{t('sc.import.preview')}</button>
        </form>
      ) : (
        <form method="post" action={`${base}/apply`}>
          <Csrf page={page} />
          <input type="hidden" name="staged" value={preview.staged} />
          <input type="hidden" name="fileName" value={preview.fileName} />
          <fieldset>
            <legend>{t('sc.import.mapping')}</legend>
            {SUPPLIER_IMPORT_FIELDS.map((field) => (
              <div>
                <label for={`m-${field}`}>{t(`sc.field.${field}` as UiMessageKey)}</label>
                <select id={`m-${field}`} name={`map.${field}`}>
                  <option value="">{t('sc.import.unmapped')}</option>
                  {preview.header.map((h) => (
                    <option value={h} selected={preview.mapping[field] === h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <button type="submit" name="step" value="preview" class="secondary">
            {t('sc.import.remap')}
          </button>
          <h2>{t('sc.import.preview')}</h2>
          <div class="table-wrap">
            <table id="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('sc.import.line')}</th>
                  <th scope="col">{t('sc.field.name')}</th>
                  <th scope="col">{t('sc.import.action')}</th>
                  <th scope="col">{t('sc.import.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr>
                    <th scope="row">{r.line}</th>
                    <td>{r.supplier?.name ?? '—'}</td>
                    <td>
                      {r.action === 'duplicate'
                        ? t('sc.import.action.duplicate', { line: r.duplicateOf ?? 0 })
                        : t(`sc.import.action.${r.action}` as UiMessageKey)}
                    </td>
                    <td>
                      {r.issues.map((i) => (
                        <div>
                          {i.cell}: {i.message[page.locale]}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" name="step" value="apply" disabled={importable === 0}>
            {t('sc.import.apply', { count: importable })}
          </button>{' '}
          <button type="submit" name="step" value="cancel" class="secondary">
            {t('form.cancel')}
          </button>
        </form>
      )}
    </Layout>
  );
}
