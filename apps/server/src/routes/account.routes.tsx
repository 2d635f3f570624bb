import { changePassword } from '@assay/services';
import { Hono } from 'hono';
import { readForm } from '../http/body.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { tryForm } from '../http/form-result.js';
import { requireUser } from '../http/middleware.js';
import { seeOther } from '../http/redirect.js';
import { PasswordPage } from '../pages/auth.pages.js';
import { errorText } from '../pages/error-text.js';
import { fieldErrors } from '../pages/form.js';
import { pageContext } from '../pages/page-context.js';

/** The signed-in user's own account: password change. */
export function accountRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('/account/*', requireUser());

  app.get('/account/password', (c) =>
    c.html(<PasswordPage page={pageContext(c)} done={c.req.query('done') !== undefined} />),
  );

  app.post('/account/password', async (c) => {
    const fields = await readForm(c);
    const user = c.get('user');
    const sessionHash = c.get('sessionHash');
    if (!user || !sessionHash) return seeOther(c, '/login');
    const result = await tryForm(() => changePassword(deps.ctx, user.id, sessionHash, fields));
    if (!result.ok) {
      return c.html(
        <PasswordPage
          page={pageContext(c)}
          errors={fieldErrors(pageContext(c), result.error.details.issues)}
          message={errorText(pageContext(c), result.error)}
        />,
        400,
      );
    }
    return seeOther(c, '/account/password?done');
  });

  return app;
}
