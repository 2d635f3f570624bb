import { describe, expect, it } from 'vitest';
import { companyProfileSchema } from '../company-profile.schema.js';
import { EXAMPLE_PROFILES } from '../example-profiles.js';
import { buildModelPolicy } from './build-policy.js';
import { formatLongDate, renderPolicyHtml } from './render-policy-html.js';

describe('renderPolicyHtml', () => {
  it('renders a self-contained document in the chosen language', () => {
    const policy = buildModelPolicy(EXAMPLE_PROFILES.tinImporter, { version: 2, approvedOn: '2025-03-03' });
    const html = renderPolicyHtml(policy, 'nl');
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<h1>Beleid voor verantwoord inkopen</h1>');
    expect(html).toContain('Versie 2 · Goedgekeurd op 3 maart 2025');
    expect(html).toContain('<section id="policy-minerals">');
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('says a policy without approval date is a draft', () => {
    const html = renderPolicyHtml(buildModelPolicy(EXAMPLE_PROFILES.aluminiumExtruder), 'en');
    expect(html).toContain('Version 1 · Draft, not yet approved');
  });

  it('escapes the company name and edited texts', () => {
    const profile = companyProfileSchema.parse({
      ...EXAMPLE_PROFILES.aluminiumExtruder,
      name: 'Evil <script>alert(1)</script> & Co',
    });
    const policy = buildModelPolicy(profile, {
      approvedBy: '"><img src=x>',
      approvedOn: '2025-01-01',
      sections: { environment: { body: { en: '- <b>bold</b> & "quoted"' } } },
    });
    const html = renderPolicyHtml(policy, 'en');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('<li>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;</li>');
  });

  it('formats dates in words per language', () => {
    expect(formatLongDate('2025-12-01', 'en')).toBe('1 December 2025');
    expect(formatLongDate('2025-12-01', 'nl')).toBe('1 december 2025');
  });
});
