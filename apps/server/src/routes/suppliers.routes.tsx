import { AppError, readSupplierListQuery } from '@assay/core';
import {
  addSupplier,
  deleteSupplier,
  exportSupplierRegister,
  getRegisterSupplier,
  pageSupplierRegister,
  updateSupplierProfile,
} from '@assay/services';
import { Hono } from 'hono';
import { readForm } from '../http/body.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { tryForm } from '../http/form-result.js';
import { actorOf, requirePermission } from '../http/middleware.js';
import { seeOther } from '../http/redirect.js';
import { errorText } from '../pages/error-text.js';
import { fieldErrors } from '../pages/form.js';
import { pageContext } from '../pages/page-context.js';
import { SupplierDetailPage } from '../pages/supplier-detail.page.js';
import { materialsError, supplierFieldErrors } from '../pages/supplier-parts.js';
import { SuppliersPage } from '../pages/suppliers.page.js';

/** The supplier register pages. Scope and sign-in are enforced for `/o/:org/*` in app.ts. */
export function supplierRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/o/:org/suppliers', requirePermission('organisation.read'), async (c) => {
    // A hand-edited or stale link (`limit=abc`, `sort=evil`) shows the list with defaults, not an error.
    const query = readSupplierListQuery(c.req.query());
    const register = await pageSupplierRegister(deps.ctx, actorOf(c), query);
    const notice =
      c.req.query('added') !== undefined
        ? c.get('t')('suppliers.added')
        : c.req.query('deleted') !== undefined
          ? c.get('t')('suppliers.deleted')
          : undefined;
    return c.html(<SuppliersPage page={pageContext(c)} register={register} query={query} notice={notice} />);
  });

  app.post('/o/:org/suppliers', requirePermission('data.edit'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => addSupplier(deps.ctx, actorOf(c), fields));
    if (!result.ok) {
      // The form comes back above the first page of the register.
      const query = readSupplierListQuery({});
      const register = await pageSupplierRegister(deps.ctx, actorOf(c), query);
      const page = pageContext(c);
      const errors = { ...fieldErrors(pageContext(c), result.error.details.issues) };
      if (errors.materials) errors.materials = materialsError(page, fields.materials ?? '');
      return c.html(
        <SuppliersPage
          page={page}
          register={register}
          query={query}
          values={fields}
          errors={errors}
          message={errorText(pageContext(c), result.error)}
        />,
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/suppliers?added`);
  });

  // Before `/:id`, so "export" is never read as a supplier id.
  app.get('/o/:org/suppliers/export', requirePermission('organisation.read'), async (c) => {
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx')
      throw new AppError('invalid_input', c.get('t')('sc.suppliers.error.format'), {
        issues: [{ path: 'format', message: 'Use csv or xlsx.' }],
      });
    const file = await exportSupplierRegister(deps.ctx, actorOf(c), format);
    const day = deps.ctx.now().toISOString().slice(0, 10);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="suppliers-${c.req.param('org')}-${day}.${file.extension}"`,
      'Cache-Control': 'no-store',
    });
  });

  app.get('/o/:org/suppliers/:id', requirePermission('organisation.read'), async (c) => {
    const supplier = await getRegisterSupplier(deps.ctx, actorOf(c), c.req.param('id'));
    const notice = c.req.query('saved') !== undefined ? c.get('t')('sc.suppliers.saved') : undefined;
    return c.html(<SupplierDetailPage page={pageContext(c)} supplier={supplier} notice={notice} />);
  });

  app.post('/o/:org/suppliers/:id', requirePermission('data.edit'), async (c) => {
    const id = c.req.param('id');
    const fields = await readForm(c);
    const result = await tryForm(() => updateSupplierProfile(deps.ctx, actorOf(c), id, fields));
    if (!result.ok) {
      const supplier = await getRegisterSupplier(deps.ctx, actorOf(c), id);
      const page = pageContext(c);
      const { errors, summary } = supplierFieldErrors(
        page,
        fieldErrors(pageContext(c), result.error.details.issues),
        fields,
      );
      return c.html(
        <SupplierDetailPage
          page={page}
          supplier={supplier}
          values={fields}
          errors={errors}
          message={summary ?? errorText(pageContext(c), result.error)}
        />,
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/suppliers/${id}?saved`);
  });

  app.post('/o/:org/suppliers/:id/delete', requirePermission('data.edit'), async (c) => {
    await deleteSupplier(deps.ctx, actorOf(c), c.req.param('id'));
    return seeOther(c, `/o/${c.req.param('org')}/suppliers?deleted`);
  });

  return app;
}
