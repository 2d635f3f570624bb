import { USGS_BLOCKS, USGS_ROWS } from './usgs-mcs.generated.js';

/** A country's production in one USGS MCS 2026 table (block), 2025 estimate. */
export type ProductionShare = {
  /** USGS table id, e.g. `cobal:mine`, `coppe:refinery`. */
  readonly block: string;
  readonly iso2: string;
  readonly unit: string;
  readonly production: number | null;
  /** Share of the world total in %, one decimal (computed from USGS figures); null when withheld. */
  readonly sharePct: number | null;
};

/** USGS block id → commodity chapter name. */
export const PRODUCTION_BLOCKS: Readonly<Record<string, string>> = USGS_BLOCKS;

const byBlock = new Map<string, ProductionShare[]>();
for (const [block, iso2, unit, production, sharePct] of USGS_ROWS) {
  const list = byBlock.get(block) ?? [];
  list.push({ block, iso2, unit, production, sharePct });
  byBlock.set(block, list);
}
for (const list of byBlock.values()) list.sort((a, b) => (b.sharePct ?? -1) - (a.sharePct ?? -1));

/** Producing countries of a USGS block, largest share first. */
export function productionShares(block: string): readonly ProductionShare[] {
  return byBlock.get(block) ?? [];
}

/** One country's share in a block, or undefined when USGS does not list it separately. */
export function productionShare(block: string, iso2: string): ProductionShare | undefined {
  return byBlock.get(block)?.find((p) => p.iso2 === iso2);
}
