/**
 * The smelter and refiner register: one entry per (metal, CID), built as the union of the Smelter
 * Look-up lists inside every template received — across versions — plus the facility lists the user
 * imports from the RMI. Each entry keeps the newest "as of" date that listed it.
 */
import type { LookupEntry } from '../templates/index.js';
import { isPlaceholderName, metalKey, normaliseCid } from './normalise.js';

/** Conformance as published by the RMI (RMAP): conformant, active (in the process), or not known to us. */
export const CONFORMANCE_STATUSES = ['conformant', 'active', 'unknown'] as const;
/** One of {@link CONFORMANCE_STATUSES}. */
export type ConformanceStatus = (typeof CONFORMANCE_STATUSES)[number];

/** One smelter or refiner of the register. */
export type SmelterEntry = {
  /** RMI smelter id, `CID` + six digits. */
  readonly smelterId: string;
  /** Metal in the templates' English spelling (`Tin`, `Cobalt`, …). */
  readonly metal: string;
  /** RMI's standard name. */
  readonly name: string;
  readonly country: string | null;
  readonly countryName: string | null;
  /** Other names under which look-up lists know it (never the standard name itself). */
  readonly aliases: readonly string[];
  /** ISO date of the newest list that included it. */
  readonly asOf: string | null;
  /** Which lists included it: `CMRT 6.4`, `RMI conformant list`, … */
  readonly sources: readonly string[];
  readonly conformance: ConformanceStatus;
};

/** Where a look-up list came from: its label (family and version) and the date it speaks for. */
export type LookupSource = { readonly label: string; readonly asOf: string | null };

/** Release dates of the template versions (the date on `Declaration!J3`), used as "as of" of their look-ups. */
export const TEMPLATE_RELEASE_DATES: Readonly<Record<string, string>> = {
  'CMRT 6.01': '2020-05-19',
  'CMRT 6.1': '2021-04-28',
  'CMRT 6.22': '2022-05-11',
  'CMRT 6.31': '2023-05-26',
  'CMRT 6.4': '2024-04-26',
  'CMRT 6.5': '2025-04-25',
  'EMRT 1.1': '2022-10-14',
  'EMRT 1.11': '2022-11-04',
  'EMRT 1.2': '2023-05-12',
  'EMRT 1.3': '2024-04-26',
  'EMRT 2.0': '2025-04-25',
  'EMRT 2.1': '2025-10-17',
  'CRT 2.2': '2020-10-28',
  'AMRT 1.2': '2024-10-04',
  'AMRT 1.3': '2025-10-17',
};

/** The register key of an entry: metal and CID. */
export function registerKey(metal: string, smelterId: string): string {
  return `${metalKey(metal)}|${smelterId}`;
}

const newer = (a: string | null, b: string | null) => (a ?? '') >= (b ?? '');

function withName(list: readonly string[], name: string, except: string): readonly string[] {
  if (name === except || list.includes(name)) return list;
  return [...list, name].sort((x, y) => x.localeCompare(y));
}

/** The result of {@link mergeLookup}: entries to insert and entries whose fields changed. */
export type RegisterChanges = { readonly added: SmelterEntry[]; readonly updated: SmelterEntry[] };

/**
 * Merges one look-up list into the register (pure: returns what to insert and update). Rows without
 * a CID and pseudo rows ("Smelter not listed", metal `0`) are skipped. The newest list decides the
 * standard name and country; every look-up name is kept as an alias.
 */
export function mergeLookup(
  register: readonly SmelterEntry[],
  lookup: readonly LookupEntry[],
  source: LookupSource,
): RegisterChanges {
  const current = new Map(register.map((e) => [registerKey(e.metal, e.smelterId), e]));
  const touched = new Map<string, SmelterEntry>();
  const added = new Set<string>();
  for (const row of lookup) {
    const smelterId = normaliseCid(row.smelterId);
    if (!smelterId || metalKey(row.metal) === '0' || metalKey(row.metal) === '') continue;
    const standard = row.standardName && !isPlaceholderName(row.standardName) ? row.standardName : null;
    const alias = isPlaceholderName(row.alias) ? null : row.alias;
    const name = standard ?? alias;
    if (!name) continue;
    const key = registerKey(row.metal, smelterId);
    const before = touched.get(key) ?? current.get(key);
    if (!before) {
      added.add(key);
      touched.set(key, {
        smelterId,
        metal: row.metal,
        name,
        country: row.country,
        countryName: row.countryName,
        aliases: alias && alias !== name ? [alias] : [],
        asOf: source.asOf,
        sources: [source.label],
        conformance: 'unknown',
      });
      continue;
    }
    const takeNew = newer(source.asOf, before.asOf);
    const base: SmelterEntry = takeNew
      ? {
          ...before,
          name,
          country: row.country ?? before.country,
          countryName: row.countryName ?? before.countryName,
          asOf: source.asOf ?? before.asOf,
        }
      : before;
    let aliases = base.aliases.filter((a) => a !== base.name);
    if (before.name !== base.name) aliases = [...withName(aliases, before.name, base.name)];
    if (alias) aliases = [...withName(aliases, alias, base.name)];
    const next: SmelterEntry = {
      ...base,
      aliases,
      sources: base.sources.includes(source.label) ? base.sources : [...base.sources, source.label],
    };
    if (JSON.stringify(next) !== JSON.stringify(before)) touched.set(key, next);
  }
  const result: RegisterChanges = { added: [], updated: [] };
  for (const [key, entry] of touched) (added.has(key) ? result.added : result.updated).push(entry);
  return result;
}
