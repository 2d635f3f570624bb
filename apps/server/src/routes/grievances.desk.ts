import { createGrievanceDesk, type GrievanceDesk } from '@assay/services';
import type { AppDeps } from '../http/env.js';

const desks = new WeakMap<AppDeps, GrievanceDesk>();

/**
 * The grievance desk of one app (files under `<dataDir>/grievances`, the public channel's rate
 * limiters): created on first use and shared by the pages and the API of the same app.
 */
export function grievanceDeskOf(deps: AppDeps): GrievanceDesk {
  let desk = desks.get(deps);
  if (!desk) {
    desk = createGrievanceDesk(deps.ctx, { dataDir: deps.config.dataDir });
    desks.set(deps, desk);
  }
  return desk;
}
