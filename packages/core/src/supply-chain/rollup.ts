/**
 * The company's consolidated smelter list: every smelter its suppliers report, with metals,
 * country, the suppliers that report it, RMI conformance, the EU CAHRA flag and red flags; plus the
 * coverage figures (share of suppliers that responded, share of smelters conformant).
 */
import { cahraStatus } from '../reference/cahra.js';
import { registerKey, type SmelterEntry } from '../smelters/register.js';

/** A supplier's reported smelter row after matching (`entry` null when it did not match). */
export type ReportedSmelter = {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly entry: SmelterEntry | null;
};

/** OECD red flags a smelter raises for the company. */
export const SMELTER_RED_FLAGS = ['cahra_country', 'not_conformant', 'country_unknown'] as const;
/** One of {@link SMELTER_RED_FLAGS}. */
export type SmelterRedFlag = (typeof SMELTER_RED_FLAGS)[number];

/** One line of the consolidated list. */
export type RollupSmelter = {
  readonly smelterId: string;
  readonly name: string;
  readonly metals: readonly string[];
  readonly country: string | null;
  readonly countryName: string | null;
  readonly suppliers: readonly string[];
  readonly conformance: SmelterEntry['conformance'];
  readonly cahra: boolean;
  readonly redFlags: readonly SmelterRedFlag[];
  /** The register entries (one per metal), for building the company's own declaration. */
  readonly entries: readonly SmelterEntry[];
};

/** Coverage of the supply chain. */
export type Coverage = {
  readonly suppliers: number;
  readonly responded: number;
  /** 0–1, or null when there are no suppliers. */
  readonly respondedShare: number | null;
  readonly smelters: number;
  readonly conformant: number;
  readonly conformantShare: number | null;
  /** Reported rows that matched no smelter of the register (to review). */
  readonly unmatchedRows: number;
};

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/** Consolidates the reported rows: one line per smelter id, sorted by metal then name. */
export function rollUp(
  reports: readonly ReportedSmelter[],
  suppliers: { readonly total: number; readonly responded: number },
): { smelters: RollupSmelter[]; coverage: Coverage } {
  const groups = new Map<string, { entries: Map<string, SmelterEntry>; suppliers: Set<string> }>();
  let unmatchedRows = 0;
  for (const r of reports) {
    if (!r.entry) {
      unmatchedRows++;
      continue;
    }
    const group = groups.get(r.entry.smelterId) ?? { entries: new Map(), suppliers: new Set<string>() };
    group.entries.set(registerKey(r.entry.metal, r.entry.smelterId), r.entry);
    group.suppliers.add(r.supplierName);
    groups.set(r.entry.smelterId, group);
  }
  const smelters: RollupSmelter[] = [];
  for (const [smelterId, group] of groups) {
    const entries = [...group.entries.values()];
    const first = entries[0] as SmelterEntry;
    const conformance = entries.some((e) => e.conformance === 'conformant')
      ? 'conformant'
      : entries.some((e) => e.conformance === 'active')
        ? 'active'
        : 'unknown';
    const cahra = first.country ? cahraStatus(first.country).countryListed : false;
    const redFlags: SmelterRedFlag[] = [];
    if (cahra) redFlags.push('cahra_country');
    if (conformance !== 'conformant') redFlags.push('not_conformant');
    if (!first.country) redFlags.push('country_unknown');
    smelters.push({
      smelterId,
      name: first.name,
      metals: [...new Set(entries.map((e) => e.metal))].sort(),
      country: first.country,
      countryName: first.countryName,
      suppliers: [...group.suppliers].sort((a, b) => a.localeCompare(b)),
      conformance,
      cahra,
      redFlags,
      entries,
    });
  }
  smelters.sort((a, b) => (a.metals[0] ?? '').localeCompare(b.metals[0] ?? '') || a.name.localeCompare(b.name));
  const conformant = smelters.filter((s) => s.conformance === 'conformant').length;
  return {
    smelters,
    coverage: {
      suppliers: suppliers.total,
      responded: suppliers.responded,
      respondedShare: share(suppliers.responded, suppliers.total),
      smelters: smelters.length,
      conformant,
      conformantShare: share(conformant, smelters.length),
      unmatchedRows,
    },
  };
}
