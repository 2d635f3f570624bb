/**
 * Countries of origin a supplier reports for a smelter's minerals: the Smelter List's column O
 * ("Location (Country) of Mine(s)", free text) and the Mine List (EMRT 2.x, AMRT: one row per mine,
 * naming the smelter it supplies). The roll-up raises the CAHRA flag from these separately from the
 * smelter's own country.
 */
import { resolveCountry } from '../reference/countries.js';
import { fingerprint, metalKey } from '../smelters/normalise.js';
import { CountryIndex, isUnknownCountry } from '../templates/countries.js';
import type { Declaration } from '../templates/index.js';

/** Where a reported origin comes from: the Smelter List's mine country (column O) or the Mine List. */
export const ORIGIN_SOURCES = ['smelter_list', 'mine_list'] as const;
/** One of {@link ORIGIN_SOURCES}. */
export type OriginSource = (typeof ORIGIN_SOURCES)[number];

/** One origin country reported for a smelter row. */
export type ReportedOrigin = { readonly country: string; readonly source: OriginSource };

const aliases = new CountryIndex();

function exactCountry(text: string): string | null {
  const t = text.trim();
  if (t === '' || isUnknownCountry(t)) return null;
  return resolveCountry(t)?.alpha2 ?? aliases.match(t).code;
}

/** One country by code or name, also in the inverted ISO form (`Congo, The Democratic Republic of the`). */
function countryOf(text: string): string | null {
  const direct = exactCountry(text);
  if (direct) return direct;
  const comma = text.indexOf(',');
  if (comma < 0) return null;
  const turned = `${text.slice(comma + 1).trim()} ${text.slice(0, comma).trim()}`.replace(/^the\s+/i, '');
  return exactCountry(turned);
}

/** A part between separators: one country, or several joined by "and" (`China and Peru`). */
function partCountries(part: string): string[] {
  const one = countryOf(part);
  if (one) return [one];
  return part
    .split(/\band\b/i)
    .map(countryOf)
    .filter((c): c is string => c !== null);
}

/**
 * The countries named in a free-text mine-country cell (ISO alpha-2, in order of appearance, each
 * once): the whole text when it is one country (`Korea, Republic of`), otherwise its parts separated
 * by `;`, `/`, `,`, `&`, `+`, line breaks or "and". Parts that are no country (`recycled`, `scrap`,
 * `Unknown`, `N/A`, `Ta scrap`) are skipped: they name no origin.
 */
export function originCountries(text: string | null | undefined): string[] {
  if (!text) return [];
  const whole = countryOf(text);
  if (whole) return [whole];
  const out: string[] = [];
  const add = (codes: readonly string[]) => {
    for (const code of codes) if (!out.includes(code)) out.push(code);
  };
  for (const chunk of text.split(/[;\n\r/&+]/)) {
    const parts = chunk.split(',');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      // "Congo, The Democratic Republic of the" and "Korea, Republic of" hold a comma themselves.
      const pair = i + 1 < parts.length ? countryOf(`${part},${parts[i + 1]}`) : null;
      if (pair) {
        add([pair]);
        i++;
      } else add(partCountries(part));
    }
  }
  return out;
}

/**
 * The reported origins per Smelter List row of one declaration (keyed by the row number): the
 * countries of its column O, and those of the Mine List rows that name it (same metal, and the
 * smelter name equal to the row's look-up name or typed name by fingerprint).
 */
export function originsBySmelterRow(declaration: Declaration): Map<number, ReportedOrigin[]> {
  const result = new Map<number, ReportedOrigin[]>();
  const add = (row: number, origin: ReportedOrigin) => {
    const list = result.get(row) ?? [];
    if (!list.some((o) => o.country === origin.country && o.source === origin.source)) list.push(origin);
    result.set(row, list);
  };
  const byName = new Map<string, number[]>();
  for (const s of declaration.smelters) {
    if (s.row === undefined) continue;
    for (const country of originCountries(s.mineCountry)) add(s.row, { country, source: 'smelter_list' });
    for (const name of [s.lookupName, s.name]) {
      if (!name) continue;
      const key = `${metalKey(s.metal ?? '')}|${fingerprint(name)}`;
      const rows = byName.get(key) ?? [];
      if (!rows.includes(s.row)) rows.push(s.row);
      byName.set(key, rows);
    }
  }
  for (const m of declaration.mines) {
    if (!m.smelterName) continue;
    const countries = m.country ? [m.country] : originCountries(m.countryName);
    if (countries.length === 0) continue;
    const rows = byName.get(`${metalKey(m.metal ?? '')}|${fingerprint(m.smelterName)}`) ?? [];
    for (const row of rows) for (const country of countries) add(row, { country, source: 'mine_list' });
  }
  return result;
}
