/**
 * The company's own declaration at company level (scope A) — a CMRT or an EMRT — built from the
 * answers of its suppliers' templates of the same family and the consolidated smelter list, on the
 * layout of a blank template. The user reviews it before it is written, and the user's answers
 * override every proposal.
 *
 * **Per-mineral questions (CMRT Q1–Q8, EMRT Q1–Q7): never less cautious than the evidence.** Each
 * question has a caution order ({@link CAUTION_ORDERS}); the draft proposes the most cautious
 * answer any relevant supplier gave, and a supplier that gave no answer (or one the blank's
 * drop-down does not offer) counts as `Unknown`. Where the suppliers differ, or one gave no answer,
 * the question is listed in `disputed` with every supplier's own answer, for the user to decide.
 *
 * | question (CMRT / EMRT) | cautious first | why |
 * | --- | --- | --- |
 * | Q1 used, Q2 remains in the product | Yes, Unknown, Not declaring, No | one supplier's mineral in the product puts it in the company's product: more duties, never fewer |
 * | CMRT Q3 covered countries, Q4 / EMRT Q3 CAHRAs | Yes (also `DRC only` …), Unknown, No | one smelter sourcing from there is enough; "No" only when every supplier says No |
 * | CMRT Q5 / EMRT Q4 100 % recycled or scrap | No, Unknown, Yes | "all recycled" holds only when every supplier says so |
 * | CMRT Q6 / EMRT Q5 share of suppliers that responded | Unknown, Did not survey, None, … 100% | the lowest share any supplier reports; no answer gives no proposal (the list has no "Unknown") |
 * | CMRT Q7, Q8 / EMRT Q6, Q7 all smelters identified / reported | No, Unknown, Yes | "all" holds only when every supplier says Yes |
 *
 * When the cautious answer is not in the blank's drop-down (CMRT Q1, Q2, Q7 and Q8 offer only
 * Yes/No), the draft proposes the nearest answer that is at least as cautious (an unknown Q7 is
 * proposed as No, an unknown Q1 as Yes), or nothing when there is none (an unknown share). A
 * supplier counts for Q2 unless its Q1 takes the mineral out (No, Not declaring), and for Q3 onwards
 * unless, in addition, its Q2 is No. A mineral no supplier's template has gets no proposal.
 *
 * **Company questions (A–H): the company's own policy and duties, never its suppliers'.** They are
 * filled only from Assay's own data, with the source named in `companySources`: A ("responsible
 * minerals sourcing policy established") is Yes when a version of the policy was approved. Every
 * other company question, and company question C per mineral, stays empty for the user.
 *
 * EMRT 2.x chooses its minerals (D12:G13, answered in alphabetical slots): the draft declares the
 * minerals selected in the blank plus every mineral of the template that a supplier declares.
 * Answers written in another version's spelling are mapped where RMI only renamed them
 * (`Not applicable for this declaration` ↔ `Not declaring`, EMRT 1.x `DRC only` → `Yes`) and
 * otherwise count as no answer: an answer the blank's drop-down does not offer is never proposed.
 */
import { metalKey } from '../smelters/normalise.js';
import { type Answer, type CompanyQuestion, type Declaration, type Mineral, smelterRow } from '../templates/index.js';
import type { AnswerSet, TemplateLayout } from '../templates/layout-types.js';
import { layoutFor } from '../templates/layouts.js';
import { compareSlotNames } from '../templates/mineral-names.js';
import type { RollupSmelter } from './rollup.js';

/** The template families Assay writes the company's own declaration in. */
export const OWN_DECLARATION_FAMILIES = ['CMRT', 'EMRT'] as const;
/** One of {@link OWN_DECLARATION_FAMILIES}. */
export type OwnDeclarationFamily = (typeof OWN_DECLARATION_FAMILIES)[number];

/** The family named by `text` (any case, trimmed), or `undefined` when it is not one Assay writes. */
export function toOwnDeclarationFamily(text: string | null | undefined): OwnDeclarationFamily | undefined {
  const upper = (text ?? '').trim().toUpperCase();
  return OWN_DECLARATION_FAMILIES.find((f) => f === upper);
}

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

