import { describe, expect, it } from 'vitest';
import type { SmelterEntry } from '../smelters/register.js';
import type { CompanyQuestion, Declaration, Mineral } from '../templates/index.js';
import { validateDeclaration } from '../templates/validate-declaration.js';
import {
  buildOwnDeclaration,
  type CautionKind,
  cautiousAnswer,
  checkOwnAnswers,
  type OwnCompany,
  type OwnSupplier,
  ownAnswerFields,
  toOwnDeclarationFamily,
} from './own-declaration.js';
import type { RollupSmelter } from './rollup.js';

const EMRT2 = ['Cobalt', 'Copper', 'Graphite', 'Lithium', 'Mica', 'Nickel'];
const Q = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'];

type Answers = Readonly<Record<string, string>>;

const mineral = (name: string, ids: readonly string[], given: Answers = {}): Mineral => ({
  name,
  label: null,
  inScope: given.Q1 === 'Yes' && given.Q2 !== 'No' && given.Q2 !== 'Unknown',
  answers: Object.fromEntries(ids.map((id) => [id, { value: given[id] ?? null, comment: null }])),
});

const lookup = (metal: string, smelterId: string, name: string, countryName: string, country: string) => ({
  metal,
  alias: name,
  standardName: name,
  country,
  countryName,
  smelterId,
});

