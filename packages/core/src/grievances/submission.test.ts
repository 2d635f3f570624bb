import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { isHoneypotTripped } from './honeypot.js';
import { parseSubmission } from './parse-submission.js';
import { createSubmissionSchema } from './submission.schema.js';

const minimal = { category: 'child_labour', description: 'Children carry ore at the north pit.', language: 'fr' };

/** The issues of the error `parseSubmission` throws for `input`. */
function issuesOf(input: unknown, options: Parameters<typeof parseSubmission>[1] = {}) {
  try {
    parseSubmission(input, options);
  } catch (error) {
    if (isAppError(error) && error.code === 'invalid_input') return error.details.issues ?? [];
    throw error;
  }
  throw new Error('expected invalid_input');
}

describe('submission schema', () => {
  it('accepts a report with only a category, a description and a language', () => {
    expect(parseSubmission(minimal)).toEqual(minimal);
  });

  it('accepts the full form as browsers send it: strings, empty fields and a checked box', () => {
    const form = {
      ...minimal,
      country: ' cd ',
      place: 'Kolwezi',
      concerned: '',
      member: 'Acme-Metals',
      contactEmail: 'worker@example.org',
      contactConsent: 'on',
      website: '',
    };
    expect(parseSubmission(form, { memberSlugs: ['acme-metals'] })).toEqual({
      ...minimal,
      country: 'CD',
      place: 'Kolwezi',
      member: 'acme-metals',
      contact: { email: 'worker@example.org' },
    });
  });

  it('refuses an email address without consent', () => {
    expect(issuesOf({ ...minimal, contactEmail: 'worker@example.org' })).toEqual([
      { path: 'contactConsent', message: expect.stringContaining('tick the box') },
    ]);
  });

  it('drops the consent flag when no email address is given', () => {
    expect(parseSubmission({ ...minimal, contactConsent: true })).toEqual(minimal);
  });

  it('refuses a filled honeypot', () => {
    expect(issuesOf({ ...minimal, website: 'http://spam.example' }).map((issue) => issue.path)).toEqual(['website']);
  });

  it('limits the description and short texts, with the limits in the message', () => {
    expect(issuesOf({ ...minimal, description: ' short ' })).toEqual([
      { path: 'description', message: 'Please tell us what happened in at least 10 characters.' },
    ]);
    expect(issuesOf({ ...minimal, description: 'x'.repeat(10_001) })[0]?.message).toContain('10000');
    expect(issuesOf({ ...minimal, place: 'x'.repeat(201) })).toEqual([
      { path: 'place', message: 'This text is too long. Please use at most 200 characters.' },
    ]);
  });

  it('refuses unknown categories, languages and malformed countries, in the page language', () => {
    const issues = issuesOf(
      { category: 'weather', description: minimal.description, language: 'es', country: 'NLD' },
      { locale: 'nl' },
    );
    expect(issues).toEqual([
      { path: 'category', message: 'Kies waar uw melding over gaat.' },
      { path: 'country', message: 'Kies een land uit de lijst.' },
      { path: 'language', message: 'Kies een taal.' },
    ]);
  });

  it('accepts a member only on a shared channel, and only a listed one', () => {
    expect(issuesOf({ ...minimal, member: 'acme' }).map((i) => i.path)).toEqual(['member']);
    expect(issuesOf({ ...minimal, member: 'other' }, { memberSlugs: ['acme'] }).map((i) => i.path)).toEqual(['member']);
    expect(parseSubmission({ ...minimal, member: 'acme' }, { memberSlugs: ['acme'] }).member).toBe('acme');
  });

  it('accepts every category id, including other', () => {
    const schema = createSubmissionSchema();
    for (const category of ['conflict_security', 'corruption', 'other']) {
      expect(schema.safeParse({ ...minimal, category }).success).toBe(true);
    }
  });

  it('says what is wrong when the input is not an object at all', () => {
    expect(issuesOf(null)).toHaveLength(1);
  });
});

describe('isHoneypotTripped', () => {
  it('is false for an empty or absent honeypot and true when a robot filled it', () => {
    expect(isHoneypotTripped(minimal)).toBe(false);
    expect(isHoneypotTripped({ ...minimal, website: '  ' })).toBe(false);
    expect(isHoneypotTripped({ ...minimal, website: 'buy.example' })).toBe(true);
    expect(isHoneypotTripped({ ...minimal, website: ['x'] })).toBe(true);
    expect(isHoneypotTripped('not an object')).toBe(false);
  });
});
