import {
  AppError,
  buildModelPolicy,
  type CompanyProfile,
  type ModelPolicy,
  type PolicySectionOverride,
  renderPolicyHtml,
  type UiLocale,
} from '@assay/core';
import type { PolicyVersion } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit, isoDay } from './guard.js';
import { resolveMaterial } from './material-context.js';
import { requireProfile } from './profile.js';

/** The policy page: the model policy filled from the profile with the latest version's edits, and all versions. */
export type PolicyView = { policy: ModelPolicy; current: PolicyVersion | undefined; versions: PolicyVersion[] };

const sectionEdit = z.object({
  locale: z.enum(['en', 'nl']),
  title: z.string().trim().max(300).default(''),
  body: z.string().trim().max(20_000).default(''),
  omit: z.boolean().default(false),
});

const approval = z.object({
  approvedBy: z.string().trim().min(1, 'enter who approved the policy').max(200),
  approvedOn: z.iso.date('enter a date as YYYY-MM-DD'),
});

function build(profile: CompanyProfile, version: PolicyVersion | undefined): ModelPolicy {
  return buildModelPolicy(
    profile,
    {
      version: version?.version ?? 1,
      approvedOn: version?.approvedOn ?? null,
      ...(version?.approvedBy ? { approvedBy: version.approvedBy } : {}),
      sections: version?.sections ?? {},
    },
    resolveMaterial,
  );
}

export async function getPolicy(ctx: ServiceContext, actor: OrgActor, version?: number): Promise<PolicyView> {
  const profile = await requireProfile(ctx, actor);
  const versions = await ctx.store.policies.list(actor.organisationId);
  const current = version === undefined ? versions[0] : versions.find((v) => v.version === version);
  if (version !== undefined && !current) throw new AppError('not_found', `There is no version ${version}.`);
  return { policy: build(profile, current), current, versions };
}

/**
 * Edits one section in one language. The edit goes into the latest draft; when the latest version is
 * approved (or there is none yet) a new draft version starts from its edits.
 */
export async function editPolicySection(
  ctx: ServiceContext,
  actor: OrgActor,
  sectionId: string,
  input: unknown,
): Promise<void> {
  assertMayEdit(actor);
  const edit = parseInput(sectionEdit, input);
  const profile = await requireProfile(ctx, actor);
  await ctx.store.transaction(async (tx) => {
    const latest = await tx.policies.latest(actor.organisationId);
    const previous: PolicySectionOverride = latest?.sections[sectionId] ?? { omit: false };
    const next: PolicySectionOverride = {
      title: { ...previous.title, [edit.locale]: edit.title || undefined },
      body: { ...previous.body, [edit.locale]: edit.body || undefined },
      omit: edit.omit,
    };
    const sections = { ...(latest?.sections ?? {}), [sectionId]: next };
    // Unknown section ids are an input error of the core.
    build(profile, { ...(latest ?? placeholder(actor.organisationId)), sections });
    const draft =
      latest && !latest.approvedOn
        ? latest
        : await tx.policies.create(actor.organisationId, (latest?.version ?? 0) + 1, latest?.sections ?? {});
    await tx.policies.updateDraft(actor.organisationId, draft.id, sections);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_policy',
      entityId: draft.id,
      action: 'edit_section',
      summary: { version: draft.version, section: sectionId, locale: edit.locale, omit: edit.omit },
    });
  });
}

function placeholder(organisationId: string): PolicyVersion {
  return {
    id: '',
    organisationId,
    version: 1,
    sections: {},
    approvedOn: null,
    approvedBy: null,
    createdAt: '',
    updatedAt: '',
  };
}

/** Approves the latest draft (creating version 1 from the model if nothing was edited yet). */
export async function approvePolicy(ctx: ServiceContext, actor: OrgActor, input: unknown): Promise<PolicyVersion> {
  assertMayEdit(actor);
  const { approvedBy, approvedOn } = parseInput(approval, input);
  if (approvedOn > isoDay(ctx.now()))
    throw new AppError('invalid_input', 'The approval date is in the future.', {
      issues: [{ path: 'approvedOn', message: 'the approval date is in the future' }],
    });
  await requireProfile(ctx, actor);
  return ctx.store.transaction(async (tx) => {
    const latest = await tx.policies.latest(actor.organisationId);
    if (latest?.approvedOn)
      throw new AppError(
        'conflict',
        `Version ${latest.version} is already approved. Edit a section to start a new one.`,
      );
    const draft = latest ?? (await tx.policies.create(actor.organisationId, 1, {}));
    await tx.policies.approve(actor.organisationId, draft.id, approvedOn, approvedBy);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_policy',
      entityId: draft.id,
      action: 'approve',
      summary: { version: draft.version, approvedOn },
    });
    return { ...draft, approvedOn, approvedBy };
  });
}

/** The policy as one self-contained, print-ready HTML document in one language. */
export async function exportPolicyHtml(
  ctx: ServiceContext,
  actor: OrgActor,
  locale: UiLocale,
  version?: number,
): Promise<{ html: string; version: number }> {
  const { policy } = await getPolicy(ctx, actor, version);
  return { html: renderPolicyHtml(policy, locale), version: policy.version };
}