/** One supplier's answer to a question, as written in its template (`null`: no answer). */
export type SupplierAnswer = { readonly supplier: string; readonly answer: string | null };

/** A question the user decides: its suppliers disagree or one gave no answer. */
export type DisputedAnswer = {
  /** `Tin Q2`. */
  readonly field: string;
  /** The review key of the answer: `Tin.Q2`. */
  readonly key: string;
  readonly question: string;
  readonly mineral: string;
  /** The cautious proposal; `null` when no offered answer is cautious enough. */
  readonly proposed: string | null;
  /** The distinct answers counted, in the blank's spelling; no answer counts as `Unknown`. */
  readonly answers: readonly string[];
  /** Who said what: every relevant supplier, in the order of the suppliers given. */
  readonly bySupplier: readonly SupplierAnswer[];
};

/** A supplier's template the draft aggregates, under the supplier's name. */
export type OwnSupplier = { readonly name: string; readonly declaration: Declaration };

/** What Assay itself knows about the company that answers a company question. */
export type OwnFacts = {
  /** The newest approved version of the company's policy, if any. */
  readonly policy?: { readonly version: number; readonly approvedOn: string } | null;
};

/** A company question answered from Assay's own data, and from which. */
export type CompanySource = {
  /** The review key: `A`. */
  readonly key: string;
  readonly value: string;
  readonly source: { readonly kind: 'policy'; readonly version: number; readonly approvedOn: string };
};

/** How a per-mineral question is aggregated: which answers are the cautious ones. */
export type CautionKind = 'presence' | 'sourcing' | 'claim' | 'share';

const UNKNOWN = 'Unknown';

/** Per kind of question, its answers from the most to the least cautious (see the module doc). */
export const CAUTION_ORDERS: Readonly<Record<CautionKind, readonly string[]>> = {
  presence: ['Yes', UNKNOWN, 'Not declaring', 'Not applicable for this declaration', 'No'],
  sourcing: ['Yes', 'DRC only', 'India and/or Madagascar only', 'DRC or adjoining countries only', UNKNOWN, 'No'],
  claim: ['No', UNKNOWN, 'Yes'],
  share: [
    UNKNOWN,
    'Did not survey',
    'None',
    '50% or less',
    'Greater than 50%',
    'Greater than 75%',
    'Greater than 90%',
    '100%',
  ],
};

/** Which kind each per-mineral question is, per family (CMRT 6.x; EMRT 1.x and 2.x ask the same). */
export const QUESTION_CAUTION: Readonly<Record<OwnDeclarationFamily, Readonly<Record<string, CautionKind>>>> = {
  CMRT: {
    Q1: 'presence',
    Q2: 'presence',
    Q3: 'sourcing',
    Q4: 'sourcing',
    Q5: 'claim',
    Q6: 'share',
    Q7: 'claim',
    Q8: 'claim',
  },
  EMRT: { Q1: 'presence', Q2: 'presence', Q3: 'sourcing', Q4: 'claim', Q5: 'share', Q6: 'claim', Q7: 'claim' },
};

/** Answers of Q1 that take a supplier's mineral out of its declaration. */
const Q1_OUT = ['No', 'Not declaring', 'Not applicable for this declaration'];

/**
 * Answers RMI renamed between versions of a family: a supplier's answer is mapped to the first
 * equivalent the blank's drop-down offers.
 */
const EQUIVALENT: Readonly<Record<string, readonly string[]>> = {
  'Not applicable for this declaration': ['Not declaring'],
  'Not declaring': ['Not applicable for this declaration'],
  'DRC only': ['Yes'],
  'India and/or Madagascar only': ['Yes'],
};

const isText = (v: string | null | undefined): v is string => typeof v === 'string' && v !== '';
const sameMineral = (a: string, b: string) => metalKey(a) === metalKey(b);

