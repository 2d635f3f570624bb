import type { MessageBundle, PublicLocale } from '../i18n/locales.js';
import { de } from './messages.de.js';
import { en, type GrievanceMessageKey } from './messages.en.js';
import { fr } from './messages.fr.js';
import { nl } from './messages.nl.js';

/**
 * The catalogue of the grievance channel in every public language (`PUBLIC_LOCALES`). The
 * officers' UI reads the same keys in its languages (nl, en). Adding a language is adding a
 * `messages.<locale>.ts` file and a line here; the test then checks it is complete.
 */
export const GRIEVANCE_MESSAGES: MessageBundle<PublicLocale> = { nl, en, de, fr };

export type { GrievanceMessageKey };

/** Values for the `{name}` placeholders of a message. */
import type { MessageParams } from '../errors.js';

/** The placeholder names used in a text, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * The text of `key` in `locale` with placeholders filled in; falls back to English, then to the key.
 * A placeholder without a value stays visible, so a missing parameter shows up in review.
 */
export function grievanceMessage(locale: PublicLocale, key: string, params: MessageParams = {}): string {
  const text = GRIEVANCE_MESSAGES[locale][key] ?? GRIEVANCE_MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
