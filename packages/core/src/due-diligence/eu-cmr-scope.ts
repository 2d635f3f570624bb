import type { LocalizedText } from '../i18n/locales.js';
import type { CompanyProfile, MaterialSourcing } from './company-profile.schema.js';
import { fillText, listText } from './localized-text.js';
import { classifyMaterial, isThreeTg, type MaterialResolver, metalLabel } from './material-families.js';

/**
 * The Annex I threshold (kg per year) of the import line a material falls under, or `undefined` when
 * the material maps to no single line. Supplied by the module that owns the Annex I data.
 */
export type AnnexIThresholdLookup = (material: MaterialSourcing) => number | undefined;

/** Scope of Regulation (EU) 2017/821 for one material line. */
export type CmrMaterialStatus =
  | 'not_covered'
  | 'recycled'
  | 'not_imported'
  | 'below_threshold'
  | 'at_or_above_threshold'
  | 'threshold_check_needed';

/** Overall scope of Regulation (EU) 2017/821 for the company, the most demanding material status winning. */
export type CmrScopeStatus =
  | 'in_scope'
  | 'threshold_check_needed'
  | 'below_threshold'
  | 'recycled_only'
  | 'not_importer'
  | 'not_covered';

/** One material's scope verdict. */
export type CmrMaterialScope = {
  readonly materialId: string;
  readonly metal: string;
  readonly status: CmrMaterialStatus;
  readonly thresholdKg: number | null;
};

/** The company's scope verdict, with a text for the plan and a link target for the importer check. */
export type CmrScope = {
  readonly status: CmrScopeStatus;
  readonly materials: readonly CmrMaterialScope[];
  readonly summary: LocalizedText;
  /** Instrument to open next: the per-line importer check, when any 3TG is imported. */
  readonly link: 'importer_check' | null;
  readonly source: string;
};

const SOURCE =
  'Regulation (EU) 2017/821, Art. 1(2)–(5) and Annex I (as amended by Delegated Regulation (EU) 2020/1588)';

/** Order of precedence when several materials differ: the first status present decides. */
const PRECEDENCE: readonly [CmrMaterialStatus, CmrScopeStatus][] = [
  ['at_or_above_threshold', 'in_scope'],
  ['threshold_check_needed', 'threshold_check_needed'],
  ['below_threshold', 'below_threshold'],
  ['recycled', 'recycled_only'],
  ['not_imported', 'not_importer'],
];

const SUMMARIES: Readonly<Record<CmrScopeStatus, LocalizedText>> = {
  in_scope: {
    en: 'The EU Conflict Minerals Regulation applies: your yearly import of {inScope} reaches the Annex I threshold. You must run OECD minerals due diligence, have it audited and report on it every year.',
    nl: 'De EU-verordening conflictmineralen is van toepassing: uw jaarimport van {inScope} haalt de drempel van bijlage I. U moet OESO-mineralen-due-diligence uitvoeren, laten auditen en er jaarlijks over rapporteren.',
  },
  threshold_check_needed: {
    en: 'The EU Conflict Minerals Regulation applies to your import of {checks} above the Annex I threshold for its customs line. Run the importer check with your customs codes and yearly volumes.',
    nl: 'De EU-verordening conflictmineralen geldt voor uw import van {checks} boven de drempel van bijlage I voor de betreffende douaneregel. Voer de importeurscheck uit met uw douanecodes en jaarvolumes.',
  },
  below_threshold: {
    en: 'Your yearly import of {below} stays below the Annex I threshold, so the EU Conflict Minerals Regulation does not oblige you. Check again when volumes grow; voluntary OECD due diligence is still expected by customers.',
    nl: 'Uw jaarimport van {below} blijft onder de drempel van bijlage I, dus de EU-verordening conflictmineralen verplicht u niet. Controleer opnieuw als volumes groeien; klanten verwachten nog steeds vrijwillige OESO-due-diligence.',
  },
  recycled_only: {
    en: 'Recycled metals are outside the EU Conflict Minerals Regulation. Keep evidence that your {recycled} is really recycled or scrap.',
    nl: 'Gerecyclede metalen vallen buiten de EU-verordening conflictmineralen. Bewaar bewijs dat uw {recycled} echt gerecycled of schroot is.',
  },
  not_importer: {
    en: 'You do not import {threeTg} into the EU yourself, so the EU Conflict Minerals Regulation has no duties for you. As a downstream user you are encouraged to apply the OECD minerals guidance.',
    nl: 'U importeert zelf geen {threeTg} in de EU, dus de EU-verordening conflictmineralen legt u geen plichten op. Als afnemer verder in de keten wordt u aangemoedigd de OESO-mineralenrichtlijn toe te passen.',
  },
  not_covered: {
    en: 'The EU Conflict Minerals Regulation covers only tin, tantalum, tungsten, their ores, and gold. It does not apply to {others}.',
    nl: 'De EU-verordening conflictmineralen geldt alleen voor tin, tantaal, wolfraam, hun ertsen, en goud. Ze is niet van toepassing op {others}.',
  },
};

