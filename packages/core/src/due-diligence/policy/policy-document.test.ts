import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILES } from '../example-profiles.js';
import { buildModelPolicy } from './build-policy.js';
import { policyDocument, policyPageLabel } from './policy-document.js';

describe('policyDocument', () => {
  it('lays an approved policy out in one language with its metadata', () => {
    const policy = buildModelPolicy(EXAMPLE_PROFILES.tinImporter, {
      version: 2,
      approvedOn: '2025-03-03',
      approvedBy: 'de directie',
    });
    const doc = policyDocument(policy, 'nl');
    expect(doc.title).toBe('Beleid voor verantwoord inkopen');
    expect(doc.versionLabel).toBe('Versie 2');
    expect(doc.approval).toBe('Goedgekeurd op 3 maart 2025 door de directie');
    expect(doc.draftMark).toBeNull();
    expect(doc.metaLine).toBe(`${policy.companyName} · Versie 2 · Goedgekeurd op 3 maart 2025 door de directie`);
    expect(doc.metadata).toEqual({
      title: `${policy.companyName}: Beleid voor verantwoord inkopen`,
      author: policy.companyName,
      language: 'nl',
    });
    expect(doc.sections.map((s) => s.id)).toEqual(policy.sections.map((s) => s.id));
    expect(doc.sections[0]?.title).toBe(policy.sections[0]?.title.nl);
    expect(doc.sections[0]?.blocks).toBe(policy.sections[0]?.body.nl);
  });

  it('marks a draft', () => {
    const doc = policyDocument(buildModelPolicy(EXAMPLE_PROFILES.aluminiumExtruder), 'en');
    expect(doc.approved).toBe(false);
    expect(doc.approval).toBe('Draft, not yet approved');
    expect(doc.draftMark).toBe('DRAFT');
  });

  it('numbers pages in words per language', () => {
    expect(policyPageLabel(2, 5, 'en')).toBe('Page 2 of 5');
    expect(policyPageLabel(2, 5, 'nl')).toBe('Pagina 2 van 5');
  });
});
