/**
 * Test-only helper (never imported by production code): a supplier's filled template, written into
 * an official blank with the template writer, for tests that need a supplier's EMRT (or CMRT) and
 * have only blanks in ../shared/rmi-templates. Every value is synthetic: no real contact data.
 */
import { type Declaration, type Mineral, smelterRow } from '../templates/declaration.schema.js';
import { fillTemplate } from '../templates/fill-template.js';
import { readTemplate } from '../templates/read-template.js';

/** What the supplier answers. */
export type SupplierAnswers = {
  readonly company: string;
  /** Effective date, ISO; default 2025-05-01. */
  readonly date?: string;
  /** Mineral → question id → answer. EMRT 2.x: the minerals named here are the ones selected. */
  readonly minerals: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** `A` → answer, `B.comment` → comment or link, `C.Cobalt` → a per-mineral answer. */
  readonly companyAnswers: Readonly<Record<string, string>>;
  /** Smelter List rows, taken from the blank's own Look-up by metal and CID (column O optional). */
  readonly smelters: readonly { readonly metal: string; readonly smelterId: string; readonly mineCountry?: string }[];
  /** Mine List rows (EMRT 2.x, AMRT): the smelter named as on the Smelter List, the mine's country as typed. */
  readonly mines?: readonly { readonly metal: string; readonly smelterName: string; readonly country: string }[];
};

/** The supplier's declaration on the structure of `blank`. */
export function supplierDeclaration(blank: Declaration, answers: SupplierAnswers): Declaration {
  // EMRT 2.x selects its minerals (answered in alphabetical slots); other layouts list them all.
  const selectable = blank.family === 'EMRT' && Number(blank.version.split('.')[0]) >= 2;
  const template = blank.minerals[0]?.answers ?? {};
  const names = selectable
    ? Object.keys(answers.minerals).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    : blank.minerals.map((m) => m.name);
  const minerals: Mineral[] = names.map((name) => {
    const own = blank.minerals.find((m) => m.name === name)?.answers ?? template;
    const given = answers.minerals[name] ?? {};
    const out: Mineral['answers'] = {};
    for (const id of Object.keys(own)) out[id] = { value: given[id] ?? null, comment: null };
    const q1 = out.Q1?.value ?? null;
    const q2 = out.Q2?.value ?? null;
    return { name, label: null, inScope: q1 === 'Yes' && q2 !== 'No' && q2 !== 'Unknown', answers: out };
  });
  const companyQuestions = blank.companyQuestions.map((q) => ({
    id: q.id,
    value: q.perMineral ? null : (answers.companyAnswers[q.id] ?? null),
    comment: answers.companyAnswers[`${q.id}.comment`] ?? null,
    ...(q.perMineral
      ? {
          perMineral: (selectable ? names : q.perMineral.map((p) => p.mineral)).map((mineral) => ({
            mineral,
            value: answers.companyAnswers[`${q.id}.${mineral}`] ?? null,
          })),
        }
      : {}),
  }));
  const smelters: Declaration['smelters'] = answers.smelters.map(({ metal, smelterId, mineCountry }) => {
    const listed = blank.lookup.filter((l) => l.metal === metal && l.smelterId === smelterId);
    const entry = listed.find((l) => l.alias === l.standardName) ?? listed[0];
    if (!entry) throw new Error(`${metal} ${smelterId} is not in the blank's Look-up`);
    return smelterRow(metal, {
      lookupName: entry.standardName ?? entry.alias,
      country: entry.country,
      countryName: entry.countryName,
      smelterId,
      mineCountry: mineCountry ?? null,
      recycled: 'No',
    });
  });
  const mines: Declaration['mines'] = (answers.mines ?? []).map((m, i) => ({
    metal: m.metal,
    smelterName: m.smelterName,
    name: `Mine ${i + 1}`,
    mineId: null,
    idSource: null,
    country: null,
    countryName: m.country,
    street: null,
    city: null,
    state: null,
    contactName: null,
    contactEmail: null,
    nextSteps: null,
    comments: null,
  }));
  return {
    ...blank,
    company: {
      name: answers.company,
      uniqueId: null,
      uniqueIdAuthority: null,
      address: null,
      contact: { name: 'Supplier Contact', email: 'contact@supplier.example', phone: '+31 20 000 0001' },
      authorizer: { name: 'Supplier Director', title: 'Director', email: 'director@supplier.example', phone: null },
    },
    scope: { code: 'A', text: 'A. Company', description: null },
    date: answers.date ?? '2025-05-01',
    minerals,
    companyQuestions,
    products: [],
    smelters,
    mines,
  };
}

/** The supplier's filled workbook: `answers` written into the blank workbook `blankBytes`. */
export function supplierTemplate(blankBytes: Uint8Array, answers: SupplierAnswers): Uint8Array {
  const blank = readTemplate(blankBytes).declaration;
  if (!blank) throw new Error('The blank is not readable.');
  return fillTemplate(blankBytes, supplierDeclaration(blank, answers));
}

/** CIDs of `metal` that the Look-ups of every given blank list (with a country), sorted. */
export function sharedCids(blanks: readonly Declaration[], metal: string): string[] {
  const sets = blanks.map(
    (b) =>
      new Set(
        b.lookup
          .filter((l) => l.metal === metal && l.country && l.smelterId?.startsWith('CID'))
          .map((l) => l.smelterId as string),
      ),
  );
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((cid) => rest.every((s) => s.has(cid))).sort();
}
