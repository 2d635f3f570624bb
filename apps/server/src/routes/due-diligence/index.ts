import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { assessmentRoutes } from './assessment.routes.js';
import { cmrRoutes } from './cmr.routes.js';
import { goalsRoutes } from './goals.routes.js';
import { policyRoutes } from './policy.routes.js';
import { profileRoutes } from './profile.routes.js';
import { riskRegisterRoutes } from './risks.routes.js';

/** Every page of the due-diligence workflow (issue #6); mounted after the `/o/:org` guard. */
export function dueDiligenceRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.route('/', profileRoutes(deps));
  app.route('/', assessmentRoutes(deps));
  app.route('/', goalsRoutes(deps));
  app.route('/', policyRoutes(deps));
  app.route('/', riskRegisterRoutes(deps));
  app.route('/', cmrRoutes(deps));
  return app;
}