/** A supplier's answer in the blank's spelling, or null when the blank's drop-down has no such answer. */
function fit(value: string | null | undefined, allowed: AnswerSet | undefined): string | null {
  if (!isText(value)) return null;
  if (!allowed || allowed.length === 0 || allowed.includes(value)) return value;
  return EQUIVALENT[value]?.find((v) => allowed.includes(v)) ?? null;
}

/**
 * The cautious proposal from the answers counted (already in the blank's spelling, no answer as
 * `Unknown`): the least cautious offered answer that is still at least as cautious as the most
 * cautious answer counted. `null` without answers, or when nothing offered is cautious enough.
 */
export function cautiousAnswer(
  counted: readonly string[],
  kind: CautionKind,
  allowed: AnswerSet | undefined,
): string | null {
  if (counted.length === 0) return null;
  const order = CAUTION_ORDERS[kind];
  const distinct = [...new Set(counted)];
  // An answer outside the order is not ranked: only a unanimous one is taken over.
  if (distinct.some((v) => !order.includes(v))) return distinct.length === 1 ? (distinct[0] ?? null) : null;
  const most = Math.min(...distinct.map((v) => order.indexOf(v)));
  const offered = allowed && allowed.length > 0 ? allowed : order;
  for (let rank = most; rank >= 0; rank--) {
    const v = order[rank];
    if (v !== undefined && offered.includes(v)) return v;
  }
  return null;
}

/**
 * The minerals of the draft, in slot order: a fixed layout's own list; for selectable layouts the
 * blank's selection plus every mineral of the template that a supplier declares.
 */
function draftMinerals(
  blank: Declaration,
  layout: TemplateLayout | undefined,
  suppliers: readonly Declaration[],
): string[] {
  const m = layout?.minerals;
  if (!m || m.kind === 'fixed') return blank.minerals.map((x) => x.name);
  const offered = m.kind === 'bound' ? m.cells.map((c) => c.mineral) : undefined;
  const names = new Map<string, string>();
  for (const name of [...blank.minerals, ...suppliers.flatMap((d) => d.minerals)].map((x) => x.name)) {
    const canonical = offered ? offered.find((o) => sameMineral(o, name)) : name;
    if (canonical !== undefined && !names.has(metalKey(canonical))) names.set(metalKey(canonical), canonical);
  }
  const limit = m.kind === 'bound' ? m.cells.length : Math.min(m.slots, m.cells.length);
  return [...names.values()].sort(compareSlotNames).slice(0, limit);
}

/** The per-mineral questions asked about `mineral`, in layout order. */
function questionIds(layout: TemplateLayout | undefined, blankMineral: Mineral | undefined, mineral: string) {
  if (!layout) return Object.keys(blankMineral?.answers ?? {});
  return layout.questions.filter((q) => !q.minerals || q.minerals.includes(mineral)).map((q) => q.id);
}

/** Which rows answer a company question per mineral, with their drop-downs (EMRT question C). */
function perMineralRows(
  layout: TemplateLayout | undefined,
  question: CompanyQuestion,
  minerals: readonly string[],
): { mineral: string; answers: AnswerSet | undefined }[] {
  const def = layout?.companyQuestions.find((q) => q.id === question.id);
  const per = def?.perMineral;
  if (per?.kind === 'fixed') return per.rows.map((r) => ({ mineral: r.mineral, answers: r.answers }));
  if (per?.kind === 'slots') return minerals.map((mineral) => ({ mineral, answers: per.answers }));
  return (question.perMineral ?? []).map((p) => ({ mineral: p.mineral, answers: undefined }));
}

/**
 * The company questions Assay answers from its own data: A (a responsible minerals sourcing
 * policy) is Yes when a version of the company's policy was approved. Nothing else, and nothing
 * from suppliers: the other company questions are the user's.
 */
