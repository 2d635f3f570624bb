import { CHILD_LABOUR_FINDINGS_ROWS } from './us-dol-child-labour-findings.generated.js';
import { TVPRA_ROWS } from './us-dol-tvpra.generated.js';

/** One good × country entry of the US DOL TVPRA list (2022 edition). */
export type TvpraListing = {
  readonly good: string;
  readonly sector: string;
  readonly iso2: string;
  readonly childLabour: boolean;
  readonly forcedLabour: boolean;
  readonly forcedChildLabour: boolean;
};

/** All TVPRA entries (dataset `us-dol-tvpra`), primary goods only. */
export const TVPRA_LISTINGS: readonly TvpraListing[] = TVPRA_ROWS.filter((r) => !r[6]).map(
  ([good, sector, iso2, childLabour, forcedLabour, forcedChildLabour]) => ({
    good,
    sector,
    iso2,
    childLabour,
    forcedLabour,
    forcedChildLabour,
  }),
);

const byKey = new Map<string, TvpraListing>(TVPRA_LISTINGS.map((l) => [`${l.good}|${l.iso2}`, l]));

/** TVPRA entries for any of `goods` (DOL good names, exact) produced in country `iso2`. */
export function tvpraListings(goods: readonly string[], iso2: string): TvpraListing[] {
  const out: TvpraListing[] = [];
  for (const good of goods) {
    const hit = byKey.get(`${good}|${iso2}`);
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * DOL advancement level, ordered best → worst as DOL presents it (Findings on the Worst Forms of
 * Child Labor, 2022): significant > moderate > minimal > none; `not_assessed` when DOL made no
 * assessment or the country is outside the report.
 */
export type AdvancementLevel = 'significant' | 'moderate' | 'minimal' | 'none' | 'not_assessed';

/** The DOL advancement level of a country and the verbatim text, or undefined when not in the file. */
export function childLabourAdvancement(iso2: string): { level: AdvancementLevel; text: string } | undefined {
  const row = findingsByIso2.get(iso2.toUpperCase());
  if (!row) return undefined;
  return { level: advancementLevel(row), text: row };
}

/** Map DOL's verbatim text to an {@link AdvancementLevel}. */
export function advancementLevel(text: string): AdvancementLevel {
  if (text.startsWith('Significant')) return 'significant';
  if (text.startsWith('Moderate')) return 'moderate';
  if (text.startsWith('Minimal')) return 'minimal';
  if (text.startsWith('No Advancement')) return 'none';
  return 'not_assessed';
}

const findingsByIso2 = new Map<string, string>(CHILD_LABOUR_FINDINGS_ROWS.map(([iso2, text]) => [iso2, text]));
