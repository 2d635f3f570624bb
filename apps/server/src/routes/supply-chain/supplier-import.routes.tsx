import {
  cancelStagedImport,
  importStagedSuppliers,
  previewStagedSuppliers,
  previewSupplierFile,
  type SubmissionFiles,
} from '@assay/services';
import { Hono } from 'hono';
import { readForm } from '../../http/body.js';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { noticeCounts } from '../../http/notice.js';
import { seeOther } from '../../http/redirect.js';
import { errorText } from '../../pages/error-text.js';
import { pageContext } from '../../pages/page-context.js';
import { SupplierImportPage } from '../../pages/supply-chain/supplier-import.page.js';
import { uploadedFiles } from './uploads.js';

/** Supplier import from CSV/XLSX: upload → mapping and preview → import. */
export function supplierImportRoutes(deps: AppDeps, imports: SubmissionFiles) {
  const app = new Hono<AppEnv>();

  app.get('/o/:org/suppliers/import', requirePermission('data.edit'), async (c) => {
    const done = noticeCounts(c.req.query('done'), ['created', 'updated', 'skipped']);
    const notice = done ? c.get('t')('sc.import.done', done) : undefined;
    return c.html(<SupplierImportPage page={pageContext(c)} notice={notice} />);
  });

  app.post('/o/:org/suppliers/import', requirePermission('data.edit'), async (c) => {
    const [file] = await uploadedFiles(c, 'file');
    const result = await tryForm(() =>
      previewSupplierFile(deps.ctx, imports, actorOf(c), file ?? { fileName: '', bytes: new Uint8Array() }),
    );
    if (!result.ok)
      return c.html(
        <SupplierImportPage page={pageContext(c)} message={errorText(pageContext(c), result.error)} />,
        400,
      );
    return c.html(<SupplierImportPage page={pageContext(c)} preview={result.value} />);
  });

  app.post('/o/:org/suppliers/import/apply', requirePermission('data.edit'), async (c) => {
    const actor = actorOf(c);
    const fields = await readForm(c);
    const staged = /^[0-9a-f]{64}$/.test(fields.staged ?? '') ? (fields.staged as string) : '';
    const fileName = fields.fileName ?? 'import';
    const mapping = Object.fromEntries(
      Object.entries(fields)
        .filter(([k]) => k.startsWith('map.'))
        .map(([k, v]) => [k.slice(4), v]),
    );
    if (!staged)
      return c.html(<SupplierImportPage page={pageContext(c)} message={c.get('t')('sc.import.intro')} />, 400);
    if (fields.step === 'cancel') {
      await cancelStagedImport(imports, actor, staged);
      return seeOther(c, `/o/${c.req.param('org')}/suppliers/import`);
    }
    if (fields.step !== 'apply') {
      const result = await tryForm(() => previewStagedSuppliers(deps.ctx, imports, actor, staged, fileName, mapping));
      if (!result.ok)
        return c.html(
          <SupplierImportPage page={pageContext(c)} message={errorText(pageContext(c), result.error)} />,
          400,
        );
      return c.html(<SupplierImportPage page={pageContext(c)} preview={result.value} />);
    }
    const result = await tryForm(() => importStagedSuppliers(deps.ctx, imports, actor, staged, fileName, mapping));
    if (!result.ok)
      return c.html(
        <SupplierImportPage page={pageContext(c)} message={errorText(pageContext(c), result.error)} />,
        400,
      );
    const { created, updated, skipped } = result.value;
    return seeOther(c, `/o/${c.req.param('org')}/suppliers/import?done=${created}.${updated}.${skipped}`);
  });

  return app;
}