export function ownCompanySources(facts: OwnFacts, layout?: TemplateLayout): CompanySource[] {
  const out: CompanySource[] = [];
  const offers = (id: string, value: string) => {
    const def = layout?.companyQuestions.find((q) => q.id === id);
    return layout === undefined || def?.answers.includes(value) === true;
  };
  if (facts.policy && offers('A', 'Yes'))
    out.push({
      key: 'A',
      value: 'Yes',
      source: { kind: 'policy', version: facts.policy.version, approvedOn: facts.policy.approvedOn },
    });
  return out;
}

/**
 * Builds the draft: the blank's structure, the company block, the cautious proposals per mineral
 * (see the module doc), company questions from Assay's own data only, the user's answers over them
 * (`Tin.Q2`, `A`, `A.comment`, `C.Cobalt`; an empty text clears a proposal), the Checker's gating
 * (answers after a Q1/Q2 that takes the mineral out are cleared), and one Smelter List row per
 * (metal, smelter) of the roll-up for the minerals in scope.
 */
export function buildOwnDeclaration(input: {
  readonly blank: Declaration;
  readonly company: OwnCompany;
  readonly suppliers: readonly OwnSupplier[];
  readonly smelters: readonly RollupSmelter[];
  readonly answers?: Readonly<Record<string, string>>;
  readonly facts?: OwnFacts;
}): { declaration: Declaration; disputed: DisputedAnswer[]; companySources: CompanySource[] } {
  const { blank, company } = input;
  const overrides = input.answers ?? {};
  const pick = (key: string, proposal: string | null): string | null => {
    const v = overrides[key];
    return v === undefined ? proposal : v.trim() === '' ? null : v.trim();
  };
  const layout = layoutFor(blank.family, blank.version);
  const allowedFor = (id: string) => layout?.questions.find((q) => q.id === id)?.answers;
  const kinds = QUESTION_CAUTION[toOwnDeclarationFamily(blank.family) ?? 'CMRT'];
  const kindOf = (id: string): CautionKind => kinds[id] ?? (id === 'Q1' || id === 'Q2' ? 'presence' : 'claim');
  const sameFamily = input.suppliers.filter((s) => s.declaration.family === blank.family);
  const disputed: DisputedAnswer[] = [];
  const names = draftMinerals(
    blank,
    layout,
    sameFamily.map((s) => s.declaration),
  );
  const gating = layout?.gating ?? { q1Excludes: ['No'], q2Excludes: ['No'] };
  /** Minerals the Checker still asks Q3 onwards (and company question C) about. */
  const followUp = new Set<string>();

  const minerals: Mineral[] = names.map((name) => {
    const blankMineral = blank.minerals.find((m) => sameMineral(m.name, name));
    // Every supplier whose template has the mineral, with its answers.
    const theirs = sameFamily.flatMap((s) =>
      s.declaration.minerals.filter((m) => sameMineral(m.name, name)).map((m) => ({ supplier: s.name, mineral: m })),
    );
    const raw = (m: Mineral, id: string) => (isText(m.answers[id]?.value) ? (m.answers[id]?.value ?? null) : null);
    /** A supplier counts for Q2 unless its Q1 takes the mineral out, for Q3 on unless its Q2 is No too. */
    const relevant = (m: Mineral, id: string) => {
      if (id === 'Q1') return true;
      const q1 = raw(m, 'Q1');
      if (q1 !== null && Q1_OUT.includes(q1)) return false;
      return id === 'Q2' || raw(m, 'Q2') !== 'No';
    };
    const answers: Record<string, Answer> = {};
    const marks: DisputedAnswer[] = [];
    for (const id of questionIds(layout, blankMineral, name)) {
      const counted = theirs.filter((t) => relevant(t.mineral, id));
      const bySupplier = counted.map((t) => ({ supplier: t.supplier, answer: raw(t.mineral, id) }));
      const values = counted.map((t) => fit(t.mineral.answers[id]?.value, allowedFor(id)) ?? UNKNOWN);
      const proposed = cautiousAnswer(values, kindOf(id), allowedFor(id));
      const distinct = [...new Set(values)];
      const unanswered = counted.some((t) => fit(t.mineral.answers[id]?.value, allowedFor(id)) === null);
      if (distinct.length > 1 || unanswered)
        marks.push({
          field: `${name} ${id}`,
          key: `${name}.${id}`,
          question: id,
          mineral: name,
          proposed,
          answers: distinct,
          bySupplier,
        });
      answers[id] = { value: pick(`${name}.${id}`, proposed), comment: null };
    }
    // The Checker's gating: after a Q1 (or Q2) that takes the mineral out, nothing more is asked.
    const q1Value = answers.Q1?.value ?? null;
    const q2Value = answers.Q2?.value ?? null;
    const q1Out = q1Value !== null && gating.q1Excludes.includes(q1Value);
    const q2Out = q2Value !== null && gating.q2Excludes.includes(q2Value);
    const asked = (id: string) => id === 'Q1' || !(q1Out || (id !== 'Q2' && q2Out));
    for (const id of Object.keys(answers)) if (!asked(id)) answers[id] = { value: null, comment: null };
    // Only the questions still asked are the user's to decide.
    disputed.push(...marks.filter((m) => asked(m.question)));
    if (!q1Out && !q2Out) followUp.add(metalKey(name));
    return { name, label: blankMineral?.label ?? null, answers, inScope: q1Value === 'Yes' && !q2Out };
  });

  const companySources = ownCompanySources(input.facts ?? {}, layout);
  const companyQuestions: CompanyQuestion[] = blank.companyQuestions.map((q) => {
    const def = layout?.companyQuestions.find((x) => x.id === q.id);
    const perMineral = def?.perMineral !== undefined || q.perMineral !== undefined;
    // Never from the suppliers' answers: only from Assay's own data, otherwise empty.
    const own = companySources.find((c) => c.key === q.id)?.value ?? null;
    const out: CompanyQuestion = {
      id: q.id,
      value: perMineral ? null : pick(q.id, own),
      comment: pick(`${q.id}.comment`, null),
    };
    if (perMineral) {
      out.perMineral = perMineralRows(layout, q, names).map((row) => {
        // Not asked for a mineral that needs no follow-up (Checker: C only where Q3 is asked).
        const asked = followUp.has(metalKey(row.mineral));
        return { mineral: row.mineral, value: asked ? pick(`${q.id}.${row.mineral}`, null) : null };
      });
    }
    return out;
  });

  const inScope = new Set(minerals.filter((m) => m.inScope).map((m) => metalKey(m.name)));
  const smelters: Declaration['smelters'] = [];
  for (const s of input.smelters) {
    for (const entry of s.entries) {
      if (!inScope.has(metalKey(entry.metal))) continue;
      const metal = minerals.find((m) => sameMineral(m.name, entry.metal))?.name ?? entry.metal;
      const listed = blank.lookup.filter(
        (l) => l.smelterId === entry.smelterId && metalKey(l.metal) === metalKey(metal),
      );
      const standard = listed.find((l) => l.alias === l.standardName) ?? listed[0];
      smelters.push(
        smelterRow(metal, {
          lookupName: standard ? (standard.standardName ?? standard.alias) : 'Smelter not listed',
          name: standard ? null : entry.name,
          country: standard ? standard.country : entry.country,
          countryName: standard ? standard.countryName : entry.countryName,
          smelterId: standard ? entry.smelterId : null,
          comments: standard ? null : entry.smelterId,
        }),
      );
    }
  }
  // Empty texts are not answers: the validator must see them as missing.
  const orNull = (v: string | null | undefined) => (isText(v) ? v : null);
  const declaration: Declaration = {
    ...blank,
    company: {
      name: orNull(company.name),
      uniqueId: orNull(company.uniqueId),
      uniqueIdAuthority: null,
      address: orNull(company.address),
      contact: {
        name: orNull(company.contact.name),
        email: orNull(company.contact.email),
        phone: orNull(company.contact.phone),
      },
      authorizer: {
        name: orNull(company.authorizer.name),
        title: orNull(company.authorizer.title),
        email: orNull(company.authorizer.email),
        phone: orNull(company.authorizer.phone),
      },
    },
    scope: { code: 'A', text: 'A. Company', description: null },
    date: orNull(company.date),
    minerals,
    companyQuestions,
    products: [],
    smelters,
    mines: [],
  };
  return { declaration, disputed, companySources };
}

