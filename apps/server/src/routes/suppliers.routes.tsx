import { addSupplier, deleteSupplier, listSuppliers } from '@assay/services';
import { Hono } from 'hono';
import { readForm } from '../http/body.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { tryForm } from '../http/form-result.js';
import { actorOf, requirePermission } from '../http/middleware.js';
import { fieldErrors } from '../pages/form.js';
import { pageContext } from '../pages/page-context.js';
import { SuppliersPage } from '../pages/suppliers.page.js';

/** The supplier register pages. Scope and sign-in are enforced for `/o/:org/*` in app.ts. */
export function supplierRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/o/:org/suppliers', requirePermission('organisation.read'), async (c) => {
    const suppliers = await listSuppliers(deps.ctx, actorOf(c));
    const notice =
      c.req.query('added') !== undefined
        ? c.get('t')('suppliers.added')
        : c.req.query('deleted') !== undefined
          ? c.get('t')('suppliers.deleted')
          : undefined;
    return c.html(<SuppliersPage page={pageContext(c)} suppliers={suppliers} notice={notice} />);
  });

  app.post('/o/:org/suppliers', requirePermission('data.edit'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => addSupplier(deps.ctx, actorOf(c), fields));
    if (!result.ok) {
      const suppliers = await listSuppliers(deps.ctx, actorOf(c));
      return c.html(
        <SuppliersPage
          page={pageContext(c)}
          suppliers={suppliers}
          values={fields}
          errors={fieldErrors(result.error.details.issues)}
          message={result.error.message}
        />,
        400,
      );
    }
    return c.redirect(`/o/${c.req.param('org')}/suppliers?added`, 303);
  });

  app.post('/o/:org/suppliers/:id/delete', requirePermission('data.edit'), async (c) => {
    await deleteSupplier(deps.ctx, actorOf(c), c.req.param('id'));
    return c.redirect(`/o/${c.req.param('org')}/suppliers?deleted`, 303);
  });

  return app;
}
