import { foldText } from '../reference/fold.js';
import type { Material } from './material-types.js';
import { MATERIALS } from './materials.js';

type Entry = { readonly material: Material; readonly terms: readonly string[] };
const index: readonly Entry[] = MATERIALS.map((material) => ({
  material,
  terms: [material.id, material.name.en, material.name.nl, ...material.aliases, ...material.hsCodes].map(foldText),
}));

/**
 * Materials matching `query` in English or Dutch (names, aliases, id, HS code), best first:
 * exact term, then term prefix, then substring. Accents and case are ignored.
 */
export function findMaterial(query: string): Material[] {
  const q = foldText(query);
  if (q === '') return [];
  const ranked: { material: Material; rank: number }[] = [];
  for (const { material, terms } of index) {
    let rank = 0;
    for (const term of terms) {
      const r = term === q ? 3 : term.startsWith(q) ? 2 : term.includes(q) ? 1 : 0;
      if (r > rank) rank = r;
    }
    if (rank > 0) ranked.push({ material, rank });
  }
  return ranked.sort((a, b) => b.rank - a.rank).map((r) => r.material);
}
