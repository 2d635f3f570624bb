import {
  AppError,
  can,
  DEFAULT_GRIEVANCE_SETTINGS,
  type GrievanceSettings,
  grievanceSettingsSchema,
} from '@assay/core';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';

/** The organisation's grievance procedure settings (deadlines, retention), defaults filled in. */
export async function getGrievanceSettings(ctx: ServiceContext, organisationId: string): Promise<GrievanceSettings> {
  return (await ctx.store.grievances.getSettings(organisationId)) ?? DEFAULT_GRIEVANCE_SETTINGS;
}

/** Form fields arrive as text; the API may send numbers. */
const ZSettingsInput = z.object({
  acknowledgeWithinDays: z.coerce.number(),
  followUpWithinDays: z.coerce.number(),
  retentionDays: z.coerce.number(),
});

/** Changes the deadlines and the retention period (owners and admins). */
export async function updateGrievanceSettings(
  ctx: ServiceContext,
  actor: OrgActor,
  input: unknown,
): Promise<GrievanceSettings> {
  if (!can(actor.role, 'organisation.manage')) throw new AppError('forbidden', 'Your role does not allow this.');
  const settings = parseInput(grievanceSettingsSchema, parseInput(ZSettingsInput, input));
  const before = await getGrievanceSettings(ctx, actor.organisationId);
  await ctx.store.transaction(async (tx) => {
    await tx.grievances.saveSettings(actor.organisationId, settings);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'grievance_settings',
      entityId: actor.organisationId,
      action: 'update',
      summary: { from: before, to: settings },
    });
  });
  return settings;
}
