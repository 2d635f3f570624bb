import { AppError, type OwnDeclarationFamily, toOwnDeclarationFamily } from '@assay/core';
import {
  confirmSmelterMatch,
  importFacilityList,
  ownDeclarationOverview,
  ownDeclarationWorkbook,
  type SubmissionFiles,
  saveOwnDeclaration,
  smelterRegister,
  smelterReviewQueue,
  supplyChainRollup,
} from '@assay/services';
import { type Context, Hono } from 'hono';
import { readForm } from '../../http/body.js';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { noticeCounts } from '../../http/notice.js';
import { seeOther } from '../../http/redirect.js';
import { errorText } from '../../pages/error-text.js';
import { fieldErrors } from '../../pages/form.js';
import { pageContext } from '../../pages/page-context.js';
import { OwnDeclarationPage } from '../../pages/supply-chain/own-declaration.page.js';
import { RollupPage } from '../../pages/supply-chain/rollup.page.js';
import { SmeltersPage } from '../../pages/supply-chain/smelters.page.js';
import { formText, uploadedFiles } from './uploads.js';

/**
 * The template family of the own declaration named in the query (`?family=EMRT`) or the form
 * (hidden field): `undefined` when absent, a clear 400 when it is not CMRT or EMRT.
 */
function familyOf(c: Context<AppEnv>, raw: string | undefined): OwnDeclarationFamily | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const family = toOwnDeclarationFamily(raw);
  if (family) return family;
  const params = { value: raw.trim().slice(0, 20) };
  const message = c.get('t')('sc.own.badFamily', params);
  throw new AppError('invalid_input', message, {
    issues: [{ path: 'family', message }],
    messageKey: 'sc.own.badFamily',
    params,
  });
}

/** Smelter register and review queue, the roll-up, and the company's own declaration. */
export function registerRoutes(deps: AppDeps, files: SubmissionFiles) {
  const app = new Hono<AppEnv>();

  const smeltersPage = async (
    c: Context<AppEnv>,
    extra: { notice?: string; message?: string } = {},
    status: 200 | 400 = 200,
  ) => {
    const actor = actorOf(c);
    const [register, queue] = await Promise.all([
      smelterRegister(deps.ctx, actor),
      smelterReviewQueue(deps.ctx, actor),
    ]);
    return c.html(<SmeltersPage page={pageContext(c)} register={register} queue={queue} {...extra} />, status);
  };

  app.get('/o/:org/smelters', requirePermission('organisation.read'), async (c) => {
    const settled = noticeCounts(c.req.query('settled'), ['count']);
    const imported = noticeCounts(c.req.query('imported'), ['updated', 'added', 'skipped']);
    const t = c.get('t');
    const notice = settled
      ? t('sc.smelters.confirmed', settled)
      : imported
        ? t('sc.smelters.imported', imported)
        : undefined;
    return smeltersPage(c, notice ? { notice } : {});
  });

  app.post('/o/:org/smelters/review/:reportId', requirePermission('data.edit'), async (c) => {
    const fields = await readForm(c);
    const { settled } = await confirmSmelterMatch(
      deps.ctx,
      actorOf(c),
      c.req.param('reportId'),
      fields.smelterRef ?? '',
    );
    return seeOther(c, `/o/${c.req.param('org')}/smelters?settled=${settled}`);
  });

  app.post('/o/:org/smelters/import', requirePermission('data.edit'), async (c) => {
    const [file] = await uploadedFiles(c, 'file');
    const kind = (await formText(c, 'kind')) === 'active' ? 'active' : 'conformant';
    const text = file ? new TextDecoder().decode(file.bytes) : '';
    const result = await tryForm(() => importFacilityList(deps.ctx, actorOf(c), text, kind));
    if (!result.ok) {
      const row = result.error.details.issues?.[0]?.row;
      const where = [file?.fileName, row === undefined ? undefined : c.get('t')('error.atLine', { line: row })];
      const text = errorText(pageContext(c), result.error);
      return smeltersPage(c, { message: [where.filter(Boolean).join(', '), text].filter(Boolean).join(': ') }, 400);
    }
    const { updated, added, issues } = result.value;
    return seeOther(c, `/o/${c.req.param('org')}/smelters?imported=${updated}.${added}.${issues.length}`);
  });

  app.get('/o/:org/rollup', requirePermission('organisation.read'), async (c) => {
    const { smelters, coverage } = await supplyChainRollup(deps.ctx, actorOf(c));
    return c.html(<RollupPage page={pageContext(c)} smelters={smelters} coverage={coverage} />);
  });

  app.get('/o/:org/own-declaration', requirePermission('organisation.read'), async (c) => {
    const overview = await ownDeclarationOverview(deps.ctx, actorOf(c), familyOf(c, c.req.query('family')));
    const notice = c.req.query('saved') !== undefined ? c.get('t')('sc.own.saved') : undefined;
    return c.html(<OwnDeclarationPage page={pageContext(c)} overview={overview} notice={notice} />);
  });

  app.post('/o/:org/own-declaration', requirePermission('data.edit'), async (c) => {
    const actor = actorOf(c);
    const fields = await readForm(c);
    const family = familyOf(c, fields.family) ?? 'CMRT';
    const answers = Object.fromEntries(
      Object.entries(fields)
        .filter(([k]) => k.startsWith('answers.'))
        .map(([k, v]) => [k.slice('answers.'.length), v]),
    );
    const input = Object.fromEntries(
      Object.entries(fields).filter(([k]) => !k.startsWith('answers.') && k !== 'family'),
    );
    const result = await tryForm(() => saveOwnDeclaration(deps.ctx, actor, { ...input, answers }, family));
    if (!result.ok) {
      const overview = await ownDeclarationOverview(deps.ctx, actor, family);
      return c.html(
        <OwnDeclarationPage
          page={pageContext(c)}
          overview={overview}
          values={fields}
          errors={fieldErrors(pageContext(c), result.error.details.issues)}
          message={errorText(pageContext(c), result.error)}
        />,
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/own-declaration?family=${family}&saved`);
  });

  app.get('/o/:org/own-declaration/download', requirePermission('organisation.read'), async (c) => {
    const family = familyOf(c, c.req.query('family')) ?? 'CMRT';
    const { fileName, bytes } = await ownDeclarationWorkbook(deps.ctx, files, actorOf(c), family);
    return c.body(bytes.slice().buffer as ArrayBuffer, 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    });
  });

  return app;
}
