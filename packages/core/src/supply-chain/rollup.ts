/**
 * The company's consolidated smelter list: every smelter its suppliers report, with metals,
 * country, the suppliers that report it, RMI conformance, the EU CAHRA flag and red flags; plus the
 * coverage figures (share of suppliers that responded, share of smelters conformant).
 */
import { cahraStatus } from '../reference/cahra.js';
import { metalKey } from '../smelters/normalise.js';
import { registerKey, type SmelterEntry } from '../smelters/register.js';
import { ORIGIN_SOURCES, type OriginSource, type ReportedOrigin } from './origins.js';

/** The source label of an imported RMI conformant list (the register entry's `sources`). */
export const RMI_CONFORMANT_LIST = 'RMI conformant list';
/** The source label of an imported RMI active list. */
export const RMI_ACTIVE_LIST = 'RMI active list';

/** A supplier's reported smelter row after matching (`entry` null when it did not match). */
export type ReportedSmelter = {
  readonly supplierId: string;
  readonly supplierName: string;
  readonly entry: SmelterEntry | null;
  /** Origin countries the supplier reports for this row (mine country, Mine List). */
  readonly origins?: readonly ReportedOrigin[];
};

/**
 * OECD red flags a smelter raises for the company. The CAHRA flag says which country raised it:
 * the smelter's own country (`cahra_smelter_country`) or an origin country reported for its
 * minerals (`cahra_origin`).
 */
export const SMELTER_RED_FLAGS = [
  'cahra_smelter_country',
  'cahra_origin',
  'not_conformant',
  'country_unknown',
] as const;
/** One of {@link SMELTER_RED_FLAGS}. */
export type SmelterRedFlag = (typeof SMELTER_RED_FLAGS)[number];

/**
 * RMAP status in the roll-up: `conformant` and `active` as the imported RMI lists say;
 * `not_conformant` only when a conformant list of the smelter's metal was imported and does not
 * list it; `unknown` while no conformant list of its metal was imported.
 */
export const ROLLUP_CONFORMANCE = ['conformant', 'active', 'not_conformant', 'unknown'] as const;
/** One of {@link ROLLUP_CONFORMANCE}. */
export type RollupConformance = (typeof ROLLUP_CONFORMANCE)[number];

/** An origin country reported for a smelter: from which lists and by which suppliers. */
export type RollupOrigin = {
  readonly country: string;
  readonly sources: readonly OriginSource[];
  readonly suppliers: readonly string[];
  /** The country is on the EU indicative CAHRA list (whole or in part). */
  readonly cahra: boolean;
};

/** Why a smelter carries the CAHRA flag. */
export type CahraReason =
  | { readonly kind: 'smelter_country'; readonly country: string }
  | {
      readonly kind: 'reported_origin';
      readonly country: string;
      readonly sources: readonly OriginSource[];
      readonly suppliers: readonly string[];
    };

/** One line of the consolidated list. */
export type RollupSmelter = {
  readonly smelterId: string;
  readonly name: string;
  readonly metals: readonly string[];
  readonly country: string | null;
  readonly countryName: string | null;
  readonly suppliers: readonly string[];
  readonly conformance: RollupConformance;
  /** Any CAHRA reason: the smelter's country or a reported origin. */
  readonly cahra: boolean;
  /** Which countries raised the CAHRA flag, smelter country first. */
  readonly cahraReasons: readonly CahraReason[];
  /** Every origin country the suppliers report for it. */
  readonly origins: readonly RollupOrigin[];
  readonly redFlags: readonly SmelterRedFlag[];
  /** The register entries (one per metal), for building the company's own declaration. */
  readonly entries: readonly SmelterEntry[];
};

/**
 * The metals (by {@link metalKey}) for which an RMI conformant list was imported into the register:
 * only for those can "not on the list" mean "not conformant".
 */
export function conformanceListMetals(register: readonly SmelterEntry[]): Set<string> {
  return new Set(register.filter((e) => e.sources.includes(RMI_CONFORMANT_LIST)).map((e) => metalKey(e.metal)));
}

/** The RMAP status of one register entry, given the metals a conformant list was imported for. */
export function entryConformance(entry: SmelterEntry, listed: ReadonlySet<string>): RollupConformance {
  if (entry.conformance !== 'unknown') return entry.conformance;
  return listed.has(metalKey(entry.metal)) ? 'not_conformant' : 'unknown';
}

/** Worst first: a smelter counts as conformant only when it is for every metal it is reported for. */
const CONFORMANCE_RANK: readonly RollupConformance[] = ['not_conformant', 'unknown', 'active', 'conformant'];

