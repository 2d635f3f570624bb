import { CASE_STATUSES, type CaseStatus } from '@assay/core';
import {
  addOfficerMessage,
  assignCase,
  changeCaseStatus,
  getGrievanceCase,
  grievanceCaseStatistics,
  listGrievanceCases,
  listMembers,
  readGrievanceAttachment,
  triageCase,
  updateGrievanceSettings,
} from '@assay/services';
import { type Context, Hono } from 'hono';
import { publicBaseUrl } from '../config.js';
import { readForm } from '../http/body.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { tryForm } from '../http/form-result.js';
import { actorOf, requirePermission } from '../http/middleware.js';
import { seeOther } from '../http/redirect.js';
import { errorText } from '../pages/error-text.js';
import { fieldErrors } from '../pages/form.js';
import { CaseDetailPage } from '../pages/grievances/case-detail.page.js';
import { CaseStatisticsPage } from '../pages/grievances/case-statistics.page.js';
import { CasesInboxPage } from '../pages/grievances/cases-inbox.page.js';
import { pageContext } from '../pages/page-context.js';
import { grievanceDeskOf } from './grievances.desk.js';

type Failure = { errors: Record<string, string>; message: string; values?: Record<string, string>; status: 400 | 409 };

/**
 * The officers' grievance pages under `/o/:org/cases` (scope and sign-in are enforced in app.ts):
 * viewers read, editors handle (`data.edit`), owners and admins set the procedure.
 */
export function grievanceCaseRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const desk = grievanceDeskOf(deps);
  const casesPath = (c: Context<AppEnv>) => `/o/${c.req.param('org')}/cases`;

  const renderInbox = async (c: Context<AppEnv>, failure?: Failure) => {
    const actor = actorOf(c);
    const requested = c.req.query('status');
    const status = CASE_STATUSES.includes(requested as CaseStatus) ? (requested as CaseStatus) : undefined;
    const [{ cases, settings }, members] = await Promise.all([
      listGrievanceCases(deps.ctx, actor, status ? { status } : {}),
      listMembers(deps.ctx, actor),
    ]);
    const slug = c.get('organisation')?.slug ?? '';
    return c.html(
      <CasesInboxPage
        page={pageContext(c)}
        cases={cases}
        members={members}
        settings={settings}
        status={status}
        channelUrl={`${publicBaseUrl(deps.config)}/report/${slug}`}
        notice={c.req.query('saved') !== undefined ? c.get('t')('cases.settings.saved') : undefined}
        errors={failure?.errors}
        message={failure?.message}
        values={failure?.values}
      />,
      failure?.status ?? 200,
    );
  };

  const renderCase = async (c: Context<AppEnv>, failure?: Failure) => {
    const actor = actorOf(c);
    const [{ grievance, deadlines }, members] = await Promise.all([
      getGrievanceCase(deps.ctx, actor, c.req.param('caseId') ?? ''),
      listMembers(deps.ctx, actor),
    ]);
    return c.html(
      <CaseDetailPage
        page={pageContext(c)}
        grievance={grievance}
        deadlines={deadlines}
        members={members}
        notice={c.req.query('saved') !== undefined ? c.get('t')('cases.saved') : undefined}
        errors={failure?.errors}
        message={failure?.message}
      />,
      failure?.status ?? 200,
    );
  };

  app.get('/o/:org/cases', requirePermission('organisation.read'), (c) => renderInbox(c));

  app.get('/o/:org/cases/statistics', requirePermission('organisation.read'), async (c) => {
    const statistics = await grievanceCaseStatistics(deps.ctx, actorOf(c));
    return c.html(<CaseStatisticsPage page={pageContext(c)} statistics={statistics} />);
  });

  app.post('/o/:org/cases/settings', requirePermission('organisation.manage'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => updateGrievanceSettings(deps.ctx, actorOf(c), fields));
    if (!result.ok) {
      return renderInbox(c, {
        errors: fieldErrors(pageContext(c), result.error.details.issues),
        message: errorText(pageContext(c), result.error),
        values: fields,
        status: 400,
      });
    }
    return seeOther(c, `${casesPath(c)}?saved`);
  });

  app.get('/o/:org/cases/:caseId', requirePermission('organisation.read'), (c) => renderCase(c));

  /** One handling action: run it, then back to the case (or the case again with the messages). */
  const action =
    (work: (c: Context<AppEnv>, id: string, fields: Record<string, string>) => Promise<unknown>) =>
    async (c: Context<AppEnv>) => {
      const id = c.req.param('caseId') ?? '';
      const fields = await readForm(c);
      const result = await tryForm(() => work(c, id, fields));
      if (!result.ok) {
        return renderCase(c, {
          errors: fieldErrors(pageContext(c), result.error.details.issues),
          message: errorText(pageContext(c), result.error),
          status: result.error.code === 'conflict' ? 409 : 400,
        });
      }
      return seeOther(c, `${casesPath(c)}/${id}?saved`);
    };

  app.post(
    '/o/:org/cases/:caseId/status',
    requirePermission('data.edit'),
    action((c, id, fields) => changeCaseStatus(deps.ctx, actorOf(c), id, fields)),
  );
  app.post(
    '/o/:org/cases/:caseId/assign',
    requirePermission('data.edit'),
    action((c, id, fields) => assignCase(deps.ctx, actorOf(c), id, fields)),
  );
  app.post(
    '/o/:org/cases/:caseId/triage',
    requirePermission('data.edit'),
    action((c, id, fields) => triageCase(deps.ctx, actorOf(c), id, fields)),
  );
  app.post(
    '/o/:org/cases/:caseId/messages',
    requirePermission('data.edit'),
    action((c, id, fields) => addOfficerMessage(deps.ctx, actorOf(c), id, fields)),
  );

  /** Files are always downloads, never shown inline: a reporter's file must not run in our origin. */
  app.get('/o/:org/cases/:caseId/attachments/:attachmentId', requirePermission('organisation.read'), async (c) => {
    const file = await readGrievanceAttachment(
      desk,
      actorOf(c),
      c.req.param('caseId') ?? '',
      c.req.param('attachmentId') ?? '',
    );
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  return app;
}
