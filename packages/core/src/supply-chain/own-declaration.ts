/**
 * The company's own declaration at company level (scope A) — a CMRT or an EMRT — built from the
 * answers of its suppliers' templates of the same family and the consolidated smelter list, on the
 * layout of a blank template. The user reviews it before it is written: unanimous answers are taken
 * over, disagreements are marked for review, and the user's answers override the proposal.
 *
 * EMRT 2.x chooses its minerals (D12:G13, answered in alphabetical slots): the draft declares the
 * minerals selected in the blank plus every mineral of the template that a supplier declares.
 * Answers written in another version's spelling are mapped where RMI only renamed them
 * (`Not applicable for this declaration` ↔ `Not declaring`, EMRT 1.x `DRC only` → `Yes`) and
 * otherwise left for the user: an answer the blank's drop-down does not offer is never proposed.
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

/** A question whose suppliers disagreed: the proposal and what they answered. */
export type DisputedAnswer = {
  /** `Tin Q2`, `A`, or `C Cobalt` (a company question answered per mineral). */
  readonly field: string;
  readonly proposed: string | null;
  readonly answers: readonly string[];
};

const CAUTION = ['Unknown', 'No', 'Yes'];

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
 * Builds the draft: the blank's structure, the company block, aggregated per-mineral and company
 * answers (Q1 is a union: a mineral is in if any supplier has it), the user's answers over them
 * (`Tin.Q2`, `A`, `A.comment`, `C.Cobalt`; an empty text clears a proposal), the Checker's gating
 * (answers after a Q1/Q2 that takes the mineral out are cleared), and one Smelter List row per
 * (metal, smelter) of the roll-up for the minerals in scope.
 */
export function buildOwnDeclaration(input: {
  readonly blank: Declaration;
  readonly company: OwnCompany;
  readonly suppliers: readonly Declaration[];
  readonly smelters: readonly RollupSmelter[];
  readonly answers?: Readonly<Record<string, string>>;
}): { declaration: Declaration; disputed: DisputedAnswer[] } {
  const { blank, company } = input;
  const overrides = input.answers ?? {};
  const pick = (key: string, proposal: string | null): string | null => {
    const v = overrides[key];
    return v === undefined ? proposal : v.trim() === '' ? null : v.trim();
  };
  const layout = layoutFor(blank.family, blank.version);
  const allowedFor = (id: string) => layout?.questions.find((q) => q.id === id)?.answers;
  const sameFamily = input.suppliers.filter((d) => d.family === blank.family);
  const disputed: DisputedAnswer[] = [];
  const names = draftMinerals(blank, layout, sameFamily);
  const gating = layout?.gating ?? { q1Excludes: ['No'], q2Excludes: ['No'] };
  /** Minerals the Checker still asks Q3 onwards (and company question C) about. */
  const followUp = new Set<string>();

  const minerals: Mineral[] = names.map((name) => {
    const blankMineral = blank.minerals.find((m) => sameMineral(m.name, name));
    const theirs = sameFamily.flatMap((d) => d.minerals.filter((m) => sameMineral(m.name, name)));
    const answered = (m: Mineral, id: string) => fit(m.answers[id]?.value, allowedFor(id));
    const q1Values = theirs.map((m) => answered(m, 'Q1')).filter(isText);
    const q1 = aggregate(q1Values, true);
    if (q1.disputed) disputed.push({ field: `${name} Q1`, proposed: q1.value, answers: [...new Set(q1Values)] });
    const answers: Record<string, Answer> = {};
    for (const id of questionIds(layout, blankMineral, name)) {
      let proposal: string | null;
      if (id === 'Q1') proposal = q1.value ?? 'No';
      else {
        const values = theirs
          .filter((m) => answered(m, 'Q1') === 'Yes')
          .map((m) => answered(m, id))
          .filter(isText);
        const result = q1.value === 'Yes' ? aggregate(values, false) : { value: null, disputed: false };
        if (result.disputed)
          disputed.push({ field: `${name} ${id}`, proposed: result.value, answers: [...new Set(values)] });
        proposal = result.value;
      }
      answers[id] = { value: pick(`${name}.${id}`, proposal), comment: null };
    }
    // The Checker's gating: after a Q1 (or Q2) that takes the mineral out, nothing more is asked.
    const q1Value = answers.Q1?.value ?? null;
    const q2Value = answers.Q2?.value ?? null;
    const q1Out = q1Value !== null && gating.q1Excludes.includes(q1Value);
    const q2Out = q2Value !== null && gating.q2Excludes.includes(q2Value);
    for (const id of Object.keys(answers)) {
      if (id !== 'Q1' && (q1Out || (id !== 'Q2' && q2Out))) answers[id] = { value: null, comment: null };
    }
    if (!q1Out && !q2Out) followUp.add(metalKey(name));
    return { name, label: blankMineral?.label ?? null, answers, inScope: q1Value === 'Yes' && !q2Out };
  });

  const companyQuestions: CompanyQuestion[] = blank.companyQuestions.map((q) => {
    const def = layout?.companyQuestions.find((x) => x.id === q.id);
    const theirs = sameFamily
      .map((d) => d.companyQuestions.find((x) => x.id === q.id))
      .filter((x): x is CompanyQuestion => x !== undefined);
    const perMineral = def?.perMineral !== undefined || q.perMineral !== undefined;
    let proposal: string | null = null;
    if (!perMineral) {
      const values = theirs.map((x) => fit(x.value, def?.answers)).filter(isText);
      const result = aggregate(values, false);
      if (result.disputed) disputed.push({ field: q.id, proposed: result.value, answers: [...new Set(values)] });
      proposal = result.value;
    }
    const out: CompanyQuestion = {
      id: q.id,
      value: perMineral ? null : pick(q.id, proposal),
      comment: pick(`${q.id}.comment`, null),
    };
    if (perMineral) {
      out.perMineral = perMineralRows(layout, q, names).map((row) => {
        const values = theirs
          .map((x) => fit(x.perMineral?.find((p) => sameMineral(p.mineral, row.mineral))?.value, row.answers))
          .filter(isText);
        const result = aggregate(values, false);
        if (result.disputed)
          disputed.push({ field: `${q.id} ${row.mineral}`, proposed: result.value, answers: [...new Set(values)] });
        // Not asked for a mineral that needs no follow-up (Checker: C only where Q3 is asked).
        const asked = followUp.has(metalKey(row.mineral));
        return { mineral: row.mineral, value: asked ? pick(`${q.id}.${row.mineral}`, result.value) : null };
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
  return { declaration, disputed };
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
