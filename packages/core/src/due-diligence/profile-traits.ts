import { CHAIN_POSITION_INFO } from './chain-positions.js';
import type { CompanyProfile } from './company-profile.schema.js';
import { classifyMaterial, isEmrtMineral, isThreeTg, type MaterialResolver } from './material-families.js';

/**
 * Facts about a profile that decide which questions, plan steps and policy sections apply. Rules
 * refer to traits, never to raw profile fields, so the data stays declarative and testable.
 */
export const PROFILE_TRAITS = [
  /** Handles tin, tantalum, tungsten or gold in any form (OECD minerals DDG, 3T and gold supplements). */
  'handles_3tg',
  /** Handles cobalt or mica, the EMRT 1.x minerals with documented child-labour risks. */
  'handles_cobalt_or_mica',
  /** Handles any EMRT 2.x mineral (cobalt, copper, graphite, lithium, mica, nickel). */
  'handles_emrt_minerals',
  /** Buys or processes scrap or other recycled material. */
  'handles_scrap',
  /** Buys primary (mined) material. */
  'handles_primary',
  /** Declares material for free circulation in the EU. */
  'eu_importer',
  /** Declares 3TG (not recycled) for free circulation in the EU: the Regulation (EU) 2017/821 audience. */
  'eu_importer_3tg',
  /** Mining, or trading between mine and smelter. */
  'upstream',
  /** Smelter or refiner: the choke point of the minerals guidance. */
  'smelter_refiner',
  /** Recycler or scrap processor. */
  'recycler',
  /** Metal trader. */
  'trader',
  /** Semi-finished products or manufacturing. */
  'downstream',
  /** Micro or small enterprise under 2003/361/EC. */
  'small_company',
  /** Large enterprise. */
  'large_company',
] as const;

/** A fact about the profile that rules can test. */
export type ProfileTrait = (typeof PROFILE_TRAITS)[number];

/**
 * A rule's applicability, as data: `anyOf` holds when the profile has one of the traits; `allOf` holds
 * when every nested condition holds. An absent condition always holds.
 */
export type ProfileCondition =
  | { readonly anyOf: readonly ProfileTrait[] }
  | { readonly allOf: readonly ProfileCondition[] };

/** The traits of a profile; material ids are classified with the optional catalogue resolver. */
export function profileTraits(profile: CompanyProfile, resolve?: MaterialResolver): ReadonlySet<ProfileTrait> {
  const traits = new Set<ProfileTrait>();
  for (const material of profile.materials) {
    const facts = classifyMaterial(material.materialId, resolve);
    const recycled = material.recycled ?? facts.recycled;
    if (isThreeTg(facts.metal)) traits.add('handles_3tg');
    if (facts.metal === 'cobalt' || facts.metal === 'mica') traits.add('handles_cobalt_or_mica');
    if (isEmrtMineral(facts.metal)) traits.add('handles_emrt_minerals');
    traits.add(recycled ? 'handles_scrap' : 'handles_primary');
    if (material.importsIntoEu) {
      traits.add('eu_importer');
      if (isThreeTg(facts.metal) && !recycled) traits.add('eu_importer_3tg');
    }
  }
  for (const position of profile.positions) {
    const segment = CHAIN_POSITION_INFO[position].segment;
    if (segment === 'upstream') traits.add('upstream');
    if (segment === 'choke_point') traits.add('smelter_refiner');
    if (segment === 'secondary') {
      traits.add('recycler');
      traits.add('handles_scrap');
    }
    if (segment === 'downstream') traits.add('downstream');
    if (position === 'trading') traits.add('trader');
  }
  if (profile.size.band === 'micro' || profile.size.band === 'small') traits.add('small_company');
  if (profile.size.band === 'large') traits.add('large_company');
  return traits;
}

/** True when the condition is absent or the profile has one of its traits. */
export function meetsCondition(condition: ProfileCondition | undefined, traits: ReadonlySet<ProfileTrait>): boolean {
  if (condition === undefined) return true;
  if ('allOf' in condition) return condition.allOf.every((c) => meetsCondition(c, traits));
  return condition.anyOf.some((t) => traits.has(t));
}