/** A blank EMRT of `version`: 2.x with the six minerals selected (as RMI ships it) or 1.x (Cobalt, Mica). */
function blankEmrt(version: '2.1' | '1.3', selected: readonly string[] = version === '2.1' ? EMRT2 : []): Declaration {
  const names = version === '2.1' ? selected : ['Cobalt', 'Mica'];
  const companyQuestions: CompanyQuestion[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((id) => ({
    id,
    value: null,
    comment: null,
    ...(id === 'C' ? { perMineral: names.map((m) => ({ mineral: m, value: null })) } : {}),
  }));
  return {
    family: 'EMRT',
    version,
    language: 'English',
    company: {
      name: null,
      uniqueId: null,
      uniqueIdAuthority: null,
      address: null,
      contact: { name: null, email: null, phone: null },
      authorizer: { name: null, title: null, email: null, phone: null },
    },
    scope: { code: null, text: null, description: null },
    date: null,
    minerals: names.map((m) => mineral(m, version === '1.3' && m === 'Mica' ? Q.filter((q) => q !== 'Q4') : Q)),
    companyQuestions,
    products: [],
    smelters: [],
    mines: [],
    lookup: [
      lookup('Cobalt', 'CID000001', 'Cobalt Works One', 'CHINA', 'CN'),
      lookup('Cobalt', 'CID000002', 'Cobalt Works Two', 'FINLAND', 'FI'),
      lookup('Lithium', 'CID000003', 'Lithium Plant', 'CHILE', 'CL'),
    ],
  };
}

/** A supplier's EMRT: its company, its minerals' answers and company answers (`C.Cobalt` per mineral). */
function supplier(
  version: '2.1' | '1.3',
  company: string,
  minerals: Readonly<Record<string, Answers>>,
  companyAnswers: Answers = {},
): Declaration {
  const blank = blankEmrt(version, version === '2.1' ? Object.keys(minerals).sort() : undefined);
  return {
    ...blank,
    company: { ...blank.company, name: company },
    scope: { code: 'A', text: 'A. Company', description: null },
    date: '2025-05-01',
    minerals: blank.minerals.map((m) => mineral(m.name, Object.keys(m.answers), minerals[m.name])),
    companyQuestions: blank.companyQuestions.map((q) => ({
      ...q,
      value: q.perMineral ? null : (companyAnswers[q.id] ?? null),
      ...(q.perMineral
        ? { perMineral: q.perMineral.map((p) => ({ ...p, value: companyAnswers[`C.${p.mineral}`] ?? null })) }
        : {}),
    })),
  };
}

const entry = (metal: string, smelterId: string, name: string): SmelterEntry => ({
  smelterId,
  metal,
  name,
  country: 'CN',
  countryName: 'CHINA',
  aliases: [],
  asOf: null,
  sources: ['EMRT 2.1'],
  conformance: 'conformant',
});

const rolled = (...entries: SmelterEntry[]): RollupSmelter[] =>
  entries.map((e) => ({
    smelterId: e.smelterId,
    name: e.name,
    metals: [e.metal],
    country: e.country,
    countryName: e.countryName,
    suppliers: ['x'],
    conformance: e.conformance,
    cahra: false,
    cahraReasons: [],
    origins: [],
    redFlags: [],
    entries: [e],
  }));

const ROLLUP = rolled(
  entry('Cobalt', 'CID000001', 'Cobalt Works One'),
  entry('Cobalt', 'CID000009', 'Unlisted Cobalt Refinery'),
  entry('Lithium', 'CID000003', 'Lithium Plant'),
  entry('Tin', 'CID000100', 'A Tin Smelter'),
);

const company: OwnCompany = {
  name: 'Acme Metals',
  contact: { name: 'Desk', email: 'desk@acme.example', phone: '+31 20 000 0000' },
  authorizer: { name: 'Board', title: null, email: 'board@acme.example', phone: null },
  date: '2025-06-01',
};

const COBALT_YES = { Q1: 'Yes', Q2: 'Yes', Q3: 'Yes', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'Yes' };

/** Suppliers under the company name their template gives. */
const named = (declarations: readonly Declaration[]): OwnSupplier[] =>
  declarations.map((declaration) => ({ name: declaration.company.name ?? '?', declaration }));

type Case = {
  name: string;
  blank?: Declaration;
  suppliers: Declaration[];
  answers?: Answers;
  /** Expected answers per mineral (only the minerals named), as `Q1..Q7` values. */
  minerals: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
  names?: string[];
  inScope: string[];
  smelters: string[];
  disputed?: string[];
  companyC?: Readonly<Record<string, string | null>>;
};

const CASES: Case[] = [
  {
    name: 'unanimous suppliers: answers taken over; smelters of the in-scope minerals only',
    suppliers: [
      supplier('2.1', 'A', { Cobalt: COBALT_YES, Lithium: { Q1: 'Yes', Q2: 'No' } }, { 'C.Cobalt': 'Yes' }),
      supplier('2.1', 'B', { Cobalt: COBALT_YES }, { 'C.Cobalt': 'Yes' }),
    ],
    minerals: {
      Cobalt: COBALT_YES,
      // Lithium is used but does not remain in the product (Q2 No): no Q3–Q7, no smelters (Checker gating).
      Lithium: { Q1: 'Yes', Q2: 'No', Q3: null, Q7: null },
      // No supplier's template has copper: no evidence, so no proposal (the user answers it).
      Copper: { Q1: null, Q2: null },
    },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: [],
    // Company question C is the company's own requirement: never taken from the suppliers' "Yes".
    companyC: { Cobalt: null, Lithium: null, Copper: null },
  },
  {
    name: 'Q1: one supplier using lithium puts it in scope, and the disagreement is listed',
    suppliers: [
      supplier('2.1', 'A', { Lithium: { Q1: 'No' } }),
      supplier('2.1', 'B', {
        Lithium: { Q1: 'Yes', Q2: 'Yes', Q3: 'No', Q4: 'No', Q5: 'Did not survey', Q6: 'No', Q7: 'No' },
      }),
    ],
    // Supplier A takes lithium out (Q1 No), so only B counts for Q2 onwards.
    minerals: { Lithium: { Q1: 'Yes', Q2: 'Yes', Q5: 'Did not survey' }, Cobalt: { Q1: null } },
    inScope: ['Lithium'],
    smelters: ['Lithium CID000003 Lithium Plant'],
    disputed: ['Lithium Q1'],
  },
  {
    name: 'disagreement: the cautious answer is proposed and the question marked',
    suppliers: [
      supplier('2.1', 'A', { Cobalt: COBALT_YES }),
      supplier('2.1', 'B', { Cobalt: { ...COBALT_YES, Q3: 'Unknown', Q7: 'No' } }),
    ],
    // Q3 (CAHRA sourcing): A's Yes outweighs B's Unknown; Q7 (all reported): B's No outweighs A's Yes.
    minerals: { Cobalt: { Q3: 'Yes', Q7: 'No' } },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: ['Cobalt Q3', 'Cobalt Q7'],
  },
  {
    name: 'EMRT 1.3 answers in a 2.1 draft: "DRC only" is Yes, "Not applicable…" is "Not declaring"',
    suppliers: [
      supplier('1.3', 'Old', {
        Cobalt: { ...COBALT_YES, Q3: 'DRC only' },
        Mica: { Q1: 'Not applicable for this declaration' },
      }),
    ],
    minerals: { Cobalt: { Q3: 'Yes', Q4: 'No' }, Mica: { Q1: 'Not declaring', Q2: null } },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
  },
  {
    name: 'an answer the blank does not offer is not proposed; a CMRT supplier does not count',
    suppliers: [
      supplier('2.1', 'A', { Cobalt: { ...COBALT_YES, Q5: 'About half', Q6: 'Yes' } }),
      { ...supplier('2.1', 'CMRT supplier', { Cobalt: { ...COBALT_YES, Q6: 'No' } }), family: 'CMRT', version: '6.5' },
    ],
    // "About half" counts as no answer: Unknown, for which the percentage list offers nothing.
    minerals: { Cobalt: { Q5: null, Q6: 'Yes' } },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: ['Cobalt Q5'],
  },
  {
    name: 'the user’s answers override: cobalt out (its answers cleared, no smelters), nickel in',
    suppliers: [supplier('2.1', 'A', { Cobalt: COBALT_YES }, { 'C.Cobalt': 'Yes' })],
    answers: { 'Cobalt.Q1': 'No', 'Nickel.Q1': 'Yes', 'Nickel.Q2': 'yes ', 'C.Nickel': 'No', 'Copper.Q1': '' },
    minerals: {
      Cobalt: { Q1: 'No', Q2: null, Q3: null },
      Nickel: { Q1: 'Yes', Q2: 'yes', Q3: null },
      Copper: { Q1: null },
    },
    inScope: ['Nickel'],
    smelters: [],
    companyC: { Cobalt: null, Nickel: 'No' },
  },
  {
    name: 'a blank without selected minerals: the minerals the suppliers declare, in slot order',
    blank: blankEmrt('2.1', []),
    suppliers: [
      supplier('2.1', 'A', { Nickel: { Q1: 'No' }, Cobalt: COBALT_YES }),
      // AMRT minerals are not EMRT minerals: never selected in an EMRT.
      { ...supplier('2.1', 'B', { Cobalt: COBALT_YES }), minerals: [mineral('Aluminum', Q, { Q1: 'Yes' })] },
    ],
    names: ['Cobalt', 'Nickel'],
    minerals: { Cobalt: { Q1: 'Yes' }, Nickel: { Q1: 'No' } },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    companyC: { Cobalt: null },
  },
  {
    name: 'an EMRT 1.3 blank: cobalt and mica only, Q4 for cobalt only, company question C per row',
    blank: blankEmrt('1.3'),
    suppliers: [
      supplier('2.1', 'New', { Cobalt: COBALT_YES, Mica: { Q1: 'Not declaring' }, Copper: COBALT_YES }),
      supplier('1.3', 'Old', { Cobalt: { ...COBALT_YES, Q3: 'DRC only' } }, { 'C.Cobalt': 'Yes' }),
    ],
    names: ['Cobalt', 'Mica'],
    minerals: {
      // Yes (2.1) and "DRC only" (1.3) differ: the wider Yes is proposed and the question marked.
      Cobalt: { Q1: 'Yes', Q3: 'Yes', Q4: 'No' },
      // Old left mica's Q1 empty: that counts as Unknown, more cautious than New's "not declaring".
      Mica: { Q1: 'Unknown', Q2: null },
    },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: ['Cobalt Q3', 'Mica Q1'],
    companyC: { Cobalt: null, Mica: null },
  },
  {
    name: 'an EMRT 1.3 blank keeps the 1.3 answers of a 1.3 supplier, and maps 2.1 "Not declaring" back',
    blank: blankEmrt('1.3'),
    suppliers: [
      supplier('1.3', 'Old', {
        Cobalt: { ...COBALT_YES, Q3: 'DRC only' },
        Mica: { Q1: 'Not applicable for this declaration' },
      }),
      supplier('2.1', 'New', { Mica: { Q1: 'Not declaring' } }),
    ],
    names: ['Cobalt', 'Mica'],
    minerals: { Cobalt: { Q3: 'DRC only' }, Mica: { Q1: 'Not applicable for this declaration' } },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: [],
  },
];

const smelterLine = (s: Declaration['smelters'][number]) =>
  `${s.metal} ${s.smelterId ?? '(not listed)'} ${s.lookupName === 'Smelter not listed' ? s.name : s.lookupName}`;

describe('buildOwnDeclaration: the own EMRT from suppliers’ EMRTs', () => {
  it.each(CASES)('$name', (c) => {
    const blank = c.blank ?? blankEmrt('2.1');
    const { declaration: d, disputed } = buildOwnDeclaration({
      blank,
      company,
      suppliers: named(c.suppliers),
      smelters: ROLLUP,
      ...(c.answers ? { answers: c.answers } : {}),
    });
    expect(d.family).toBe('EMRT');
    expect(d.version).toBe(blank.version);
    expect(d.scope.code).toBe('A');
    expect(d.minerals.map((m) => m.name)).toEqual(c.names ?? EMRT2);
    for (const [name, expected] of Object.entries(c.minerals)) {
      const m = d.minerals.find((x) => x.name === name);
      for (const [id, value] of Object.entries(expected)) expect(m?.answers[id]?.value, `${name} ${id}`).toBe(value);
    }
    expect(d.minerals.filter((m) => m.inScope).map((m) => m.name)).toEqual(c.inScope);
    expect(d.smelters.map(smelterLine)).toEqual(c.smelters);
    if (c.disputed) expect(disputed.map((x) => x.field)).toEqual(c.disputed);
    const perMineral = d.companyQuestions.find((q) => q.id === 'C')?.perMineral ?? [];
    // Company question C follows the minerals' slots, whatever the suppliers selected.
    if (blank.version === '2.1') expect(perMineral.map((p) => p.mineral)).toEqual(d.minerals.map((m) => m.name));
    for (const [name, value] of Object.entries(c.companyC ?? {}))
      expect(perMineral.find((p) => p.mineral === name)?.value ?? null, `C ${name}`).toBe(value);
  });

  it('is complete for the Checker once the company answers its own questions', () => {
    // The supplier answers every company question Yes: none of that is the company's own answer.
    const suppliers = named([
      supplier(
        '2.1',
        'A',
        { Cobalt: COBALT_YES },
        { A: 'Yes', B: 'Yes', 'C.Cobalt': 'Yes', D: 'Yes', E: 'No', F: 'Yes', G: 'Yes' },
      ),
    ]);
    const build = (answers: Answers = {}) =>
      buildOwnDeclaration({ blank: blankEmrt('2.1'), company, suppliers, smelters: ROLLUP.slice(0, 1), answers })
        .declaration;
    const errors = (d: Declaration) =>
      validateDeclaration(d, { today: '2025-06-01' })
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.code} ${f.cell}`);
    const draft = build();
    expect(draft.companyQuestions.map((q) => q.value)).toEqual([null, null, null, null, null, null, null]);
    expect(errors(draft)).toEqual(
      expect.arrayContaining(['company_answer_missing D115', 'company_answer_missing D117']),
    );
    const notUsed = Object.fromEntries(EMRT2.filter((m) => m !== 'Cobalt').map((m) => [`${m}.Q1`, 'No']));
    const ready = build({
      ...notUsed,
      A: 'Yes',
      B: 'Yes',
      'B.comment': 'https://acme.example/policy',
      'C.Cobalt': 'Yes',
      D: 'Yes',
      E: 'Yes, in conformance with IPC1755 (e.g. EMRT)',
      F: 'Yes',
      G: 'Yes',
    });
    expect(errors(ready)).toEqual([]);
    // Empty company fields are missing, not empty texts.
    const empty = buildOwnDeclaration({
      blank: blankEmrt('2.1'),
      company: { ...company, contact: { name: '', email: '', phone: null } },
      suppliers,
      smelters: [],
    }).declaration;
    expect(empty.company.contact).toEqual({ name: null, email: null, phone: null });
  });
});

/** A blank CMRT 6.5: the four metals, Q1–Q8 and company questions A–H. */
function blankCmrt(): Declaration {
  const ids = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'];
  return {
    ...blankEmrt('2.1'),
    family: 'CMRT',
    version: '6.5',
    minerals: ['Tantalum', 'Tin', 'Gold', 'Tungsten'].map((m) => mineral(m, ids)),
    companyQuestions: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((id) => ({ id, value: null, comment: null })),
    lookup: [lookup('Tin', 'CID000100', 'A Tin Smelter', 'CHINA', 'CN')],
  };
}

/** A supplier's CMRT: answers per metal (metals not named have Q1 No), company answers A–H. */
function cmrtOf(company: string, metals: Readonly<Record<string, Answers>>, companyAnswers: Answers = {}): Declaration {
  const blank = blankCmrt();
  return {
    ...blank,
    company: { ...blank.company, name: company },
    scope: { code: 'A', text: 'A. Company', description: null },
    minerals: blank.minerals.map((m) => mineral(m.name, Object.keys(m.answers), metals[m.name] ?? { Q1: 'No' })),
    companyQuestions: blank.companyQuestions.map((q) => ({ ...q, value: companyAnswers[q.id] ?? null })),
  };
}

const ALL_YES_COMPANY = { A: 'Yes', B: 'Yes', C: 'Yes', D: 'Yes', E: 'No', F: 'Yes', G: 'Yes', H: 'Yes, with the EU' };

describe('the own CMRT from three suppliers who disagree on tin', () => {
  const suppliers: OwnSupplier[] = [
    {
      name: 'Alpha Solders B.V.',
      // Tin is used in production but does not remain in Alpha's product.
      declaration: cmrtOf('Alpha Solders B.V.', { Tin: { Q1: 'Yes', Q2: 'No' } }, ALL_YES_COMPANY),
    },
    {
      name: 'Beta Components GmbH',
      declaration: cmrtOf(
        'Beta Components GmbH',
        { Tin: { Q1: 'Yes', Q2: 'Yes', Q3: 'No', Q4: 'No', Q5: 'No', Q6: '100%', Q7: 'Yes', Q8: 'Yes' } },
        ALL_YES_COMPANY,
      ),
    },
    {
      name: 'Gamma Wire Ltd',
      // Gamma's Q4 is left empty: a missing answer counts as Unknown.
      declaration: cmrtOf(
        'Gamma Wire Ltd',
        { Tin: { Q1: 'Yes', Q2: 'Yes', Q3: 'Yes', Q5: 'No', Q6: 'Greater than 75%', Q7: 'No', Q8: 'Yes' } },
        ALL_YES_COMPANY,
      ),
    },
  ];
  const { declaration, disputed, companySources } = buildOwnDeclaration({
    blank: blankCmrt(),
    company,
    suppliers,
    smelters: rolled(entry('Tin', 'CID000100', 'A Tin Smelter')),
  });
  const tin = Object.fromEntries(
    Object.entries(declaration.minerals.find((m) => m.name === 'Tin')?.answers ?? {}).map(([id, a]) => [id, a.value]),
  );
  const mark = (field: string) => disputed.find((d) => d.field === field);

  it('proposes the cautious answer to every tin question', () => {
    expect(tin).toEqual({
      Q1: 'Yes',
      // Two say tin remains in the product, one says not: it remains.
      Q2: 'Yes',
      // Gamma's smelters source from the covered countries, Beta's do not: Yes.
      Q3: 'Yes',
      // Beta says No, Gamma gave no answer (Unknown): Unknown.
      Q4: 'Unknown',
      Q5: 'No',
      // The lowest share any supplier reports.
      Q6: 'Greater than 75%',
      // Gamma has not identified all its smelters: nor has the company.
      Q7: 'No',
      Q8: 'Yes',
    });
    expect(declaration.minerals.filter((m) => m.inScope).map((m) => m.name)).toEqual(['Tin']);
  });

  it('lists each disagreement with every supplier’s own answer, for the user to decide', () => {
    expect(disputed.map((d) => d.field)).toEqual(['Tin Q2', 'Tin Q3', 'Tin Q4', 'Tin Q6', 'Tin Q7']);
    expect(mark('Tin Q2')).toEqual({
      field: 'Tin Q2',
      key: 'Tin.Q2',
      question: 'Q2',
      mineral: 'Tin',
      proposed: 'Yes',
      answers: ['No', 'Yes'],
      bySupplier: [
        { supplier: 'Alpha Solders B.V.', answer: 'No' },
        { supplier: 'Beta Components GmbH', answer: 'Yes' },
        { supplier: 'Gamma Wire Ltd', answer: 'Yes' },
      ],
    });
    // Alpha's tin does not remain in its product, so Alpha does not count for Q3 onwards.
    expect(mark('Tin Q3')?.bySupplier).toEqual([
      { supplier: 'Beta Components GmbH', answer: 'No' },
      { supplier: 'Gamma Wire Ltd', answer: 'Yes' },
    ]);
    expect(mark('Tin Q4')).toMatchObject({
      proposed: 'Unknown',
      answers: ['No', 'Unknown'],
      bySupplier: [
        { supplier: 'Beta Components GmbH', answer: 'No' },
        { supplier: 'Gamma Wire Ltd', answer: null },
      ],
    });
  });

  it('leaves the company questions A–H empty: the suppliers’ policies are not the company’s', () => {
    expect(declaration.companyQuestions.map((q) => [q.id, q.value, q.comment])).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((id) => [id, null, null]),
    );
    expect(companySources).toEqual([]);
  });

  it('answers A from an approved policy, naming it, and nothing else', () => {
    const withPolicy = buildOwnDeclaration({
      blank: blankCmrt(),
      company,
      suppliers,
      smelters: [],
      facts: { policy: { version: 2, approvedOn: '2025-03-01' } },
    });
    expect(withPolicy.declaration.companyQuestions.map((q) => q.value)).toEqual([
      'Yes',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(withPolicy.companySources).toEqual([
      { key: 'A', value: 'Yes', source: { kind: 'policy', version: 2, approvedOn: '2025-03-01' } },
    ]);
    // The user's answer still decides.
    const overridden = buildOwnDeclaration({
      blank: blankCmrt(),
      company,
      suppliers,
      smelters: [],
      facts: { policy: { version: 2, approvedOn: '2025-03-01' } },
      answers: { A: 'No' },
    });
    expect(overridden.declaration.companyQuestions[0]?.value).toBe('No');
  });

  it('proposes the user’s answers over the cautious ones, and drops marks the gating no longer asks', () => {
    const { declaration: d, disputed: marks } = buildOwnDeclaration({
      blank: blankCmrt(),
      company,
      suppliers,
      smelters: [],
      answers: { 'Tin.Q2': 'No' },
    });
    expect(d.minerals.find((m) => m.name === 'Tin')?.answers.Q3?.value).toBeNull();
    expect(marks.map((m) => m.field)).toEqual(['Tin Q2']);
  });

  it('counts a missing answer as Unknown: an unknown Q7 is No, an unknown Q2 is Yes (CMRT offers Yes/No)', () => {
    const { declaration: d, disputed: marks } = buildOwnDeclaration({
      blank: blankCmrt(),
      company,
      suppliers: [
        { name: 'Beta', declaration: cmrtOf('Beta', { Gold: { Q1: 'Yes', Q2: 'No' } }) },
        { name: 'Delta', declaration: cmrtOf('Delta', { Gold: { Q1: 'Yes', Q3: 'No', Q7: 'Yes' } }) },
        { name: 'Epsilon', declaration: cmrtOf('Epsilon', { Gold: { Q1: 'Yes', Q2: 'Yes', Q3: 'No' } }) },
      ],
      smelters: [],
    });
    const gold = d.minerals.find((m) => m.name === 'Gold')?.answers ?? {};
    expect(gold.Q2?.value).toBe('Yes');
    expect(gold.Q3?.value).toBe('No');
    expect(gold.Q7?.value).toBe('No');
    expect(gold.Q6?.value).toBeNull();
    expect(marks.find((m) => m.field === 'Gold Q2')?.bySupplier).toEqual([
      { supplier: 'Beta', answer: 'No' },
      { supplier: 'Delta', answer: null },
      { supplier: 'Epsilon', answer: 'Yes' },
    ]);
    // Q3: both suppliers still counted said No: unanimous, nothing to decide.
    expect(marks.map((m) => m.field)).not.toContain('Gold Q3');
  });
});

describe('cautiousAnswer: the most cautious answer counted, within what the template offers', () => {
  const YN = ['Yes', 'No'];
  const YNU = ['Yes', 'No', 'Unknown'];
  const PCT = ['100%', 'Greater than 90%', 'Greater than 75%', 'Greater than 50%', '50% or less', 'None'];
  it.each<[CautionKind, string[], string[], string | null]>([
    ['presence', ['No', 'Yes', 'No'], YN, 'Yes'],
    ['presence', ['No', 'Unknown'], YNU, 'Unknown'],
    ['presence', ['No', 'Unknown'], YN, 'Yes'],
    ['presence', ['No', 'Not declaring'], ['Yes', 'No', 'Unknown', 'Not declaring'], 'Not declaring'],
    ['presence', ['No', 'No'], YN, 'No'],
    ['sourcing', ['No', 'Unknown'], YNU, 'Unknown'],
    ['sourcing', ['No', 'Unknown', 'Yes'], YNU, 'Yes'],
    ['sourcing', ['DRC only', 'No'], ['Yes', 'No', 'Unknown', 'DRC only'], 'DRC only'],
    ['claim', ['Yes', 'Unknown'], YNU, 'Unknown'],
    ['claim', ['Yes', 'Unknown'], YN, 'No'],
    ['claim', ['Yes', 'No', 'Unknown'], YNU, 'No'],
    ['claim', ['Yes', 'Yes'], YN, 'Yes'],
    ['share', ['100%', 'Greater than 50%', 'Greater than 90%'], PCT, 'Greater than 50%'],
    ['share', ['100%', 'Unknown'], PCT, null],
    ['share', ['100%', 'Did not survey'], [...PCT, 'Did not survey'], 'Did not survey'],
    ['share', [], PCT, null],
  ])('%s of %j offered %j → %s', (kind, counted, offered, expected) => {
    expect(cautiousAnswer(counted, kind, offered)).toBe(expected);
  });
});

describe('the review of the own declaration', () => {
  const { declaration } = buildOwnDeclaration({
    blank: blankEmrt('2.1'),
    company,
    suppliers: named([supplier('2.1', 'A', { Cobalt: COBALT_YES })]),
    smelters: [],
  });
  const fields = ownAnswerFields(declaration);

  it('lists every answer with the EMRT’s own choices, company question C per mineral', () => {
    expect(fields.filter((f) => f.group === 'mineral')).toHaveLength(6 * 7);
    expect(fields.find((f) => f.key === 'Cobalt.Q1')?.options).toEqual(['Yes', 'No', 'Unknown', 'Not declaring']);
    expect(fields.find((f) => f.key === 'Cobalt.Q5')?.options).toContain('Did not survey');
    expect(fields.filter((f) => f.question === 'C').map((f) => f.key)).toEqual([
      ...EMRT2.map((m) => `C.${m}`),
      'C.comment',
    ]);
    expect(fields.find((f) => f.key === 'E')?.options).toEqual([
      'Yes, in conformance with IPC1755 (e.g. EMRT)',
      'Yes, Using Other Format (Describe)',
      'No',
    ]);
    expect(fields.find((f) => f.key === 'B.comment')).toMatchObject({ comment: true, options: [] });
  });

  it.each([
    [{ 'Cobalt.Q1': 'yes' }, { 'Cobalt.Q1': 'Yes' }, []],
    [{ 'Cobalt.Q1': '' }, { 'Cobalt.Q1': '' }, []],
    [{ 'B.comment': ' https://x.example ' }, { 'B.comment': 'https://x.example' }, []],
    [{ 'Cobalt.Q3': 'DRC only' }, {}, ['answers.Cobalt.Q3']],
    [{ 'Tin.Q1': 'Yes' }, {}, ['answers.Tin.Q1']],
    [
      { 'C.Cobalt': 'Yes, when more processors are validated' },
      { 'C.Cobalt': 'Yes, when more processors are validated' },
      [],
    ],
  ] as const)('checks %j', (answers, expected, paths) => {
    const result = checkOwnAnswers(fields, answers);
    expect(result.answers).toEqual(expected);
    expect(result.issues.map((i) => i.path)).toEqual(paths);
  });

  it('names the families it writes, in any case, and nothing else', () => {
    expect(toOwnDeclarationFamily('EMRT')).toBe('EMRT');
    expect(toOwnDeclarationFamily(' emrt ')).toBe('EMRT');
    expect(toOwnDeclarationFamily('cmrt')).toBe('CMRT');
    expect(toOwnDeclarationFamily('AMRT')).toBeUndefined();
    expect(toOwnDeclarationFamily('<script>')).toBeUndefined();
    expect(toOwnDeclarationFamily(undefined)).toBeUndefined();
  });
});
