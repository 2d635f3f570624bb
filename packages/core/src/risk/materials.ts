import { productionShares } from '../reference/production.js';
import type { Material } from './material-types.js';
import { MATERIAL_SEEDS } from './materials-data.js';

export type { Material, MaterialForm, MetalFamily, Producer, RmiTemplateFamily } from './material-types.js';

/** How many producers to keep per material (the main producers USGS lists separately). */
const TOP_PRODUCERS = 8;

/** The raw-material catalogue with main producers joined from USGS MCS 2026 (2025 estimates). */
export const MATERIALS: readonly Material[] = MATERIAL_SEEDS.map(
  ([id, name, aliases, family, form, hsCodes, rmi, usgsBlock, dolGoods]) => ({
    id,
    name,
    aliases,
    family,
    form,
    hsCodes,
    rmi,
    recycled: form === 'secondary',
    usgsBlock,
    dolGoods,
    producers: usgsBlock
      ? productionShares(usgsBlock)
          .filter((p) => p.sharePct !== null && p.sharePct > 0)
          .slice(0, TOP_PRODUCERS)
          .map((p) => ({ iso2: p.iso2, sharePct: p.sharePct }))
      : [],
    producersSource: usgsBlock
      ? `USGS Mineral Commodity Summaries 2026, world production table ${usgsBlock} (2025 estimate)`
      : null,
  }),
);

const byId = new Map(MATERIALS.map((m) => [m.id, m]));

/** The material with this id, or undefined. */
export function getMaterial(id: string): Material | undefined {
  return byId.get(id);
}
