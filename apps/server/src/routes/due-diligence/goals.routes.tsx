import { getAssessment, getProfile, listGoals, proposeImprovementGoals, updateGoal } from '@assay/services';
import { type Context, Hono } from 'hono';
import { readForm } from '../../http/body.js';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { GoalsPage } from '../../pages/due-diligence/goals.page.js';
import { errorText } from '../../pages/error-text.js';
import { fieldErrors } from '../../pages/form.js';
import { pageContext } from '../../pages/page-context.js';

/** The improvement plan: propose goals from the assessment, then edit owner, deadline and status. */
export function goalsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  const render = async (c: Context<AppEnv>, extra: Partial<Parameters<typeof GoalsPage>[0]> = {}, status = 200) => {
    const actor = actorOf(c);
    const goals = await listGoals(deps.ctx, actor);
    const hasAssessment = (await getProfile(deps.ctx, actor))
      ? (await getAssessment(deps.ctx, actor)).answers.length > 0
      : false;
    return c.html(
      <GoalsPage page={pageContext(c)} goals={goals} hasAssessment={hasAssessment} {...extra} />,
      status as 200,
    );
  };

  app.get('/o/:org/goals', requirePermission('organisation.read'), (c) => {
    const t = c.get('t');
    const notice =
      c.req.query('proposed') !== undefined
        ? t('dd.goals.proposed')
        : c.req.query('saved') !== undefined
          ? t('dd.goals.saved')
          : undefined;
    return render(c, notice ? { notice } : {});
  });

  app.post('/o/:org/goals/propose', requirePermission('data.edit'), async (c) => {
    const result = await tryForm(() => proposeImprovementGoals(deps.ctx, actorOf(c)));
    if (!result.ok) return render(c, { message: errorText(pageContext(c), result.error) }, 409);
    return seeOther(c, `/o/${c.req.param('org')}/goals?proposed`);
  });

  app.post('/o/:org/goals/:goalId', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('goalId');
    const fields = await readForm(c);
    const result = await tryForm(() => updateGoal(deps.ctx, actorOf(c), id, fields));
    if (!result.ok) {
      return render(
        c,
        {
          message: errorText(pageContext(c), result.error),
          failed: { id, values: fields, errors: fieldErrors(pageContext(c), result.error.details.issues) },
        },
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/goals?saved#goal-${id}`);
  });

  return app;
}