/** One answer the user reviews: a drop-down (the blank's own answers) or a free comment. */
export type OwnAnswerField = {
  /** The key of the answer in the review: `Tin.Q2`, `A`, `A.comment`, `C.Cobalt`. */
  readonly key: string;
  readonly group: 'mineral' | 'company';
  /** The question id: `Q2`, `A`, `C`. */
  readonly question: string;
  /** The mineral, for per-mineral answers. */
  readonly mineral: string | null;
  /** True for a comment or link (column G), which is free text. */
  readonly comment: boolean;
  /** The answers the template's drop-down offers (empty for comments). */
  readonly options: readonly string[];
  readonly value: string | null;
};

/** The answers of a draft the user can review, in the order of the template. */
export function ownAnswerFields(declaration: Declaration): OwnAnswerField[] {
  const layout = layoutFor(declaration.family, declaration.version);
  const fields: OwnAnswerField[] = [];
  for (const m of declaration.minerals) {
    for (const [id, a] of Object.entries(m.answers)) {
      fields.push({
        key: `${m.name}.${id}`,
        group: 'mineral',
        question: id,
        mineral: m.name,
        comment: false,
        options: layout?.questions.find((q) => q.id === id)?.answers ?? [],
        value: a.value,
      });
    }
  }
  for (const q of declaration.companyQuestions) {
    const def = layout?.companyQuestions.find((x) => x.id === q.id);
    if (q.perMineral !== undefined) {
      const rows = perMineralRows(
        layout,
        q,
        declaration.minerals.map((m) => m.name),
      );
      for (const p of q.perMineral) {
        fields.push({
          key: `${q.id}.${p.mineral}`,
          group: 'company',
          question: q.id,
          mineral: p.mineral,
          comment: false,
          options: rows.find((r) => sameMineral(r.mineral, p.mineral))?.answers ?? def?.answers ?? [],
          value: p.value,
        });
      }
    } else {
      fields.push({
        key: q.id,
        group: 'company',
        question: q.id,
        mineral: null,
        comment: false,
        options: def?.answers ?? [],
        value: q.value,
      });
    }
    fields.push({
      key: `${q.id}.comment`,
      group: 'company',
      question: q.id,
      mineral: null,
      comment: true,
      options: [],
      value: q.comment,
    });
  }
  return fields;
}

