/**
 * What changed between two submissions of the same supplier: template version, scope, date, the
 * answers per mineral and company question, and smelters added or removed. Contact fields are not
 * compared (they are personal data and say nothing about the supply chain).
 */
import { fingerprint, metalKey, normaliseCid } from '../smelters/normalise.js';
import type { Declaration } from '../templates/index.js';

/** One changed field: a dotted path (`minerals.Tin.Q1`, `companyQuestions.B`) with both values. */
export type FieldChange = { readonly field: string; readonly from: string | null; readonly to: string | null };

/** The difference between an older and a newer declaration. */
export type SubmissionDiff = {
  readonly changes: readonly FieldChange[];
  readonly smeltersAdded: readonly string[];
  readonly smeltersRemoved: readonly string[];
};

function smelterKeys(d: Declaration): Map<string, string> {
  const keys = new Map<string, string>();
  for (const s of d.smelters) {
    const name = s.name ?? s.lookupName ?? '';
    const id = normaliseCid(s.smelterId);
    const key = `${metalKey(s.metal)}|${id ?? fingerprint(name)}`;
    keys.set(key, `${s.metal ?? '?'}: ${id ? `${id} ` : ''}${name}`.trim());
  }
  return keys;
}

/** Compares `before` with `after`. */
export function diffSubmissions(before: Declaration, after: Declaration): SubmissionDiff {
  const changes: FieldChange[] = [];
  const cmp = (field: string, from: string | null | undefined, to: string | null | undefined) => {
    if ((from ?? null) !== (to ?? null)) changes.push({ field, from: from ?? null, to: to ?? null });
  };
  cmp('version', `${before.family} ${before.version}`, `${after.family} ${after.version}`);
  cmp('company.name', before.company.name, after.company.name);
  cmp('scope', before.scope.code, after.scope.code);
  cmp('date', before.date, after.date);
  const minerals = new Set([...before.minerals, ...after.minerals].map((m) => m.name));
  for (const name of minerals) {
    const a = before.minerals.find((m) => m.name === name)?.answers ?? {};
    const b = after.minerals.find((m) => m.name === name)?.answers ?? {};
    for (const q of new Set([...Object.keys(a), ...Object.keys(b)]))
      cmp(`minerals.${name}.${q}`, a[q]?.value, b[q]?.value);
  }
  const questions = new Set([...before.companyQuestions, ...after.companyQuestions].map((q) => q.id));
  for (const id of questions)
    cmp(
      `companyQuestions.${id}`,
      before.companyQuestions.find((q) => q.id === id)?.value,
      after.companyQuestions.find((q) => q.id === id)?.value,
    );
  const was = smelterKeys(before);
  const now = smelterKeys(after);
  return {
    changes,
    smeltersAdded: [...now].filter(([k]) => !was.has(k)).map(([, label]) => label),
    smeltersRemoved: [...was].filter(([k]) => !now.has(k)).map(([, label]) => label),
  };
}
