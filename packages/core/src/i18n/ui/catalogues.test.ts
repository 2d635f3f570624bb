import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../locales.js';
import { en } from './en.js';
import { negotiateLocale, translator, UI_CATALOGUES } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  it.each(UI_LOCALES)('%s has every key, none empty, with the same placeholders as English', (locale) => {
    const catalogue = UI_CATALOGUES[locale] as Record<string, string>;
    for (const key of Object.keys(en)) {
      expect(catalogue[key], `${locale} lacks ${key}`).toBeTypeOf('string');
      expect(catalogue[key]?.trim(), `${locale} ${key} is empty`).not.toBe('');
      expect(placeholders(catalogue[key] ?? ''), `${locale} ${key} placeholders`).toEqual(
        placeholders(en[key as keyof typeof en]),
      );
    }
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills placeholders', () => {
    expect(translator('nl')('dashboard.welcome', { name: 'Ann' })).toBe('Welkom, Ann.');
  });
});

describe('negotiateLocale', () => {
  it.each([
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE,en;q=0.5,nl;q=0.9', 'nl'],
    ['fr', 'en'],
    ['', 'en'],
    ['en-GB', 'en'],
    ['nl;q=0', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
