import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../test-support/shared-files.js';
import { checkTemplate } from './check-template.js';
import type { Declaration, Finding } from './declaration.schema.js';
import { readTemplate } from './read-template.js';
import { validateDeclaration } from './validate-declaration.js';

const dir = sharedPath('rmi-templates');
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir ?? '', name)));
const read = (name: string): Declaration => {
  const d = readTemplate(load(name)).declaration;
  if (!d) throw new Error(`no declaration in ${name}`);
  return d;
};
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const at = (findings: readonly Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.cell);

// The rules RMI's Checker counts in its "missing" cell D2.
const CHECKER_CODES = new Set([
  'required_missing',
  'scope_description_missing',
  'email_missing_at',
  'answer_missing',
  'company_answer_missing',
  'policy_url_missing',
  'products_missing',
  'smelters_missing',
  'smelter_not_listed_incomplete',
  'minerals_none_selected',
]);

describe.skipIf(!dir)('validation counts what the Checker counts', () => {
  // Cached Checker!D2 of the blanks (README); CRT counts its smelter rule outside the sum.
  const cases: [string, number][] = [
    ['CMRT-6.01_blank_zh-saved_cirscn.xlsx', 52],
    ['CMRT-6.4_blank_en_mineral-system.xlsx', 52],
    ['CMRT-6.4_blank_zh-saved_cirscn.xlsx', 51],
    ['CMRT-6.5_blank_zh-saved_cirscn.xlsx', 52],
    ['EMRT-1.1_blank_zh-saved_cirscn.xlsx', 31],
    ['EMRT-1.3_blank_zh-saved_cirscn.xlsx', 31],
    ['EMRT-2.0_blank_zh-saved_cirscn.xlsx', 68],
    ['EMRT-2.1_blank_zh-saved_cirscn.xlsx', 68],
    ['AMRT-1.2_blank_zh-saved_cirscn.xlsx', 22],
    ['AMRT-1.3_blank_zh-saved_cirscn.xlsx', 9],
  ];
  for (const [name, missing] of cases) {
    it(`finds ${missing} missing items in ${name}, like its Checker`, () => {
      const findings = validateDeclaration(read(name));
      expect(findings.filter((f) => CHECKER_CODES.has(f.code)).length).toBe(missing);
    });
  }
  it('flags the malformed id 242332 left in the Chinese CMRT 6.4 blank', () => {
    const findings = validateDeclaration(read('CMRT-6.4_blank_zh-saved_cirscn.xlsx'));
    expect(at(findings, 'smelter_id_malformed')).toEqual(['F5']);
  });
});

const filled = sharedPath('rmi-templates/real-filled');

describe.skipIf(!filled)('validation of the real filled CMRTs', () => {
  it('finds no errors in JX, and notes the CIDs repeated per mine', () => {
    const { findings } = checkTemplate(load('real-filled/CMRT-6.4_filled_JX-Advanced-Metals.xlsx'));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.code === 'smelter_repeated').map((f) => f.message.en)).toEqual([
      'CID001969 (Tantalum) appears on 2 rows.',
      'CID002082 (Tungsten) appears on 5 rows.',
      'CID002320 (Tungsten) appears on 2 rows.',
    ]);
  });
  it('flags the comma in the Central Glass contact e-mail without quoting it', () => {
    const { findings } = checkTemplate(load('real-filled/CMRT-6.4_filled_Central-Glass.xlsx'));
    expect(codes(findings)).toEqual(['email_malformed']);
    expect(findings[0]?.cell).toBe('D16');
    expect(findings[0]?.message.en.includes('@')).toBe(false);
  });
});

