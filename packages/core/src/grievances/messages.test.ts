import { describe, expect, it } from 'vitest';
import { PUBLIC_LOCALES } from '../i18n/locales.js';
import { ATTACHMENT_REJECTIONS } from './attachment-rules.js';
import { GRIEVANCE_CATEGORIES } from './categories.js';
import { CASE_OUTCOMES, CASE_STATUSES } from './grievance-case.js';
import { GRIEVANCE_MESSAGES, grievanceMessage, placeholdersOf } from './messages.js';

const reference = GRIEVANCE_MESSAGES.en;
const referenceKeys = Object.keys(reference).sort();

describe('grievance catalogues', () => {
  it('prefix every key with grievances.', () => {
    for (const key of referenceKeys) expect(key).toMatch(/^grievances\.[a-z_.]+$/);
  });

  it.each(PUBLIC_LOCALES)('%s has exactly the reference keys, none of them empty', (locale) => {
    const catalogue = GRIEVANCE_MESSAGES[locale];
    expect(Object.keys(catalogue).sort()).toEqual(referenceKeys);
    for (const key of referenceKeys) expect(catalogue[key]?.trim(), `${locale} ${key}`).toBeTruthy();
  });

  it.each(PUBLIC_LOCALES)('%s uses the same {placeholders} as English in every text', (locale) => {
    const catalogue = GRIEVANCE_MESSAGES[locale];
    for (const key of referenceKeys) {
      expect(placeholdersOf(catalogue[key] ?? ''), `${locale} ${key}`).toEqual(placeholdersOf(reference[key] ?? ''));
    }
  });

  it('label every status, category, outcome and attachment refusal', () => {
    const needed = [
      ...CASE_STATUSES.flatMap((status) => [`grievances.status.${status}`, `grievances.status.${status}.description`]),
      ...GRIEVANCE_CATEGORIES.map((category) => `grievances.category.${category}`),
      ...CASE_OUTCOMES.map((outcome) => `grievances.outcome.${outcome}`),
      ...ATTACHMENT_REJECTIONS.map((reason) => `grievances.attachment.${reason}`),
    ];
    for (const key of needed) expect(referenceKeys, key).toContain(key);
  });

  it('fills placeholders and falls back to English, then to the key', () => {
    expect(grievanceMessage('de', 'grievances.follow_up.rate_limited', { seconds: 8 })).toBe(
      'Zu viele falsche Versuche von hier für diese Meldung. Bitte warten Sie 8 Sekunden und versuchen Sie es dann noch einmal.',
    );
    expect(grievanceMessage('fr', 'grievances.form.description.hint')).toContain('{min}');
    expect(grievanceMessage('nl', 'grievances.no_such_key')).toBe('grievances.no_such_key');
  });
});
