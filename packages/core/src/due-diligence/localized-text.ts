import type { LocalizedText, UiLocale } from '../i18n/locales.js';

/** Values for `{name}` placeholders, one text per locale (or one for both). */
export type TextVars = Readonly<Record<string, string | LocalizedText>>;

/** Fills `{name}` placeholders in both languages; unknown placeholders are left visible on purpose. */
export function fillText(text: LocalizedText, vars: TextVars): LocalizedText {
  return { en: fillOne(text.en, vars, 'en'), nl: fillOne(text.nl, vars, 'nl') };
}

/** Joins several localized texts per locale. */
export function joinTexts(texts: readonly LocalizedText[], separator = ' '): LocalizedText {
  return { en: texts.map((t) => t.en).join(separator), nl: texts.map((t) => t.nl).join(separator) };
}

/** A human list ("a, b and c" / "a, b en c") in both languages. */
export function listText(items: readonly LocalizedText[]): LocalizedText {
  return {
    en: listOne(
      items.map((t) => t.en),
      'and',
    ),
    nl: listOne(
      items.map((t) => t.nl),
      'en',
    ),
  };
}

/** The same string in both languages (names, codes). */
export function sameText(value: string): LocalizedText {
  return { en: value, nl: value };
}

function fillOne(template: string, vars: TextVars, locale: UiLocale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : value[locale];
  });
}

function listOne(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