/**
 * Checks the user's answers against the draft's fields: every key must be one of them and every
 * non-empty answer one the template's drop-down offers (matched without regard to case, and
 * returned in the template's spelling). Issues name the form field (`answers.Tin.Q2`).
 */
export function checkOwnAnswers(
  fields: readonly OwnAnswerField[],
  answers: Readonly<Record<string, string>>,
): { answers: Record<string, string>; issues: { path: string; message: string }[] } {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const out: Record<string, string> = {};
  const issues: { path: string; message: string }[] = [];
  for (const [key, raw] of Object.entries(answers)) {
    const field = byKey.get(key);
    const path = `answers.${key}`;
    if (!field) {
      issues.push({ path, message: `“${key.slice(0, 40)}” is not a question of this template.` });
      continue;
    }
    const value = raw.trim();
    if (value === '' || field.comment || field.options.length === 0) {
      out[key] = value;
      continue;
    }
    const match = field.options.find((o) => o.toLowerCase() === value.toLowerCase());
    if (match === undefined) {
      const label = field.mineral && field.group === 'mineral' ? `${field.mineral} ${field.question}` : key;
      issues.push({ path, message: `${label}: choose one of ${field.options.join(' / ')}.` });
      continue;
    }
    out[key] = match;
  }
  return { answers: out, issues };
}
