import type { UiLocale } from '../locales.js';
import { en, type UiMessageKey } from './en.js';
import { nl } from './nl.js';

/** The UI catalogues by locale. */
export const UI_CATALOGUES: Readonly<Record<UiLocale, Readonly<Record<UiMessageKey, string>>>> = { en, nl };

/** Fills `{name}` placeholders; unknown placeholders stay visible so they are noticed. */
export function interpolate(text: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** A translator for one locale. */
export type Translate = (key: UiMessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Returns the translator for `locale`. */
export function translator(locale: UiLocale): Translate {
  const catalogue = UI_CATALOGUES[locale];
  return (key, params) => interpolate(catalogue[key], params);
}

/** Picks the best UI locale from an Accept-Language header (q-values honoured); English otherwise. */
export function negotiateLocale(acceptLanguage: string | undefined | null): UiLocale {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.lang !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) if (entry.lang === 'nl' || entry.lang === 'en') return entry.lang;
  return 'en';
}
