import { casesDueForDeletion } from '@assay/core';
import type { GrievanceDesk } from './grievance-desk.js';
import { getGrievanceSettings } from './grievance-settings.js';

/**
 * Deletes closed cases whose retention period (per organisation, `retentionDays`) has ended: the
 * case, its messages, its attachment rows and files. Open cases are never deleted. The audit log
 * keeps that a case was deleted, not what it said. Returns the number of cases deleted.
 */
export async function purgeExpiredGrievances(desk: GrievanceDesk): Promise<number> {
  const { ctx } = desk;
  const closed = await ctx.store.grievances.listClosed();
  const byOrganisation = new Map<string, typeof closed>();
  for (const grievance of closed) {
    byOrganisation.set(grievance.organisationId, [...(byOrganisation.get(grievance.organisationId) ?? []), grievance]);
  }
  let deleted = 0;
  for (const [organisationId, cases] of byOrganisation) {
    const { retentionDays } = await getGrievanceSettings(ctx, organisationId);
    for (const grievance of casesDueForDeletion(cases, retentionDays, ctx.now())) {
      await ctx.store.transaction(async (tx) => {
        await tx.grievances.delete(organisationId, grievance.id);
        await tx.audit.record({
          organisationId,
          actor: { userId: null, label: 'retention' },
          entity: 'grievance',
          entityId: grievance.id,
          action: 'delete',
          summary: { retentionDays, closedAt: grievance.closedAt ?? null },
        });
      });
      await desk.files.removeCase(grievance.id);
      deleted += 1;
    }
  }
  return deleted;
}
