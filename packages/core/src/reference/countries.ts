import type { LocalizedText, UiLocale } from '../i18n/locales.js';
import { COUNTRY_ROWS } from './countries.generated.js';
import { foldText } from './fold.js';

/** An ISO 3166-1 country with its English and Dutch short name. */
export type Country = {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly name: LocalizedText;
};

/** All ISO 3166-1 countries (dataset `iso-3166-1`), sorted by alpha-2 code. */
export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([alpha2, alpha3, numeric, en, nl]) => ({
  alpha2,
  alpha3,
  numeric,
  name: { en, nl },
}));

const byCode = new Map<string, Country>();
for (const c of COUNTRIES) {
  byCode.set(c.alpha2, c);
  byCode.set(c.alpha3, c);
  byCode.set(c.numeric, c);
}
const byName = new Map<string, Country>();
for (const c of COUNTRIES) {
  byName.set(foldText(c.name.en), c);
  byName.set(foldText(c.name.nl), c);
}

/** The country for an alpha-2, alpha-3 or numeric code (any case), or undefined. */
export function findCountry(code: string): Country | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** The country for a code or an exact English/Dutch name (accents and case ignored), or undefined. */
export function resolveCountry(codeOrName: string): Country | undefined {
  return findCountry(codeOrName) ?? byName.get(foldText(codeOrName));
}

/** The country's name in `locale`; the code itself when unknown. */
export function countryName(code: string, locale: UiLocale): string {
  return findCountry(code)?.name[locale] ?? code;
}
