import { isAppError } from '@assay/core';
import {
  correctionRequestFor,
  getSubmission,
  intakeBoard,
  intakeTemplate,
  linkSubmission,
  listSuppliers,
  type SubmissionFiles,
  supplierHistory,
} from '@assay/services';
import { Hono } from 'hono';
import { readForm } from '../../http/body.js';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { errorText } from '../../pages/error-text.js';
import { pageContext } from '../../pages/page-context.js';
import { SupplierHistoryPage } from '../../pages/supply-chain/history.page.js';
import { IntakePage } from '../../pages/supply-chain/intake.page.js';
import { SubmissionPage } from '../../pages/supply-chain/submission.page.js';
import { MAX_FILE_MB, uploadedFiles } from './uploads.js';

/** Template intake: the board, uploads (form or the drag-and-drop island), one submission, a supplier's history. */
export function intakeRoutes(deps: AppDeps, files: SubmissionFiles) {
  const app = new Hono<AppEnv>();

  app.get('/o/:org/intake', requirePermission('organisation.read'), async (c) => {
    const board = await intakeBoard(deps.ctx, actorOf(c));
    return c.html(<IntakePage page={pageContext(c)} board={board} maxFileMb={MAX_FILE_MB} />);
  });

  app.post('/o/:org/intake', requirePermission('data.edit'), async (c) => {
    const actor = actorOf(c);
    const wantsJson = (c.req.header('accept') ?? '').includes('application/json');
    const uploads = await uploadedFiles(c, 'files');
    const results = [];
    for (const upload of uploads) {
      try {
        results.push(await intakeTemplate(deps.ctx, files, actor, upload));
      } catch (error) {
        if (!isAppError(error) || error.code === 'internal' || error.code === 'unavailable') throw error;
        results.push({ file: upload.fileName, error: errorText(pageContext(c), error) });
      }
    }
    if (wantsJson) return c.json({ results }, 200);
    const board = await intakeBoard(deps.ctx, actor);
    const message = uploads.length === 0 ? c.get('t')('sc.intake.filesHint', { size: MAX_FILE_MB }) : undefined;
    return c.html(
      <IntakePage page={pageContext(c)} board={board} results={results} maxFileMb={MAX_FILE_MB} message={message} />,
      uploads.length === 0 ? 400 : 200,
    );
  });

  app.get('/o/:org/intake/:submissionId', requirePermission('organisation.read'), async (c) => {
    const actor = actorOf(c);
    const id = c.req.param('submissionId');
    const submission = await getSubmission(deps.ctx, actor, id);
    const requestLocale =
      c.req.query('request') === 'nl' || (c.req.query('request') !== 'en' && c.get('locale') === 'nl') ? 'nl' : 'en';
    const sender = c.get('organisation')?.name ?? '';
    const request = await correctionRequestFor(deps.ctx, actor, id, requestLocale, sender);
    const suppliers = await listSuppliers(deps.ctx, actor);
    const notice = c.req.query('linked') !== undefined ? c.get('t')('sc.submission.linked') : undefined;
    return c.html(
      <SubmissionPage
        page={pageContext(c)}
        submission={submission}
        suppliers={suppliers}
        request={request}
        requestLocale={requestLocale}
        notice={notice}
      />,
    );
  });

  app.post('/o/:org/intake/:submissionId/link', requirePermission('data.edit'), async (c) => {
    const actor = actorOf(c);
    const id = c.req.param('submissionId');
    const fields = await readForm(c);
    const result = await tryForm(() => linkSubmission(deps.ctx, actor, id, fields.supplierId ?? ''));
    if (!result.ok) {
      const submission = await getSubmission(deps.ctx, actor, id);
      const request = await correctionRequestFor(
        deps.ctx,
        actor,
        id,
        c.get('locale'),
        c.get('organisation')?.name ?? '',
      );
      const suppliers = await listSuppliers(deps.ctx, actor);
      return c.html(
        <SubmissionPage
          page={pageContext(c)}
          submission={submission}
          suppliers={suppliers}
          request={request}
          requestLocale={c.get('locale')}
          message={errorText(pageContext(c), result.error)}
        />,
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/intake/${id}?linked`);
  });

  app.get('/o/:org/supply-chain/suppliers/:supplierId', requirePermission('organisation.read'), async (c) => {
    const history = await supplierHistory(deps.ctx, actorOf(c), c.req.param('supplierId'));
    return c.html(
      <SupplierHistoryPage page={pageContext(c)} supplier={history.supplier} submissions={history.submissions} />,
    );
  });

  return app;
}
