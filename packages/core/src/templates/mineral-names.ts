/**
 * Canonical English mineral names, and the Chinese names suppliers type into AMRT 1.2
 * (RMI-TEMPLATES §12: 铝, 铬, 铜, 锂, 镍, 银, 锌) or that cached labels show.
 */
import { AMRT13_MINERALS } from './answer-sets.js';
import { looseKey } from './normalise.js';

/** Every mineral named by a template version described in RMI-TEMPLATES §1. */
export const KNOWN_MINERALS: readonly string[] = [
  'Tantalum',
  'Tin',
  'Gold',
  'Tungsten',
  'Cobalt',
  'Mica',
  'Copper',
  'Graphite',
  'Lithium',
  'Nickel',
  ...AMRT13_MINERALS.filter((m) => !m.startsWith('Other')),
  'Chromium',
  'Cadmium',
  'Lead',
  'Molybdenum',
  'Rhenium',
  'Selenium',
  'Tellurium',
];

const CHINESE: Readonly<Record<string, string>> = {
  钽: 'Tantalum',
  锡: 'Tin',
  金: 'Gold',
  钨: 'Tungsten',
  钴: 'Cobalt',
  云母: 'Mica',
  铜: 'Copper',
  石墨: 'Graphite',
  锂: 'Lithium',
  镍: 'Nickel',
  铝: 'Aluminum',
  铬: 'Chromium',
  银: 'Silver',
  锌: 'Zinc',
  锰: 'Manganese',
  铂: 'Platinum',
  钯: 'Palladium',
  铑: 'Rhodium',
  钌: 'Ruthenium',
  铱: 'Iridium',
  石灰: 'Lime',
  纯碱: 'Soda Ash',
  稀土: 'Rare Earth Elements',
  稀土元素: 'Rare Earth Elements',
  镉: 'Cadmium',
  铅: 'Lead',
  钼: 'Molybdenum',
  铼: 'Rhenium',
  硒: 'Selenium',
  碲: 'Tellurium',
};

const ALIASES: Readonly<Record<string, string>> = {
  aluminium: 'Aluminum',
  'natural graphite': 'Graphite',
  'natural mica': 'Mica',
  ree: 'Rare Earth Elements',
};

/** {@link KNOWN_MINERALS} by their loose key (the first mineral wins, as in a search in order). */
let knownByKey: Map<string, string> | undefined;

/** Canonical English name of a mineral text, or `undefined` when it is not a known mineral. */
export function canonicalMineral(text: string): string | undefined {
  const trimmed = text.replace(/\(\*\)\s*$/, '').trim();
  const key = looseKey(trimmed);
  knownByKey ??= new Map([...KNOWN_MINERALS].reverse().map((m) => [looseKey(m), m]));
  const known = knownByKey.get(key);
  if (known !== undefined) return known;
  return CHINESE[trimmed] ?? ALIASES[key];
}

/** Strips the "(*)" marker that labels of required answers carry (§8.2). */
export function stripRequiredMarker(label: string): string {
  return label.replace(/\s*\(\*\)\s*$/, '').trim();
}

/** The collator of {@link compareSlotNames}, made on first use (making one takes ICU about 10 ms). */
let slotCollator: Intl.Collator | undefined;

/**
 * Excel's order of mineral slot names (EMRT 2.x and AMRT helper columns sort the slots by name):
 * English, ignoring case and accents. One collator serves every comparison: `localeCompare` with
 * a locale or options sets one up on each call (a sort of four names: 25 µs against 0.5 µs).
 */
export function compareSlotNames(a: string, b: string): number {
  slotCollator ??= new Intl.Collator('en', { sensitivity: 'base' });
  return slotCollator.compare(a, b);
}