describe.skipIf(!filled)('Checker rules on edited declarations', () => {
  const base = (): Declaration => read('real-filled/CMRT-6.4_filled_JX-Advanced-Metals.xlsx');
  const withAnswers = (d: Declaration, mineral: string, answers: Record<string, string | null>): Declaration => ({
    ...d,
    minerals: d.minerals.map((m) =>
      m.name === mineral
        ? {
            ...m,
            answers: Object.fromEntries(
              Object.entries(m.answers).map(([q, a]) => [
                q,
                { ...a, value: q in answers ? (answers[q] ?? null) : a.value },
              ]),
            ),
          }
        : m,
    ),
  });

  it('does not require Q2–Q8, company questions or smelters when Q1 = No for every metal', () => {
    let d = base();
    for (const m of d.minerals)
      d = withAnswers(d, m.name, { Q1: 'No', Q2: null, Q3: null, Q4: null, Q5: null, Q6: null, Q7: null, Q8: null });
    d = { ...d, companyQuestions: d.companyQuestions.map((q) => ({ ...q, value: null, comment: null })), smelters: [] };
    expect(validateDeclaration(d).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('requires Q2 when Q1 is Yes, and Q3–Q8 unless Q2 = No', () => {
    const d = withAnswers(base(), 'Tin', { Q1: 'Yes', Q2: null });
    expect(at(validateDeclaration(d), 'answer_missing')).toEqual(['D33', 'D39', 'D45', 'D51', 'D57', 'D63', 'D69']);
    const q2No = withAnswers(base(), 'Tin', { Q1: 'Yes', Q2: 'No' });
    expect(at(validateDeclaration(q2No), 'answer_missing')).toEqual([]);
  });
  it('requires smelter rows for a metal in scope, whatever the comments say (as the Checker)', () => {
    const d = { ...base(), smelters: base().smelters.filter((s) => s.metal !== 'Tungsten') };
    // JX comments on its Tungsten answers (G41, G47); the Checker still counts the empty list.
    const missing = validateDeclaration(d).filter((f) => f.code.startsWith('smelters_missing'));
    expect(missing.map((f) => [f.code, f.severity, f.message.en])).toEqual([
      ['smelters_missing', 'error', 'Tungsten is in scope but the Smelter List has no Tungsten smelter.'],
    ]);
  });
  it('flags "not yet identified" rows, a CID without country and a CID of another metal', () => {
    const d = base();
    const ta = d.smelters.find((s) => s.metal === 'Tantalum' && s.smelterId !== null && s.countryName !== null);
    const gold = d.lookup.find((e) => e.metal === 'Gold' && e.smelterId !== null);
    if (!ta || !gold?.smelterId) throw new Error('fixture: JX lists a tantalum smelter and the look-up a gold CID');
    const mutated: Declaration = {
      ...d,
      smelters: [
        ...d.smelters.filter((s) => s !== ta),
        { ...ta, countryName: null, country: null },
        { ...ta, row: 900, smelterId: gold.smelterId, lookupName: null, name: 'Somewhere' },
        {
          ...ta,
          row: 901,
          smelterId: null,
          lookupName: 'Smelter not yet identified',
          name: null,
          countryName: null,
          country: null,
        },
      ],
    };
    const f = validateDeclaration(mutated);
    // JX row 10 really has an empty country next to its CID (RMI-TEMPLATES §12).
    expect(at(validateDeclaration(d), 'smelter_country_missing')).toEqual(['E10']);
    expect(at(f, 'smelter_country_missing')).toEqual(['E10', `E${ta.row}`]);
    expect(f.find((x) => x.code === 'smelter_id_other_metal')).toMatchObject({
      severity: 'error',
      cell: 'F900',
      message: {
        en: `Smelter List row 900: ${gold.smelterId} is a Gold smelter in the look-up list, not a Tantalum smelter.`,
      },
    });
    expect(at(f, 'smelter_not_identified')).toEqual(['C901']);
    expect(at(validateDeclaration(d), 'smelter_id_other_metal')).toEqual([]);
  });
  it('requires the policy URL when question B is Yes', () => {
    const d = {
      ...base(),
      companyQuestions: base().companyQuestions.map((q) => (q.id === 'B' ? { ...q, comment: null } : q)),
    };
    expect(at(validateDeclaration(d), 'policy_url_missing')).toEqual(['G77']);
  });
  it('requires a description for scope C and products for scope B', () => {
    expect(
      at(
        validateDeclaration({
          ...base(),
          scope: { code: 'C', text: "C. User defined [Specify in 'Description of scope']", description: null },
        }),
        'scope_description_missing',
      ),
    ).toEqual(['D10']);
    expect(at(validateDeclaration({ ...base(), products: [] }), 'products_missing')).toEqual(['B6']);
  });
  it('checks required fields and e-mails', () => {
    const d = base();
    const edited = {
      ...d,
      company: {
        ...d.company,
        name: null,
        contact: { ...d.company.contact, email: 'no-at-sign.example' },
        authorizer: { ...d.company.authorizer, email: 'x@example,com' },
      },
    };
    const findings = validateDeclaration(edited);
    expect(at(findings, 'required_missing')).toEqual(['D8']);
    expect(at(findings, 'email_missing_at')).toEqual(['D16']);
    expect(at(findings, 'email_malformed')).toEqual(['D20']);
  });
  it('checks that dates are plausible and within the template limit', () => {
    expect(at(validateDeclaration({ ...base(), date: '2005-01-01' }), 'date_implausible')).toEqual(['D22']);
    expect(
      at(validateDeclaration({ ...base(), date: '2027-01-01' }, { today: '2026-11-27' }), 'date_implausible'),
    ).toEqual(['D22']);
    expect(at(validateDeclaration({ ...base(), date: '2027-01-01' }), 'date_implausible')).toEqual([]);
    const old = read('CMRT-6.22_blank_zh-saved_cirscn.xlsx');
    expect(at(validateDeclaration({ ...old, date: '2026-06-01' }), 'date_after_template_limit')).toEqual(['D22']);
  });
  it('checks smelter ids, names and countries against the Look-up', () => {
    const d = base();
    const [first, second, third, fourth] = d.smelters;
    if (!first || !second || !third || !fourth) throw new Error('sample changed');
    const smelters = [
      { ...first, smelterId: 'CID12' },
      { ...second, smelterId: 'CID999999' },
      { ...third, lookupName: 'Some Other Name' },
      { ...fourth, countryName: 'JAPAN', country: 'JP' },
      { ...fourth, row: 40, smelterId: null, lookupName: 'Smelter not listed', name: null },
      { ...fourth, row: 41, smelterId: null, lookupName: 'Unheard Of Smelter' },
      { ...fourth, row: 42, countryName: 'Atlantis', country: null },
      { ...fourth, row: 43 },
      { ...fourth, row: 44 },
    ];
    const findings = validateDeclaration({ ...d, smelters });
    expect(at(findings, 'smelter_id_malformed')).toEqual(['F5']);
    expect(at(findings, 'smelter_id_not_in_lookup')).toEqual(['F6']);
    expect(at(findings, 'smelter_name_mismatch')).toEqual(['C7']);
    expect(at(findings, 'smelter_country_mismatch')).toEqual(['E8']);
    expect(at(findings, 'smelter_not_listed_incomplete')).toEqual(['D40']);
    expect(at(findings, 'smelter_lookup_name_unknown')).toEqual(['C41']);
    expect(at(findings, 'smelter_country_unrecognised')).toEqual(['E42']);
    expect(at(findings, 'smelter_duplicate')).toEqual(['B44']);
  });
  it('gives every finding an English and Dutch message and fix without placeholders', () => {
    const d = base();
    const findings = validateDeclaration({
      ...d,
      company: { ...d.company, name: null },
      smelters: [...d.smelters, { ...d.smelters[0], row: 99, smelterId: 'X' } as Declaration['smelters'][number]],
    });
    expect(findings.length).toBeGreaterThan(2);
    for (const f of findings) {
      for (const text of [f.message.en, f.message.nl, f.fix.en, f.fix.nl]) {
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
