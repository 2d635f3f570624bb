import { describe, expect, it } from 'vitest';
import type { SmelterEntry } from '../smelters/register.js';
import type { CompanyQuestion, Declaration, Mineral } from '../templates/index.js';
import { validateDeclaration } from '../templates/validate-declaration.js';
import {
  buildOwnDeclaration,
  checkOwnAnswers,
  type OwnCompany,
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
      Copper: { Q1: 'No', Q2: null },
    },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    companyC: { Cobalt: 'Yes', Lithium: null, Copper: null },
  },
  {
    name: 'Q1 is a union: one supplier using lithium puts it in scope, without a dispute',
    suppliers: [
      supplier('2.1', 'A', { Lithium: { Q1: 'No' } }),
      supplier('2.1', 'B', {
        Lithium: { Q1: 'Yes', Q2: 'Yes', Q3: 'No', Q4: 'No', Q5: 'Did not survey', Q6: 'No', Q7: 'No' },
      }),
    ],
    minerals: { Lithium: { Q1: 'Yes', Q2: 'Yes', Q5: 'Did not survey' }, Cobalt: { Q1: 'No' } },
    inScope: ['Lithium'],
    smelters: ['Lithium CID000003 Lithium Plant'],
    disputed: [],
  },
  {
    name: 'disagreement: the cautious answer is proposed and the question marked',
    suppliers: [
      supplier('2.1', 'A', { Cobalt: COBALT_YES }),
      supplier('2.1', 'B', { Cobalt: { ...COBALT_YES, Q3: 'Unknown', Q7: 'No' } }),
    ],
    minerals: { Cobalt: { Q3: 'Unknown', Q7: 'No' } },
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
    minerals: { Cobalt: { Q5: null, Q6: 'Yes' } },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: [],
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
      Mica: { Q1: 'Not applicable for this declaration', Q2: null },
    },
    inScope: ['Cobalt'],
    smelters: ['Cobalt CID000001 Cobalt Works One', 'Cobalt (not listed) Unlisted Cobalt Refinery'],
    disputed: ['Cobalt Q3'],
    companyC: { Cobalt: 'Yes', Mica: null },
  },
  {
    name: 'an EMRT 1.3 blank keeps the 1.3 answers of a 1.3 supplier, and maps 2.1 "Not declaring" back',
    blank: blankEmrt('1.3'),
    suppliers: [
      supplier('1.3', 'Old', { Cobalt: { ...COBALT_YES, Q3: 'DRC only' } }),
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
      suppliers: c.suppliers,
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

  it('is complete for the Checker once the company block and the policy link are given', () => {
    const suppliers = [
      supplier(
        '2.1',
        'A',
        { Cobalt: COBALT_YES },
        { A: 'Yes', B: 'Yes', 'C.Cobalt': 'Yes', D: 'Yes', E: 'No', F: 'Yes', G: 'Yes' },
      ),
    ];
    const draft = () =>
      buildOwnDeclaration({ blank: blankEmrt('2.1'), company, suppliers, smelters: ROLLUP.slice(0, 1) }).declaration;
    const errors = (d: Declaration) =>
      validateDeclaration(d, { today: '2025-06-01' })
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.code} ${f.cell}`);
    expect(errors(draft())).toEqual(['policy_url_missing G117']);
    const ready = buildOwnDeclaration({
      blank: blankEmrt('2.1'),
      company,
      suppliers,
      smelters: ROLLUP.slice(0, 1),
      answers: { 'B.comment': 'https://acme.example/policy' },
    }).declaration;
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

describe('the review of the own declaration', () => {
  const { declaration } = buildOwnDeclaration({
    blank: blankEmrt('2.1'),
    company,
    suppliers: [supplier('2.1', 'A', { Cobalt: COBALT_YES })],
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
