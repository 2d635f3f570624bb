import { getImporterCheck, getPlan, getProfile, saveProfile } from '@assay/services';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { PlanPage } from '../../pages/due-diligence/plan.page.js';
import { ProfilePage } from '../../pages/due-diligence/profile.page.js';
import { errorText } from '../../pages/error-text.js';
import { fieldErrors } from '../../pages/form.js';
import { pageContext } from '../../pages/page-context.js';
import { readFormAll } from './form-body.js';
import { bodyToForm, formToInput, profileToForm } from './profile-form.js';

/** The company profile wizard and the plan of approach drawn from it. */
export function profileRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/o/:org/profile', requirePermission('organisation.read'), async (c) => {
    const stored = await getProfile(deps.ctx, actorOf(c));
    const form = profileToForm(stored?.profile, c.get('organisation')?.name ?? '');
    return c.html(<ProfilePage page={pageContext(c)} form={form} />);
  });

  app.post('/o/:org/profile', requirePermission('data.edit'), async (c) => {
    const form = bodyToForm(await readFormAll(c));
    const result = await tryForm(() => saveProfile(deps.ctx, actorOf(c), formToInput(form)));
    if (!result.ok) {
      return c.html(
        <ProfilePage
          page={pageContext(c)}
          form={form}
          errors={fieldErrors(pageContext(c), result.error.details.issues)}
          message={errorText(pageContext(c), result.error)}
        />,
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/plan?saved`);
  });

  app.get('/o/:org/plan', requirePermission('organisation.read'), async (c) => {
    const found = await getPlan(deps.ctx, actorOf(c));
    if (!found) return seeOther(c, `/o/${c.req.param('org')}/profile`);
    const latest = await getImporterCheck(deps.ctx, actorOf(c));
    const importerCheck = latest ? { status: latest.check.status, checkedAt: latest.checkedAt } : undefined;
    return c.html(
      <PlanPage page={pageContext(c)} profile={found.profile} plan={found.plan} importerCheck={importerCheck} />,
    );
  });

  return app;
}
