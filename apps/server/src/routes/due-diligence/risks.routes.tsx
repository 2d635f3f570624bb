import { AppError } from '@assay/core';
import {
  addAction,
  addRisk,
  changeActionStatus,
  getRisk,
  listActions,
  listEscalations,
  listReviews,
  listRiskRegister,
  recordEscalation,
  recordReview,
  riskHeatMap,
  suggestRisks,
  updateAction,
  updateRisk,
} from '@assay/services';
import { type Context, Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { type RiskFormFailure, RiskPage } from '../../pages/due-diligence/risk.page.js';
import { RisksPage } from '../../pages/due-diligence/risks.page.js';
import { errorText } from '../../pages/error-text.js';
import { fieldErrors } from '../../pages/form.js';
import { pageContext } from '../../pages/page-context.js';
import { all, type FormBody, flat, one, readFormAll } from './form-body.js';

/** The risk register, one risk's page, its actions, escalation decisions and effectiveness reviews. */
export function riskRegisterRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const today = () => deps.ctx.now().toISOString().slice(0, 10);
  const back = (c: Context<AppEnv>, riskId: string, query: string, anchor = '') =>
    seeOther(c, `/o/${c.req.param('org')}/risks/${riskId}?${query}${anchor}`);

  const renderRegister = async (
    c: Context<AppEnv>,
    extra: Partial<Parameters<typeof RisksPage>[0]> = {},
    status = 200,
  ) => {
    const actor = actorOf(c);
    const risks = await listRiskRegister(deps.ctx, actor);
    const suggestions = await suggestRisks(deps.ctx, actor);
    return c.html(
      <RisksPage page={pageContext(c)} risks={risks} heat={riskHeatMap(risks)} suggestions={suggestions} {...extra} />,
      status as 200,
    );
  };

  const renderRisk = async (
    c: Context<AppEnv>,
    riskId: string,
    extra: { notice?: string; failed?: RiskFormFailure } = {},
  ) => {
    const actor = actorOf(c);
    const { risk, annexII } = await getRisk(deps.ctx, actor, riskId);
    const [actions, escalations, reviews] = await Promise.all([
      listActions(deps.ctx, actor, riskId),
      listEscalations(deps.ctx, actor, riskId),
      listReviews(deps.ctx, actor, riskId),
    ]);
    return c.html(
      <RiskPage
        page={pageContext(c)}
        risk={risk}
        annexII={annexII}
        actions={actions}
        escalations={escalations}
        reviews={reviews}
        today={today()}
        {...extra}
      />,
      extra.failed ? 400 : 200,
    );
  };

  /** Runs a change of one risk's page; input errors re-show the page with that form's messages. */
  const onRisk = async (
    c: Context<AppEnv>,
    riskId: string,
    form: RiskFormFailure['form'],
    body: FormBody,
    work: () => Promise<unknown>,
    notice: string,
  ) => {
    const result = await tryForm(work);
    if (result.ok) return back(c, riskId, notice, form.startsWith('action') ? '#actions-title' : '');
    return renderRisk(c, riskId, {
      failed: {
        form,
        message: errorText(pageContext(c), result.error),
        errors: fieldErrors(pageContext(c), result.error.details.issues),
        values: body,
      },
    });
  };

  app.get('/o/:org/risks', requirePermission('organisation.read'), (c) => {
    const notice = c.req.query('added') !== undefined ? c.get('t')('dd.risks.added') : undefined;
    return renderRegister(c, notice ? { notice } : {});
  });

  app.post('/o/:org/risks', requirePermission('data.edit'), async (c) => {
    const body = flat(await readFormAll(c));
    const result = await tryForm(() => addRisk(deps.ctx, actorOf(c), body));
    if (!result.ok) {
      const errors = fieldErrors(pageContext(c), result.error.details.issues);
      return renderRegister(c, { message: errorText(pageContext(c), result.error), errors, values: body }, 400);
    }
    return seeOther(c, `/o/${c.req.param('org')}/risks/${result.value.id}?added`);
  });

  app.get('/o/:org/risks/:riskId', requirePermission('organisation.read'), (c) => {
    const t = c.get('t');
    const key = (['added', 'saved', 'action', 'escalation', 'review'] as const).find(
      (k) => c.req.query(k) !== undefined,
    );
    return renderRisk(c, c.req.param('riskId'), key ? { notice: t(`dd.risk.notice.${key}`) } : {});
  });

  app.post('/o/:org/risks/:riskId', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('riskId');
    const body = await readFormAll(c);
    return onRisk(c, id, 'edit', body, () => updateRisk(deps.ctx, actorOf(c), id, flat(body)), 'saved');
  });

  app.post('/o/:org/risks/:riskId/actions', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('riskId');
    const body = await readFormAll(c);
    return onRisk(c, id, 'action', body, () => addAction(deps.ctx, actorOf(c), id, flat(body)), 'action');
  });

  app.post('/o/:org/risks/:riskId/escalations', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('riskId');
    const body = await readFormAll(c);
    const input = { ...flat(body), reasons: all(body, 'reasons') };
    return onRisk(c, id, 'escalation', body, () => recordEscalation(deps.ctx, actorOf(c), id, input), 'escalation');
  });

  app.post('/o/:org/risks/:riskId/reviews', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('riskId');
    const body = await readFormAll(c);
    const indicator = one(body, 'indicator.name')
      ? {
          name: one(body, 'indicator.name'),
          direction: one(body, 'indicator.direction') || 'increase',
          baseline: one(body, 'indicator.baseline'),
          target: one(body, 'indicator.target'),
          actual: one(body, 'indicator.actual'),
        }
      : undefined;
    const input = {
      actionIds: all(body, 'actionIds'),
      conclusion: one(body, 'conclusion'),
      lessons: one(body, 'lessons'),
      nextReviewOn: one(body, 'nextReviewOn'),
      ...(indicator ? { indicator } : {}),
    };
    return onRisk(c, id, 'review', body, () => recordReview(deps.ctx, actorOf(c), id, input), 'review');
  });

  /** Actions are addressed by their own id; the risk they belong to is read from storage (same organisation only). */
  const actionRisk = async (c: Context<AppEnv>, actionId: string) => {
    const action = (await listActions(deps.ctx, actorOf(c))).find((a) => a.id === actionId);
    return action?.riskId;
  };

  app.post('/o/:org/actions/:actionId', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('actionId');
    const body = await readFormAll(c);
    const riskId = await actionRisk(c, id);
    if (!riskId) throw new AppError('not_found', 'Action was not found.');
    return onRisk(c, riskId, `action-${id}`, body, () => updateAction(deps.ctx, actorOf(c), id, flat(body)), 'action');
  });

  app.post('/o/:org/actions/:actionId/status', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('actionId');
    const body = await readFormAll(c);
    const riskId = await actionRisk(c, id);
    if (!riskId) throw new AppError('not_found', 'Action was not found.');
    return onRisk(
      c,
      riskId,
      `action-${id}`,
      body,
      () => changeActionStatus(deps.ctx, actorOf(c), id, flat(body)),
      'action',
    );
  });

  return app;
}
