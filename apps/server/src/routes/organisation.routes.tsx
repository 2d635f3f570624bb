import { AppError } from '@assay/core';
import { dueDiligenceOverview } from '@assay/services';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.js';
import { actorOf, requirePermission } from '../http/middleware.js';
import { DashboardPage, STEPS, type StepNumber, StepPage, TemplatesPage } from '../pages/dashboard.page.js';
import { pageContext } from '../pages/page-context.js';

/** An organisation's dashboard (scope and sign-in are enforced for `/o/:org/*` in app.ts), the six OECD step pages and the templates page. */
export function organisationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/o/:org', requirePermission('organisation.read'), async (c) => {
    const actor = actorOf(c);
    const [members, suppliers, dueDiligence] = await Promise.all([
      deps.ctx.store.memberships.list(actor.organisationId),
      deps.ctx.store.suppliers.count(actor.organisationId),
      dueDiligenceOverview(deps.ctx, actor),
    ]);
    const isDemo = c.get('organisation')?.isDemo ?? false;
    return c.html(
      <DashboardPage page={pageContext(c)} data={{ members: members.length, suppliers, isDemo, dueDiligence }} />,
    );
  });

  app.get('/o/:org/steps/:step', requirePermission('organisation.read'), async (c) => {
    const step = Number(c.req.param('step')) as StepNumber;
    if (!STEPS.includes(step)) throw new AppError('not_found', 'There are six steps, numbered 1 to 6.');
    return c.html(<StepPage page={pageContext(c)} step={step} />);
  });

  app.get('/o/:org/templates', requirePermission('organisation.read'), async (c) => {
    return c.html(<TemplatesPage page={pageContext(c)} />);
  });

  return app;
}
