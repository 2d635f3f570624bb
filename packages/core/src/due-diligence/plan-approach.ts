import type { LocalizedText } from '../i18n/locales.js';
import type { CompanyProfile } from './company-profile.schema.js';
import { type AnnexIThresholdLookup, assessCmrScope, type CmrScope } from './eu-cmr-scope.js';
import { FIRST_ACTION_CANDIDATES, type PlanSignal, type SituationSignal } from './first-actions.js';
import { INSTRUMENTS, type InstrumentId } from './instruments.js';
import { fillText, listText, sameText, type TextVars } from './localized-text.js';
import { classifyMaterial, type MaterialResolver, metalLabel } from './material-families.js';
import { OECD_STEPS, type OecdStepId } from './oecd-steps.js';
import { PLAN_STEP_NOTES } from './plan-step-notes.js';
import { meetsCondition, type ProfileTrait, profileTraits } from './profile-traits.js';
import { RECYCLER_STEPS } from './recycler-steps.js';
import { sizeBandLimits } from './size-bands.js';
import { expectTemplates, type TemplateExpectation } from './template-expectations.js';

/** What the planner needs beyond the profile; every field is optional. */
export type PlanContext = {
  /** Catalogue lookup for material ids (risk module); falls back to name heuristics. */
  readonly resolveMaterial?: MaterialResolver;
  /** Annex I threshold of the import line of a material (owned by the Annex I data module). */
  readonly annexIThresholdKg?: AnnexIThresholdLookup;
  /** Instruments the company already has in place, e.g. a published policy or a finished assessment. */
  readonly completed?: readonly InstrumentId[];
};

/** A sourced reason shown under a step. */
export type PlanNote = { readonly id: string; readonly text: LocalizedText; readonly source: string };

/** One OECD step in the plan: why it matters here and which instruments serve it. */
export type PlanStep = {
  readonly step: OecdStepId;
  readonly title: LocalizedText;
  readonly notes: readonly PlanNote[];
  readonly instruments: readonly InstrumentId[];
};

/** An instrument that applies to the company, and whether it is already in place. */
export type PlanInstrument = {
  readonly id: InstrumentId;
  readonly step: OecdStepId;
  readonly name: LocalizedText;
  readonly why: LocalizedText;
  readonly source: string;
  readonly done: boolean;
};

/** One of the first things to do, ranked from 1. */
export type PlanAction = {
  readonly rank: number;
  readonly id: string;
  readonly instrument: InstrumentId | null;
  readonly text: LocalizedText;
  readonly why: LocalizedText;
  readonly source: string;
};

/** The tailored plan of approach: data with stable ids and texts in both languages. */
export type PlanOfApproach = {
  readonly companyName: string;
  readonly traits: readonly ProfileTrait[];
  readonly steps: readonly PlanStep[];
  readonly instruments: readonly PlanInstrument[];
  readonly euConflictMinerals: CmrScope;
  readonly templates: readonly TemplateExpectation[];
  readonly recyclerSteps: readonly PlanNote[];
  readonly firstActions: readonly PlanAction[];
};

/** How many first actions the plan proposes ("the first three things to do this month"). */
export const FIRST_ACTION_COUNT = 3;

/**
 * Which OECD steps and instruments apply to the company and why, whether the EU Conflict Minerals
 * Regulation applies, which RMI templates are expected, recycler steps, and the first three actions.
 */
export function planApproach(profile: CompanyProfile, context: PlanContext = {}): PlanOfApproach {
  const traits = profileTraits(profile, context.resolveMaterial);
  const completed = new Set(context.completed ?? []);
  const instruments = INSTRUMENTS.filter((i) => meetsCondition(i.when, traits)).map(
    (i): PlanInstrument => ({
      id: i.id,
      step: i.step,
      name: i.name,
      why: i.why,
      source: i.source,
      done: completed.has(i.id),
    }),
  );
  const vars = textVars(profile, context.resolveMaterial);
  const steps = OECD_STEPS.map(
    (s): PlanStep => ({
      step: s.id,
      title: s.title,
      notes: PLAN_STEP_NOTES.filter((n) => n.step === s.id && meetsCondition(n.when, traits)).map((n) => ({
        id: n.id,
        text: fillText(n.text, vars),
        source: n.source,
      })),
      instruments: instruments.filter((i) => i.step === s.id).map((i) => i.id),
    }),
  );
  const recyclerSteps = traits.has('handles_scrap')
    ? RECYCLER_STEPS.filter((r) => meetsCondition(r.when, traits)).map(({ id, text, source }) => ({ id, text, source }))
    : [];
  const signals = new Set<PlanSignal>([...traits, ...situation(profile, completed)]);
  const firstActions = FIRST_ACTION_CANDIDATES.filter((c) => c.when.every((s) => signals.has(s)))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, FIRST_ACTION_COUNT)
    .map(
      (c, index): PlanAction => ({
        rank: index + 1,
        id: c.id,
        instrument: c.instrument,
        text: fillText(c.text, vars),
        why: c.why,
        source: c.source,
      }),
    );
  return {
    companyName: profile.name,
    traits: [...traits],
    steps,
    instruments,
    euConflictMinerals: assessCmrScope(profile, context),
    templates: expectTemplates(profile, context.resolveMaterial),
    recyclerSteps,
    firstActions,
  };
}

function situation(profile: CompanyProfile, completed: ReadonlySet<InstrumentId>): SituationSignal[] {
  const signals: SituationSignal[] = [];
  const missing: [InstrumentId, SituationSignal][] = [
    ['model_policy', 'policy_missing'],
    ['maturity_assessment', 'assessment_missing'],
    ['heat_map', 'heat_map_missing'],
    ['scrap_kyc', 'scrap_kyc_missing'],
    ['importer_check', 'importer_check_missing'],
  ];
  for (const [id, signal] of missing) if (!completed.has(id)) signals.push(signal);
  if (profile.materials.some((m) => m.originCountries.length === 0)) signals.push('origins_unknown');
  if (!profile.grievanceChannelUrl && !completed.has('grievance_mechanism')) signals.push('grievance_missing');
  if (profile.customerRequests.some((r) => r.kind === 'cmrt' || r.kind === 'emrt' || r.kind === 'amrt')) {
    signals.push('customer_template_request');
  }
  return signals;
}

function textVars(profile: CompanyProfile, resolve: MaterialResolver | undefined): TextVars {
  const metalsOf = (materials: CompanyProfile['materials']) =>
    listText([...new Set(materials.map((m) => classifyMaterial(m.materialId, resolve).metal))].map(metalLabel));
  const origins = [...new Set(profile.materials.flatMap((m) => m.originCountries))].sort();
  return {
    materials:
      profile.materials.length > 0 ? metalsOf(profile.materials) : { en: 'your materials', nl: 'uw materialen' },
    unknownMaterials: metalsOf(profile.materials.filter((m) => m.originCountries.length === 0)),
    origins: origins.length > 0 ? sameText(origins.join(', ')) : { en: 'not yet known', nl: 'nog onbekend' },
    size: sizeBandLimits(profile.size.band).label,
  };
}