/** Coverage of the supply chain. */
export type Coverage = {
  readonly suppliers: number;
  readonly responded: number;
  /** 0–1, or null when there are no suppliers. */
  readonly respondedShare: number | null;
  readonly smelters: number;
  readonly conformant: number;
  readonly conformantShare: number | null;
  /** Smelters whose RMAP status is unknown (no conformant list of their metal imported). */
  readonly unknown: number;
  /** Metals of the roll-up for which no RMI conformant list was imported (sorted). */
  readonly metalsWithoutList: readonly string[];
  /** Reported rows that matched no smelter of the register (to review). */
  readonly unmatchedRows: number;
};

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

const ORIGIN_ORDER: readonly OriginSource[] = ORIGIN_SOURCES;
const listedCahra = (country: string) => cahraStatus(country).countryListed;

/**
 * Consolidates the reported rows: one line per smelter id, sorted by metal then name.
 * `conformanceLists` are the metals (by {@link metalKey}) for which an RMI conformant list was
 * imported ({@link conformanceListMetals}); without it every status not on a list is `unknown`.
 */
export function rollUp(
  reports: readonly ReportedSmelter[],
  suppliers: { readonly total: number; readonly responded: number },
  conformanceLists: ReadonlySet<string> = new Set(),
): { smelters: RollupSmelter[]; coverage: Coverage } {
  type Group = {
    entries: Map<string, SmelterEntry>;
    suppliers: Set<string>;
    origins: Map<string, { sources: Set<OriginSource>; suppliers: Set<string> }>;
  };
  const groups = new Map<string, Group>();
  let unmatchedRows = 0;
  for (const r of reports) {
    if (!r.entry) {
      unmatchedRows++;
      continue;
    }
    const group: Group = groups.get(r.entry.smelterId) ?? {
      entries: new Map(),
      suppliers: new Set<string>(),
      origins: new Map(),
    };
    group.entries.set(registerKey(r.entry.metal, r.entry.smelterId), r.entry);
    group.suppliers.add(r.supplierName);
    for (const o of r.origins ?? []) {
      const seen = group.origins.get(o.country) ?? { sources: new Set<OriginSource>(), suppliers: new Set<string>() };
      seen.sources.add(o.source);
      seen.suppliers.add(r.supplierName);
      group.origins.set(o.country, seen);
    }
    groups.set(r.entry.smelterId, group);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  const smelters: RollupSmelter[] = [];
  for (const [smelterId, group] of groups) {
    const entries = [...group.entries.values()];
    const first = entries[0] as SmelterEntry;
    const conformance = entries
      .map((e) => entryConformance(e, conformanceLists))
      .reduce((worst, c) => (CONFORMANCE_RANK.indexOf(c) < CONFORMANCE_RANK.indexOf(worst) ? c : worst), 'conformant');
    const origins: RollupOrigin[] = [...group.origins.entries()]
      .map(([country, o]) => ({
        country,
        sources: ORIGIN_ORDER.filter((s) => o.sources.has(s)),
        suppliers: [...o.suppliers].sort(byName),
        cahra: listedCahra(country),
      }))
      .sort((a, b) => a.country.localeCompare(b.country));
    const cahraReasons: CahraReason[] = [];
    if (first.country && listedCahra(first.country))
      cahraReasons.push({ kind: 'smelter_country', country: first.country });
    for (const o of origins)
      if (o.cahra)
        cahraReasons.push({ kind: 'reported_origin', country: o.country, sources: o.sources, suppliers: o.suppliers });
    const redFlags: SmelterRedFlag[] = [];
    if (cahraReasons.some((c) => c.kind === 'smelter_country')) redFlags.push('cahra_smelter_country');
    if (cahraReasons.some((c) => c.kind === 'reported_origin')) redFlags.push('cahra_origin');
    if (conformance === 'not_conformant' || conformance === 'active') redFlags.push('not_conformant');
    if (!first.country) redFlags.push('country_unknown');
    smelters.push({
      smelterId,
      name: first.name,
      metals: [...new Set(entries.map((e) => e.metal))].sort(),
      country: first.country,
      countryName: first.countryName,
      suppliers: [...group.suppliers].sort(byName),
      conformance,
      cahra: cahraReasons.length > 0,
      cahraReasons,
      origins,
      redFlags,
      entries,
    });
  }
  smelters.sort((a, b) => (a.metals[0] ?? '').localeCompare(b.metals[0] ?? '') || a.name.localeCompare(b.name));
  const conformant = smelters.filter((s) => s.conformance === 'conformant').length;
  const metalsWithoutList = [
    ...new Set(
      smelters
        .flatMap((s) => s.entries)
        .filter((e) => !conformanceLists.has(metalKey(e.metal)))
        .map((e) => e.metal),
    ),
  ].sort();
  return {
    smelters,
    coverage: {
      suppliers: suppliers.total,
      responded: suppliers.responded,
      respondedShare: share(suppliers.responded, suppliers.total),
      smelters: smelters.length,
      conformant,
      conformantShare: share(conformant, smelters.length),
      unknown: smelters.filter((s) => s.conformance === 'unknown').length,
      metalsWithoutList,
      unmatchedRows,
    },
  };
}
