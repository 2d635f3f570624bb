import { shiftDecimal } from './figures.js';

/** A unit of mass Assay converts to kg: a power of ten (exact) or an exact factor (rounded to 1 mg). */
type Known = { readonly name: string; readonly exp: number } | { readonly name: string; readonly factor: number };

const KNOWN: Readonly<Record<string, Known>> = {};
const add = (names: readonly string[], unit: Known) => {
  for (const n of names) (KNOWN as Record<string, Known>)[n] = unit;
};
add(['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], { name: 'kg', exp: 0 });
add(['g', 'gram', 'grams', 'gramme', 'grammes'], { name: 'g', exp: -3 });
add(['mg', 'milligram', 'milligrams'], { name: 'mg', exp: -6 });
add(['t', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes', 'metrische ton'], {
  name: 't',
  exp: 3,
});
// Exact by definition: the international pound (0.45359237 kg) and the troy ounce (31.1034768 g).
add(['lb', 'lbs', 'pound', 'pounds'], { name: 'lb', factor: 0.45359237 });
add(['ozt', 'oz t', 'oz tr', 'troy oz', 'troy ounce', 'troy ounces', 'troy ons'], {
  name: 'troy oz',
  factor: 0.0311034768,
});

/** Names that are units of mass but mean different amounts in different places: refused by name. */
const AMBIGUOUS: ReadonlySet<string> = new Set([
  'ton', // metric tonne (1 000 kg), short ton (907.18 kg) or long ton (1 016.05 kg)
  'tons',
  'mt', // metric ton in trade, but also megatonne
  'oz', // avoirdupois ounce (28.35 g) or troy ounce (31.10 g), the gold trade's unit
  'ounce',
  'ounces',
  'ons', // Dutch: 100 g, or an ounce
  'gr', // gram, or grain (64.8 mg)
  'cwt', // hundredweight: 45.36 or 50.80 kg
]);

/** The result of reading a unit. */
export type UnitReading =
  | { readonly kind: 'kg'; readonly unit: string; readonly kg: (decimal: string) => number }
  | { readonly kind: 'ambiguous' | 'unknown' | 'empty'; readonly unit: string };

/** Fold a typed unit: lower case, single spaces, no trailing dot (`Kg.` → `kg`). */
export function foldUnit(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** Read a unit of mass; `kg` converts a decimal string of that unit into kg. */
export function readUnit(text: string): UnitReading {
  const folded = foldUnit(text);
  if (folded === '') return { kind: 'empty', unit: '' };
  if (AMBIGUOUS.has(folded)) return { kind: 'ambiguous', unit: text.trim() };
  const known = KNOWN[folded];
  if (!known) return { kind: 'unknown', unit: text.trim() };
  const kg =
    'exp' in known
      ? (decimal: string) => Number(shiftDecimal(decimal, known.exp))
      : (decimal: string) => Math.round(Number(decimal) * known.factor * 1e6) / 1e6;
  return { kind: 'kg', unit: known.name, kg };
}

/** Split a trailing unit off a figure cell: `6.000 kg` → [`6.000`, `kg`]; no unit → [text, '']. */
export function splitUnit(text: string): [figure: string, unit: string] {
  const m = /^\s*([\d\s\u00a0\u2009\u202f_.,]*\d)\s*([^\d\s].*?)?\s*$/.exec(text);
  if (!m) return [text, ''];
  return [m[1] ?? '', m[2] ?? ''];
}
