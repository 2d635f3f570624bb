import { AppError, policyDocument, type UiLocale } from '@assay/core';
import { approvePolicy, editPolicySection, exportPolicyHtml, getPolicy, getProfile } from '@assay/services';
import { type Context, Hono } from 'hono';
import { renderPolicyPdf } from '../../due-diligence/policy-pdf.js';
import { readForm } from '../../http/body.js';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { PolicyPage } from '../../pages/due-diligence/policy.page.js';
import { errorText } from '../../pages/error-text.js';
import { fieldErrors } from '../../pages/form.js';
import { pageContext } from '../../pages/page-context.js';

/** The company policy: model text from the profile, section edits, approval, versions and the HTML and PDF exports. */
export function policyRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const today = () => deps.ctx.now().toISOString().slice(0, 10);

  const render = async (c: Context<AppEnv>, extra: Partial<Parameters<typeof PolicyPage>[0]> = {}, status = 200) => {
    const view = await getPolicy(deps.ctx, actorOf(c));
    return c.html(<PolicyPage page={pageContext(c)} view={view} today={today()} {...extra} />, status as 200);
  };

  app.get('/o/:org/policy', requirePermission('organisation.read'), async (c) => {
    if (!(await getProfile(deps.ctx, actorOf(c)))) return seeOther(c, `/o/${c.req.param('org')}/profile`);
    const t = c.get('t');
    const notice =
      c.req.query('approved') !== undefined
        ? t('dd.policy.approvedNotice')
        : c.req.query('saved') !== undefined
          ? t('dd.policy.savedNotice')
          : undefined;
    return render(c, notice ? { notice } : {});
  });

  app.post('/o/:org/policy/sections/:sectionId', requirePermission('data.edit'), async (c) => {
    const fields = await readForm(c);
    const input = { ...fields, omit: fields.omit === 'on' };
    const result = await tryForm(() => editPolicySection(deps.ctx, actorOf(c), c.req.param('sectionId'), input));
    if (!result.ok) return render(c, { message: errorText(pageContext(c), result.error) }, 400);
    return seeOther(c, `/o/${c.req.param('org')}/policy?saved#sec-${c.req.param('sectionId')}`);
  });

  app.post('/o/:org/policy/approve', requirePermission('data.edit'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => approvePolicy(deps.ctx, actorOf(c), fields));
    if (!result.ok) {
      const errors = fieldErrors(pageContext(c), result.error.details.issues);
      return render(c, { message: errorText(pageContext(c), result.error), errors, values: fields }, 400);
    }
    return seeOther(c, `/o/${c.req.param('org')}/policy?approved`);
  });

  /** A download: the stand-alone document carries its own print styles, which this site's CSP would block inline. */
  app.get('/o/:org/policy/export.html', requirePermission('organisation.read'), async (c) => {
    const { lang, version: wanted } = exportQuery(c);
    const { html, version } = await exportPolicyHtml(deps.ctx, actorOf(c), lang, wanted);
    c.header('Content-Disposition', `attachment; filename="policy-v${version}-${lang}.html"`);
    return c.html(html);
  });

  /** The same document as PDF: company, title, version, approval or draft mark, sections, page numbers. */
  app.get('/o/:org/policy/export.pdf', requirePermission('organisation.read'), async (c) => {
    const { lang, version } = exportQuery(c);
    const { policy } = await getPolicy(deps.ctx, actorOf(c), version);
    const pdf = await renderPolicyPdf(policyDocument(policy, lang), { createdAt: deps.ctx.now() });
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="policy-v${policy.version}-${lang}.pdf"`,
    });
  });

  return app;
}

/** `?lang=nl|en&version=N` of the policy downloads; an ill-formed version is a version that does not exist. */
function exportQuery(c: Context<AppEnv>): { lang: UiLocale; version: number | undefined } {
  const lang: UiLocale = c.req.query('lang') === 'en' ? 'en' : 'nl';
  const versionText = c.req.query('version');
  if (versionText !== undefined && !/^\d{1,6}$/.test(versionText))
    throw new AppError('not_found', 'There is no such version.');
  return { lang, version: versionText === undefined ? undefined : Number(versionText) };
}
