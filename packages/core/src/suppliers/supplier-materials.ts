/**
 * Supplier materials against the raw-material catalogue: free text (English or Dutch names,
 * aliases, ids, HS codes) resolved to catalogue ids, with close matches suggested when a text is
 * unknown or ambiguous, and the catalogue's scrap material used for a recycled/scrap supplier.
 */

import { foldText } from '../reference/fold.js';
import { findMaterial } from '../risk/find-material.js';
import type { Material } from '../risk/material-types.js';
import { getMaterial, MATERIALS } from '../risk/materials.js';

const isExact = (material: Material, q: string) =>
  [material.id, material.name.en, material.name.nl, ...material.aliases, ...material.hsCodes].some(
    (t) => foldText(t) === q,
  );

/** How many close matches an unknown material text suggests. */
const MAX_SUGGESTIONS = 5;

/** A material text resolved to the catalogue, or the close matches to choose from. */
export type MaterialResolution =
  | { readonly status: 'found'; readonly text: string; readonly material: Material }
  | {
      readonly status: 'unknown' | 'ambiguous';
      readonly text: string;
      /** Close matches, best first (at most five). */
      readonly suggestions: readonly Material[];
    };

/** Close matches of a text: materials matching most of its words, then the order of {@link findMaterial}. */
function closeMatches(text: string): Material[] {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
  const hits = new Map<string, number>();
  for (const word of words) for (const m of findMaterial(word)) hits.set(m.id, (hits.get(m.id) ?? 0) + 1);
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => getMaterial(id))
    .filter((m): m is Material => m !== undefined)
    .slice(0, MAX_SUGGESTIONS);
}

/**
 * Resolves one material text: a catalogue id, or a text that matches one material exactly (name,
 * alias, HS code) or only one material at all. Otherwise `ambiguous` (several matches) or
 * `unknown` (none), each with close matches to suggest.
 */
export function resolveMaterialText(text: string): MaterialResolution {
  const trimmed = text.trim();
  const byId = getMaterial(trimmed);
  if (byId) return { status: 'found', text: trimmed, material: byId };
  const q = foldText(trimmed);
  const matches = findMaterial(trimmed);
  const exact = matches.find((m) => isExact(m, q));
  if (exact) return { status: 'found', text: trimmed, material: exact };
  const [only] = matches;
  if (only && matches.length === 1) return { status: 'found', text: trimmed, material: only };
  if (matches.length > 1) return { status: 'ambiguous', text: trimmed, suggestions: matches.slice(0, MAX_SUGGESTIONS) };
  return { status: 'unknown', text: trimmed, suggestions: closeMatches(trimmed) };
}

/**
 * The material to score for a supplier: for a recycled/scrap supplier the catalogue's secondary
 * material of the same family where there is one (copper → copper scrap); otherwise the material.
 */
export function riskMaterialFor(material: Material, recycled: boolean): Material {
  if (!recycled || material.form === 'secondary') return material;
  return MATERIALS.find((m) => m.family === material.family && m.form === 'secondary') ?? material;
}
