import {
  type AnnexIIRule,
  AppError,
  annexIIRulesFor,
  findMaterial,
  getMaterial,
  LEVEL_RANK,
  type Ordinal,
  type Priority,
  prioritise,
  type RiskLevel,
  scoreRisk,
  THEMES,
  type ThemeId,
} from '@assay/core';
import { type RegisterRisk, RISK_STATUSES, type RiskFields } from '@assay/storage';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit } from './guard.js';

const THEME_IDS = THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]];
const ordinal = z.coerce.number().int().min(1, 'choose 1 to 4').max(4, 'choose 1 to 4');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || null);

const assessment = { scale: ordinal, scope: ordinal, irremediability: ordinal, likelihood: ordinal };

const fromModel = z.object({
  source: z.literal('model'),
  materialId: z.string().min(1).max(80),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
  theme: z.enum(THEME_IDS),
  supplierId: optionalText(100),
});

const ownEntry = z.object({
  source: z.literal('own'),
  title: z.string().trim().min(1, 'enter a short title').max(300),
  description: optionalText(5000),
  theme: z.enum(THEME_IDS),
  ...assessment,
  ownerName: optionalText(200),
});

const riskEdit = z.object({
  title: z.string().trim().min(1, 'enter a short title').max(300),
  description: optionalText(5000),
  ...assessment,
  status: z.enum(RISK_STATUSES),
  ownerName: optionalText(200),
});

/** A risk of the register with its OECD priority. */
export type PrioritisedRisk = RegisterRisk & { priority: Priority };

/** A risk the model suggests for the register (a high theme of a material and country the company sources). */
export type RiskSuggestion = {
  materialId: string;
  country: string;
  theme: ThemeId;
  score: number;
  level: RiskLevel;
  supplierId: string | null;
};

/** The 4 × 4 severity × likelihood grid of open risks: `cells[severity - 1][likelihood - 1]` counts risks. */
export type RiskHeatMap = { cells: number[][] };

const STARTING_ORDINAL: Readonly<Record<RiskLevel, Ordinal>> = { low: 1, medium: 2, high: 3, very_high: 4 };

function withPriority(risk: RegisterRisk): PrioritisedRisk {
  return {
    ...risk,
    priority: prioritise({
      scale: risk.scale as Ordinal,
      scope: risk.scope as Ordinal,
      irremediability: risk.irremediability as Ordinal,
      likelihood: risk.likelihood as Ordinal,
    }),
  };
}

/** The register, most urgent first (severity before likelihood; closed risks last). */
export async function listRiskRegister(ctx: ServiceContext, actor: OrgActor): Promise<PrioritisedRisk[]> {
  const risks = (await ctx.store.riskRegister.list(actor.organisationId)).map(withPriority);
  const closed = (r: PrioritisedRisk) => (r.status === 'closed' ? 1 : 0);
  return risks.sort((a, b) => closed(a) - closed(b) || b.priority.rank - a.priority.rank);
}

export function riskHeatMap(risks: readonly PrioritisedRisk[]): RiskHeatMap {
  const cells = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const r of risks) {
    if (r.status === 'closed') continue;
    const row = cells[r.priority.severity - 1];
    if (row) row[r.priority.likelihood - 1] = (row[r.priority.likelihood - 1] ?? 0) + 1;
  }
  return { cells };
}

/**
 * High and very high themes of the materials and origins in the profile and of the suppliers in the
 * register, minus what the register already holds; highest first, at most `max`.
 */
export async function suggestRisks(ctx: ServiceContext, actor: OrgActor, max = 12): Promise<RiskSuggestion[]> {
  const org = actor.organisationId;
  const [profile, suppliers, register] = await Promise.all([
    ctx.store.profiles.get(org),
    ctx.store.suppliers.list(org),
    ctx.store.riskRegister.list(org),
  ]);
  const pairs: { materialId: string; country: string; supplierId: string | null }[] = [];
  for (const m of profile?.profile.materials ?? [])
    for (const country of m.originCountries) pairs.push({ materialId: m.materialId, country, supplierId: null });
  for (const s of suppliers) {
    if (!s.country) continue;
    for (const name of s.materials) {
      const material = findMaterial(name)[0];
      if (material) pairs.push({ materialId: material.id, country: s.country, supplierId: s.id });
    }
  }
  const taken = new Set(register.map((r) => `${r.materialId}|${r.country}|${r.theme}|${r.supplierId ?? ''}`));
  const seen = new Set<string>();
  const suggestions: RiskSuggestion[] = [];
  for (const pair of pairs) {
    const scored = scoreRisk({ materialId: pair.materialId, country: pair.country });
    if (scored.status !== 'scored') continue;
    for (const t of THEMES) {
      const risk = scored.themes[t.id];
      const key = `${pair.materialId}|${scored.country}|${t.id}|${pair.supplierId ?? ''}`;
      if (LEVEL_RANK[risk.level] < LEVEL_RANK.high || taken.has(key) || seen.has(key)) continue;
      seen.add(key);
      suggestions.push({ ...pair, country: scored.country, theme: t.id, score: risk.score, level: risk.level });
    }
  }
  return suggestions.sort((a, b) => b.score - a.score).slice(0, max);
}

