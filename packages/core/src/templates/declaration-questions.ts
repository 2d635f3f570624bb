/**
 * Reads the Declaration sheet's questions: the layout anchors, the mineral slots, the per-mineral
 * answers (Q1…) and the company-level questions (A…).
 */
import { OTHER_MINERAL } from './answer-sets.js';
import { truncate } from './cell-text.js';
import type { Answer, CompanyQuestion, Mineral } from './declaration.schema.js';
import type { AnswerSet } from './layout-types.js';
import { canonicalMineral, compareSlotNames, stripRequiredMarker } from './mineral-names.js';
import { canonicalAnswer, cleanListText, cleanText } from './normalise.js';
import {
  DECLARATION,
  isZeroPlaceholder,
  notInList,
  type ReadContext,
  textAt,
  zeroPlaceholder,
} from './read-context.js';
import { makeFinding } from './rules.js';

/** A mineral slot: its canonical name, the label the template shows when that differs, and its selection cell. */
export type MineralSlot = { name: string; label: string | null; cell: string | null };

/** The answer in column D of `row` with the comment in G; a value outside `allowed` adds a finding. */
function answer(ctx: ReadContext, row: number, allowed: AnswerSet): Answer {
  const raw = ctx.decl.value(row, 4);
  if (isZeroPlaceholder(raw)) {
    // A pasted formula result, not an answer: empty, so the Checker's "missing" rule applies.
    ctx.findings.push(zeroPlaceholder(DECLARATION, [`D${row}`]));
    return { value: null, comment: cleanText(ctx.decl.value(row, 7)) };
  }
  const match = canonicalAnswer(raw, allowed);
  if (!match.known && match.value !== null) ctx.findings.push(notInList(DECLARATION, `D${row}`, match.value, allowed));
  return { value: match.value, comment: cleanText(ctx.decl.value(row, 7)) };
}

/**
 * Verifies the layout by markers that survive translation (§11.3): question headers start with
 * "1)" (full-width "1）" in Japanese), company questions with "A.". A label elsewhere means rows
 * were inserted or deleted, and every address below would be off.
 */
export function checkAnchors(ctx: ReadContext): void {
  const anchors: { cell: string; row: number; marker: RegExp; expected: string }[] = [
    ...ctx.layout.questions.map((q, i) => ({
      cell: `B${q.headerRow}`,
      row: q.headerRow,
      marker: new RegExp(`^${i + 1}\\s*[)）]`),
      expected: `${i + 1}) …`,
    })),
    ...ctx.layout.companyQuestions.map((q) => ({
      cell: `B${q.row}`,
      row: q.row,
      marker: new RegExp(`^${q.id}\\s*[.．]`),
      expected: `${q.id}. …`,
    })),
  ];
  for (const a of anchors) {
    const label = cleanListText(ctx.decl.value(a.row, 2));
    if (label === null || a.marker.test(label)) continue;
    ctx.findings.push(
      makeFinding('layout_mismatch', { sheet: DECLARATION, cell: a.cell, params: { expected: a.expected } }),
    );
    return;
  }
}

/**
 * The mineral names of the slot rows, in slot order. Fixed layouts: the layout's list. EMRT 2.x
 * and AMRT: the cached labels of the Q1 rows (sorted by the template's own helper columns);
 * when those are missing or disagree with the selection, the selection sorted alphabetically.
 */
export function slotNames(ctx: ReadContext): MineralSlot[] {
  const { layout, findings } = ctx;
  const m = layout.minerals;
  if (m.kind === 'fixed') return m.minerals.map((name) => ({ name, label: null, cell: null }));
  const selected: { name: string; label: string | null; cell: string }[] = [];
  if (m.kind === 'bound') {
    for (const { cell, mineral } of m.cells) {
      const v = textAt(ctx, cell);
      if (v !== null && v.toLowerCase() === mineral.toLowerCase()) selected.push({ name: mineral, label: null, cell });
    }
  } else {
    m.cells.forEach((cell, i) => {
      let v = textAt(ctx, cell);
      let at = cell;
      if (v !== null && v === OTHER_MINERAL && m.otherCells?.[i]) {
        at = m.otherCells[i] ?? cell;
        v = textAt(ctx, at);
      }
      if (v === null || v === OTHER_MINERAL) return;
      const canonical = canonicalMineral(v);
      if (!canonical)
        findings.push(
          makeFinding('mineral_unrecognised', { sheet: DECLARATION, cell: at, params: { value: truncate(v) } }),
        );
      selected.push({ name: canonical ?? v, label: canonical && canonical !== v ? v : null, cell: at });
    });
  }
  const q1 = layout.questions[0];
  if (q1) {
    const labels: string[] = [];
    for (let k = 0; k < m.slots; k++) {
      const v = cleanListText(ctx.decl.value(q1.headerRow + 1 + k, 2));
      if (v !== null) labels.push(stripRequiredMarker(v));
    }
    const byLabel = (label: string) => selected.find((s) => (s.label ?? s.name) === label || s.name === label);
    if (labels.length === selected.length && labels.every((l) => byLabel(l))) {
      return labels.map((l) => byLabel(l) as (typeof selected)[number]);
    }
  }
  return [...selected].sort((a, b) => compareSlotNames(a.label ?? a.name, b.label ?? b.name));
}

/** The per-mineral answers of each slot, and whether Q1/Q2 put the mineral in scope. */
export function readMinerals(ctx: ReadContext, slots: readonly { name: string; label: string | null }[]): Mineral[] {
  const { questions, gating } = ctx.layout;
  return slots.map((slot, i) => {
    const answers: Record<string, Answer> = {};
    for (const q of questions) {
      if (q.minerals && !q.minerals.includes(slot.name)) continue;
      answers[q.id] = answer(ctx, q.headerRow + 1 + i, q.answers);
    }
    const q1 = answers['Q1']?.value ?? null;
    const q2 = answers['Q2']?.value ?? null;
    const inScope = q1 === 'Yes' && !(q2 !== null && gating.q2Excludes.includes(q2));
    return { name: slot.name, label: slot.label, inScope, answers };
  });
}

/** The company-level questions, with their per-mineral answers where the layout has them. */
export function readCompanyQuestions(ctx: ReadContext, slots: readonly { name: string }[]): CompanyQuestion[] {
  const { decl } = ctx;
  return ctx.layout.companyQuestions.map((q) => {
    const main = q.perMineral
      ? { value: cleanText(decl.value(q.row, 4)), comment: cleanText(decl.value(q.row, 7)) }
      : answer(ctx, q.row, q.answers);
    const out: CompanyQuestion = { id: q.id, value: main.value, comment: main.comment };
    if (q.perMineral?.kind === 'fixed') {
      out.perMineral = q.perMineral.rows.map((r) => ({
        mineral: r.mineral,
        value: answer(ctx, r.row, r.answers).value,
      }));
    } else if (q.perMineral?.kind === 'slots') {
      const answers = q.perMineral.answers;
      out.perMineral = slots.map((s, k) => ({ mineral: s.name, value: answer(ctx, q.row + 1 + k, answers).value }));
    }
    return out;
  });
}
