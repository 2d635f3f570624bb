import { AppError, can } from '@assay/core';
import type { OrgActor } from '../context.js';

/** Editors and above change due-diligence data; viewers only read (routes check this too). */
export function assertMayEdit(actor: OrgActor): void {
  if (!can(actor.role, 'data.edit')) throw new AppError('forbidden', 'Your role does not allow this.');
}

/** The current year of the service clock (UTC), which keys the yearly assessment. */
export function currentYear(now: Date): number {
  return now.getUTCFullYear();
}

/** The date (UTC) of an instant as YYYY-MM-DD, the form every due-diligence date is stored in. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
