import { AppError } from '@assay/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiRoutes } from './api/v1.routes.js';
import type { AppDeps, AppEnv } from './http/env.js';
import {
  csrf,
  locale,
  organisationScope,
  requestLog,
  requireUser,
  securityHeaders,
  session,
} from './http/middleware.js';
import { renderError } from './http/on-error.js';
import { sameOrigin } from './http/same-origin.js';
import { accountRoutes } from './routes/account.routes.js';
import { assetRoutes } from './routes/assets.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { dueDiligenceRoutes } from './routes/due-diligence/index.js';
import { grievanceCaseRoutes } from './routes/grievances.cases.routes.js';
import { grievancePublicRoutes, withReportUploadLimit } from './routes/grievances.public.routes.js';
import { organisationRoutes } from './routes/organisation.routes.js';
import { riskRoutes } from './routes/risk.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { supplierRoutes } from './routes/suppliers.routes.js';
import { supplyChainRoutes, withIntakeUploadLimit } from './routes/supply-chain/index.js';

/**
 * Builds the HTTP application (no listen(): tests call `app.request()` in-process).
 * Order matters: logging and headers wrap everything; the body limit comes before anything reads
 * a body; locale and session before the origin and CSRF checks (whose error pages need them); then the routes.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestLog(deps));
  app.use(securityHeaders(deps));
  app.use(locale());
  // The public channel's two upload forms get their own larger limit; everything else the global one.
  app.use(
    withReportUploadLimit(
      withIntakeUploadLimit(
        bodyLimit({
          maxSize: deps.config.bodyLimit,
          onError: () => {
            throw new AppError('payload_too_large', `The request body is larger than ${deps.config.bodyLimit} bytes.`, {
              hint: 'Send less data, or raise ASSAY_BODY_LIMIT.',
            });
          },
        }),
      ),
    ),
  );
  app.use(session(deps));
  app.use(csrf(deps));
  app.use(sameOrigin(deps));

  app.get('/healthz', async (c) => {
    await deps.ctx.store.organisations.countReal();
    return c.json({ status: 'ok' });
  });
  app.route('/', assetRoutes());
  app.route('/', authRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', grievancePublicRoutes(deps));
  app.route('/', riskRoutes(deps));

  // Every page of an organisation: signed in, and a member of it (else 404).
  app.use('/o/:org', requireUser(), organisationScope(deps));
  app.use('/o/:org/*', requireUser(), organisationScope(deps));
  app.route('/', organisationRoutes(deps));
  app.route('/', supplyChainRoutes(deps));
  app.route('/', supplierRoutes(deps));
  app.route('/', dueDiligenceRoutes(deps));
  app.route('/', settingsRoutes(deps));
  app.route('/', grievanceCaseRoutes(deps));
  app.route('/', apiRoutes(deps));

  app.notFound((c) => renderError(c, new AppError('not_found', 'There is nothing at this address.'), deps.logger));
  app.onError((error, c) => renderError(c, error, deps.logger));
  return app;
}
