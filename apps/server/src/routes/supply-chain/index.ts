import { dataFiles } from '@assay/services';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { intakeRoutes } from './intake.routes.js';
import { INTAKE_JS } from './intake-island.js';
import { registerRoutes } from './register.routes.js';
import { supplierImportRoutes } from './supplier-import.routes.js';

export { withIntakeUploadLimit } from './uploads.js';

/** Every supply-chain route (issue #5), plus the drag-and-drop island at /assets/intake.js. */
export function supplyChainRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { submissions: files, imports } = dataFiles(deps.config.dataDir);
  app.get('/assets/intake.js', (c) =>
    c.body(INTAKE_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    }),
  );
  app.route('/', supplierImportRoutes(deps, imports));
  app.route('/', intakeRoutes(deps, files));
  app.route('/', registerRoutes(deps, files));
  return app;
}
