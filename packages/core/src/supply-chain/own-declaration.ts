/**
 * The company's own declaration at company level (scope A), built from its suppliers' answers and
 * the consolidated smelter list, on the layout of a blank template. The user reviews it before it is
 * written: unanimous answers are taken over, disagreements are marked for review.
 */
import { metalKey } from '../smelters/normalise.js';
import type { Answer, Declaration } from '../templates/index.js';
import type { RollupSmelter } from './rollup.js';

/** What the company says about itself (the Declaration's company block). */
export type OwnCompany = {
  readonly name: string;
  readonly uniqueId?: string | null;
  readonly address?: string | null;
  readonly contact: { readonly name: string; readonly email: string; readonly phone: string | null };
  readonly authorizer: {
    readonly name: string;
    readonly title: string | null;
    readonly email: string;
    readonly phone: string | null;
  };
  /** ISO date of the declaration. */
  readonly date: string;
};

/** A question whose suppliers disagreed: the proposal and what they answered. */
export type DisputedAnswer = {
  readonly field: string;
  readonly proposed: string | null;
  readonly answers: readonly string[];
};

const CAUTION = ['Unknown', 'No', 'Yes'];

function aggregate(values: readonly string[], union: boolean): { value: string | null; disputed: boolean } {
  if (values.length === 0) return { value: null, disputed: false };
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return { value: distinct[0] ?? null, disputed: false };
  if (union && distinct.includes('Yes')) return { value: 'Yes', disputed: false };
  const counted = distinct
    .map((v) => ({ v, n: values.filter((x) => x === v).length, c: CAUTION.indexOf(v) }))
    .sort((a, b) => (a.c === -1 ? 9 : a.c) - (b.c === -1 ? 9 : b.c) || b.n - a.n);
  return { value: counted[0]?.v ?? null, disputed: true };
}

/**
 * Builds the draft: the blank's structure, the company block, aggregated per-mineral and company
 * answers (Q1 is a union: a mineral is in if any supplier has it), and one Smelter List row per
 * (metal, smelter) of the roll-up for the minerals in scope.
 */
export function buildOwnDeclaration(input: {
  readonly blank: Declaration;
  readonly company: OwnCompany;
  readonly suppliers: readonly Declaration[];
  readonly smelters: readonly RollupSmelter[];
}): { declaration: Declaration; disputed: DisputedAnswer[] } {
  const { blank, company } = input;
  const sameFamily = input.suppliers.filter((d) => d.family === blank.family);
  const disputed: DisputedAnswer[] = [];
  const minerals = blank.minerals.map((mineral) => {
    const theirs = sameFamily.flatMap((d) => d.minerals.filter((m) => m.name === mineral.name));
    const answers: Record<string, Answer> = {};
    const ids = new Set([...Object.keys(mineral.answers), ...theirs.flatMap((m) => Object.keys(m.answers))]);
    const q1 = aggregate(
      theirs.map((m) => m.answers.Q1?.value).filter((v): v is string => !!v),
      true,
    );
    for (const id of ids) {
      const values = theirs
        .filter((m) => m.answers.Q1?.value === 'Yes' || id === 'Q1')
        .map((m) => m.answers[id]?.value)
        .filter((v): v is string => !!v);
      const result =
        id === 'Q1' ? q1 : q1.value === 'Yes' ? aggregate(values, false) : { value: null, disputed: false };
      if (result.disputed)
        disputed.push({ field: `${mineral.name} ${id}`, proposed: result.value, answers: [...new Set(values)] });
      answers[id] = { value: id === 'Q1' ? (q1.value ?? 'No') : result.value, comment: null };
    }
    return { ...mineral, answers, inScope: answers.Q1?.value === 'Yes' };
  });
  const companyQuestions = blank.companyQuestions.map((q) => {
    const values = sameFamily
      .map((d) => d.companyQuestions.find((x) => x.id === q.id)?.value)
      .filter((v): v is string => !!v);
    const result = aggregate(values, false);
    if (result.disputed) disputed.push({ field: q.id, proposed: result.value, answers: [...new Set(values)] });
    return { ...q, value: result.value, comment: null };
  });
  const inScope = new Set(minerals.filter((m) => m.inScope).map((m) => metalKey(m.name)));
  const smelters: Declaration['smelters'] = [];
  for (const s of input.smelters) {
    for (const entry of s.entries) {
      if (!inScope.has(metalKey(entry.metal))) continue;
      const metal = minerals.find((m) => metalKey(m.name) === metalKey(entry.metal))?.name ?? entry.metal;
      const listed = blank.lookup.filter(
        (l) => l.smelterId === entry.smelterId && metalKey(l.metal) === metalKey(metal),
      );
      const standard = listed.find((l) => l.alias === l.standardName) ?? listed[0];
      smelters.push({
        metal,
        lookupName: standard ? (standard.standardName ?? standard.alias) : 'Smelter not listed',
        name: standard ? null : entry.name,
        country: standard ? standard.country : entry.country,
        countryName: standard ? standard.countryName : entry.countryName,
        smelterId: standard ? entry.smelterId : null,
        idSource: null,
        street: null,
        city: null,
        state: null,
        contactName: null,
        contactEmail: null,
        nextSteps: null,
        mineNames: null,
        mineCountry: null,
        recycled: null,
        comments: standard ? null : entry.smelterId,
      });
    }
  }
  const declaration: Declaration = {
    ...blank,
    company: {
      name: company.name,
      uniqueId: company.uniqueId ?? null,
      uniqueIdAuthority: null,
      address: company.address ?? null,
      contact: { name: company.contact.name, email: company.contact.email, phone: company.contact.phone },
      authorizer: {
        name: company.authorizer.name,
        title: company.authorizer.title,
        email: company.authorizer.email,
        phone: company.authorizer.phone,
      },
    },
    scope: { code: 'A', text: 'A. Company', description: null },
    date: company.date,
    minerals,
    companyQuestions,
    products: [],
    smelters,
    mines: [],
  };
  return { declaration, disputed };
}
