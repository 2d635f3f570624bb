import {
  AppError,
  type CompanyProfile,
  companyProfileSchema,
  type ErrorIssue,
  findCountry,
  getMaterial,
  type InstrumentId,
  type PlanOfApproach,
  planApproach,
  questionsFor,
  scoreAssessment,
} from '@assay/core';
import type { StoredProfile } from '@assay/storage';
import { invalidInput, parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit, currentYear } from './guard.js';
import { annexIThresholdKg, resolveMaterial } from './material-context.js';

export function getProfile(ctx: ServiceContext, actor: OrgActor): Promise<StoredProfile | undefined> {
  return ctx.store.profiles.get(actor.organisationId);
}

/** The profile, or a `not_found` error that tells the user to fill it in first. */
export async function requireProfile(ctx: ServiceContext, actor: OrgActor): Promise<CompanyProfile> {
  const stored = await ctx.store.profiles.get(actor.organisationId);
  if (!stored) throw new AppError('not_found', 'Fill in the company profile first.');
  return stored.profile;
}

/** Codes that pass the schema's shape check but name no country or no catalogue material. */
function referenceIssues(profile: CompanyProfile): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (profile.country && !findCountry(profile.country))
    issues.push({
      path: 'country',
      message: `unknown country code ${profile.country}`,
      key: 'validation.country',
      params: { text: profile.country },
    });
  profile.materials.forEach((m, i) => {
    if (!getMaterial(m.materialId))
      issues.push({
        path: `materials.${i}.materialId`,
        message: 'choose a material from the list',
        key: 'validation.choice',
      });
    const unknown = m.originCountries.filter((c) => !findCountry(c));
    if (unknown.length > 0)
      issues.push({
        path: `materials.${i}.originCountries`,
        message: `unknown country code ${unknown.join(', ')}`,
        key: 'validation.country',
        params: { text: unknown.join(', ') },
      });
  });
  return issues;
}

/** Validates and saves the company profile; the audit entry names what changed, not who the company is. */
export async function saveProfile(ctx: ServiceContext, actor: OrgActor, input: unknown): Promise<StoredProfile> {
  assertMayEdit(actor);
  const profile = parseInput(companyProfileSchema, input);
  const issues = referenceIssues(profile);
  if (issues.length > 0) throw invalidInput(issues);
  return ctx.store.transaction(async (tx) => {
    const existed = Boolean(await tx.profiles.get(actor.organisationId));
    const saved = await tx.profiles.save(actor.organisationId, profile);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_profile',
      entityId: actor.organisationId,
      action: existed ? 'update' : 'create',
      summary: {
        positions: profile.positions,
        sizeBand: profile.size.band,
        materials: profile.materials.map((m) => m.materialId),
      },
    });
    return saved;
  });
}

/** Instruments already in place, read from the workflow's own data. */
async function completedInstruments(ctx: ServiceContext, actor: OrgActor, profile: CompanyProfile) {
  const org = actor.organisationId;
  const [policies, assessment, goals, risks, actions, reviews] = await Promise.all([
    ctx.store.policies.list(org),
    ctx.store.assessments.get(org, currentYear(ctx.now())),
    ctx.store.goals.list(org),
    ctx.store.riskRegister.list(org),
    ctx.store.actions.list(org),
    ctx.store.ddRecords.list(org, 'review'),
  ]);
  const done: InstrumentId[] = [];
  if (policies.some((p) => p.approvedOn)) done.push('model_policy');
  if (assessment && scoreAssessment(questionsFor(profile, resolveMaterial), assessment.answers).complete)
    done.push('maturity_assessment');
  if (goals.length > 0) done.push('improvement_plan');
  if (risks.length > 0) done.push('heat_map');
  if (actions.length > 0) done.push('action_plan');
  if (reviews.length > 0) done.push('effectiveness_review');
  return done;
}

/** The plan of approach, recomputed from the profile and what is already in place; null without a profile. */
export async function getPlan(
  ctx: ServiceContext,
  actor: OrgActor,
): Promise<{ profile: CompanyProfile; plan: PlanOfApproach } | null> {
  const stored = await ctx.store.profiles.get(actor.organisationId);
  if (!stored) return null;
  const completed = await completedInstruments(ctx, actor, stored.profile);
  const plan = planApproach(stored.profile, { resolveMaterial, annexIThresholdKg, completed });
  return { profile: stored.profile, plan };
}