/** Scope of Regulation (EU) 2017/821 per material line and overall. */
export function assessCmrScope(
  profile: CompanyProfile,
  options: { resolveMaterial?: MaterialResolver; annexIThresholdKg?: AnnexIThresholdLookup } = {},
): CmrScope {
  const materials = profile.materials.map((m) => materialScope(m, options.resolveMaterial, options.annexIThresholdKg));
  const status = PRECEDENCE.find(([s]) => materials.some((m) => m.status === s))?.[1] ?? 'not_covered';
  const named = (statuses: readonly CmrMaterialStatus[]): LocalizedText =>
    listText(uniqueMetals(materials.filter((m) => statuses.includes(m.status))).map(metalLabel));
  const others = uniqueMetals(materials);
  const summary = fillText(SUMMARIES[status], {
    inScope: named(['at_or_above_threshold']),
    checks: named(['threshold_check_needed']),
    below: named(['below_threshold']),
    recycled: named(['recycled']),
    threeTg: named(['not_imported']),
    others: others.length > 0 ? listText(others.map(metalLabel)) : { en: 'your materials', nl: 'uw materialen' },
  });
  const imports3tg = materials.some((m) => m.status !== 'not_covered' && m.status !== 'not_imported');
  return { status, materials, summary, link: imports3tg ? 'importer_check' : null, source: SOURCE };
}

function materialScope(
  material: MaterialSourcing,
  resolve: MaterialResolver | undefined,
  thresholdOf: AnnexIThresholdLookup | undefined,
): CmrMaterialScope {
  const facts = classifyMaterial(material.materialId, resolve);
  const base = { materialId: material.materialId, metal: facts.metal };
  if (!isThreeTg(facts.metal)) return { ...base, status: 'not_covered', thresholdKg: null };
  // Art. 1(5): recycled metals are outside the Regulation; the importer must still be able to show it.
  if (material.recycled ?? facts.recycled) return { ...base, status: 'recycled', thresholdKg: null };
  if (!material.importsIntoEu) return { ...base, status: 'not_imported', thresholdKg: null };
  const threshold = thresholdOf?.(material);
  if (threshold === undefined || material.volumeKgPerYear === undefined) {
    return { ...base, status: 'threshold_check_needed', thresholdKg: threshold ?? null };
  }
  // Art. 1(3): below the threshold the importer is out of scope; at or above it, in scope.
  const status = material.volumeKgPerYear >= threshold ? 'at_or_above_threshold' : 'below_threshold';
  return { ...base, status, thresholdKg: threshold };
}

function uniqueMetals(materials: readonly CmrMaterialScope[]): string[] {
  return [...new Set(materials.map((m) => m.metal))];
}
