import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILES } from '../example-profiles.js';
import { buildModelPolicy, parsePolicyText } from './build-policy.js';
import { POLICY_SECTIONS } from './policy-sections.js';

const { aluminiumExtruder, tinImporter } = EXAMPLE_PROFILES;

describe('buildModelPolicy', () => {
  it('fills the company name, positions and materials in both languages', () => {
    const policy = buildModelPolicy(aluminiumExtruder);
    const purpose = policy.sections.find((s) => s.id === 'purpose');
    expect(purpose?.body.en[0]).toEqual({
      p: expect.stringContaining('Voorbeeld Profielen B.V. is a small enterprise working in semi-finished products'),
    });
    expect(purpose?.body.nl[0]).toEqual({ p: expect.stringContaining('Wij kopen en verwerken aluminium') });
  });

  it('leaves out the minerals section for aluminium and includes the scrap section', () => {
    const ids = buildModelPolicy(aluminiumExtruder).sections.map((s) => s.id);
    expect(ids).not.toContain('minerals');
    expect(ids).toContain('secondary_materials');
  });

  it('includes the Annex II commitments for a tin trader', () => {
    const ids = buildModelPolicy(tinImporter).sections.map((s) => s.id);
    expect(ids).toContain('minerals');
  });

  it('uses the grievance URL, or a visible placeholder when there is none', () => {
    const withUrl = buildModelPolicy(tinImporter).sections.find((s) => s.id === 'grievances');
    expect(JSON.stringify(withUrl?.body.en)).toContain('https://example.org/concerns');
    const without = buildModelPolicy(aluminiumExtruder).sections.find((s) => s.id === 'grievances');
    expect(JSON.stringify(without?.body.nl)).toContain('[link naar ons klachtenkanaal]');
  });

  it('starts as draft version 1 and carries the approval when given', () => {
    expect(buildModelPolicy(aluminiumExtruder)).toMatchObject({ version: 1, approvedOn: null, approvedBy: null });
    expect(
      buildModelPolicy(aluminiumExtruder, { version: 3, approvedOn: '2025-03-03', approvedBy: 'J. Jansen' }),
    ).toMatchObject({ version: 3, approvedOn: '2025-03-03', approvedBy: 'J. Jansen' });
  });

  it('applies edits per language and marks the section as edited', () => {
    const policy = buildModelPolicy(aluminiumExtruder, {
      sections: {
        environment: { title: { nl: 'Milieu en klimaat' }, body: { nl: 'Eerste alinea.\n\n- punt een\n- punt twee' } },
        integrity: { omit: true },
      },
    });
    const env = policy.sections.find((s) => s.id === 'environment');
    expect(env?.edited).toBe(true);
    expect(env?.title).toEqual({ en: 'Environment', nl: 'Milieu en klimaat' });
    expect(env?.body.nl).toEqual([{ p: 'Eerste alinea.' }, { ul: ['punt een', 'punt twee'] }]);
    expect(env?.body.en[0]).toEqual({ p: expect.stringContaining('We work to prevent pollution') });
    expect(policy.sections.map((s) => s.id)).not.toContain('integrity');
    expect(policy.sections.find((s) => s.id === 'purpose')?.edited).toBe(false);
  });

  it('rejects edits of sections that do not exist', () => {
    expect(() => buildModelPolicy(aluminiumExtruder, { sections: { nonsense: { omit: true } } })).toThrow(
      /do not exist/,
    );
  });

  it('rejects an approval date that is not a date', () => {
    expect(() => buildModelPolicy(aluminiumExtruder, { approvedOn: 'yesterday' })).toThrow();
  });
});

describe('policy data', () => {
  it('has unique section ids, sources and both languages everywhere', () => {
    const ids = POLICY_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of POLICY_SECTIONS) {
      expect(s.source.length).toBeGreaterThan(5);
      const texts = [s.title, ...s.blocks.flatMap((b) => ('p' in b ? [b.p] : b.ul))];
      for (const t of texts) {
        expect(t.en.length, s.id).toBeGreaterThan(3);
        expect(t.nl.length, s.id).toBeGreaterThan(3);
        expect((t.en.match(/\{\w+\}/g) ?? []).sort(), s.id).toEqual((t.nl.match(/\{\w+\}/g) ?? []).sort());
      }
    }
  });
});

describe('parsePolicyText', () => {
  it('splits paragraphs on blank lines and reads dash lines as a list', () => {
    expect(parsePolicyText('One\nline.\n\n\n- a\n- b\n\nLast.')).toEqual([
      { p: 'One line.' },
      { ul: ['a', 'b'] },
      { p: 'Last.' },
    ]);
  });
});