function modelRiskFields(input: z.infer<typeof fromModel>): RiskFields {
  const scored = scoreRisk({ materialId: input.materialId, country: input.country });
  if (scored.status !== 'scored') {
    const path = scored.status === 'unknown_material' ? 'materialId' : 'country';
    throw new AppError('invalid_input', scored.message, { issues: [{ path, message: scored.message }] });
  }
  const risk = scored.themes[input.theme];
  const start = STARTING_ORDINAL[risk.level];
  const material = getMaterial(input.materialId);
  const theme = THEMES.find((t) => t.id === input.theme);
  return {
    source: 'model',
    title: `${theme?.label.en ?? input.theme}: ${material?.name.en ?? input.materialId} (${scored.country})`,
    description: null,
    materialId: input.materialId,
    country: scored.country,
    theme: input.theme,
    supplierId: input.supplierId,
    modelScore: risk.score,
    // A starting point from the model's level; the company sets its own assessment.
    scale: start,
    scope: start,
    irremediability: start,
    likelihood: start,
    status: 'open',
    ownerName: null,
  };
}

/** Adds a risk to the register: drawn from the risk model, or the company's own entry. */
export async function addRisk(ctx: ServiceContext, actor: OrgActor, input: unknown): Promise<RegisterRisk> {
  assertMayEdit(actor);
  const parsed = parseInput(z.discriminatedUnion('source', [fromModel, ownEntry]), input);
  const fields: RiskFields =
    parsed.source === 'model'
      ? modelRiskFields(parsed)
      : {
          ...parsed,
          materialId: null,
          country: null,
          supplierId: null,
          modelScore: null,
          status: 'open',
        };
  if (fields.supplierId && !(await ctx.store.suppliers.get(actor.organisationId, fields.supplierId)))
    throw new AppError('not_found', 'Supplier was not found.');
  return ctx.store.transaction(async (tx) => {
    const risk = await tx.riskRegister.create(actor.organisationId, fields);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_risk',
      entityId: risk.id,
      action: 'create',
      summary: { source: risk.source, theme: risk.theme, materialId: risk.materialId, country: risk.country },
    });
    return risk;
  });
}

/** A risk with its priority and the OECD Annex II response rules that apply to its theme. */
export async function getRisk(
  ctx: ServiceContext,
  actor: OrgActor,
  id: string,
): Promise<{ risk: PrioritisedRisk; annexII: AnnexIIRule[] }> {
  const risk = await ctx.store.riskRegister.get(actor.organisationId, id);
  if (!risk) throw new AppError('not_found', 'Risk was not found.');
  const theme = THEMES.find((t) => t.id === risk.theme);
  return { risk: withPriority(risk), annexII: theme ? annexIIRulesFor(theme.id) : [] };
}

/** Updates the company's assessment, status, owner and text of a risk. */
export async function updateRisk(ctx: ServiceContext, actor: OrgActor, id: string, input: unknown): Promise<void> {
  assertMayEdit(actor);
  const edit = parseInput(riskEdit, input);
  await ctx.store.transaction(async (tx) => {
    const before = await tx.riskRegister.get(actor.organisationId, id);
    if (!before || !(await tx.riskRegister.update(actor.organisationId, id, edit)))
      throw new AppError('not_found', 'Risk was not found.');
    const priorityOf = (r: typeof edit) => withPriority({ ...before, ...r }).priority;
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_risk',
      entityId: id,
      action: 'update',
      summary: {
        status: { from: before.status, to: edit.status },
        priority: { from: priorityOf(before).rank, to: priorityOf(edit).rank },
        ownerChanged: before.ownerName !== edit.ownerName,
      },
    });
  });
}
