import { type CahraStatus, cahraStatus } from '../reference/cahra.js';
import { findCountry } from '../reference/countries.js';
import {
  type AnnexILine,
  type AnnexIResolution,
  type CnTables,
  isGoldLine,
  isOreOrConcentrate,
  natureOf,
  normaliseCnCode,
  resolveAnnexI,
} from './annex-i.js';
import type { CmrIssue } from './issues.js';
import { OBLIGATIONS, type Obligation } from './obligations.js';

/** One import line: CN/TARIC code, annual volume in kg, recycled flag, gold form, optional origin. */
export type ImportLine = {
  readonly cnCode: string;
  readonly annualKg: number;
  readonly recycled: boolean;
  /** For gold (7108): true = 99.5 % or more and refined (Part B); false = not refined (Part A); absent = not known. */
  readonly goldRefined?: boolean;
  /** Alpha-2 or alpha-3 code. */
  readonly originCountry?: string;
  /** ISO 3166-2 code or name of the region of origin. */
  readonly originRegion?: string;
  /** Row as the user sees it (file row, form line); the 1-based position when absent. */
  readonly row?: number;
};

/** Why a line is or is not in scope. */
export type ScopeReason =
  | 'at_or_above_threshold'
  | 'below_threshold'
  | 'recycled_exempt'
  | 'not_in_annex_i'
  | 'taric_not_covered'
  | 'not_covered_after_cn_change'
  | 'code_unresolved'
  | 'code_too_broad'
  | 'invalid';

/** Mineral (Part A), metal (Part B), or gold whose refining is not known (either). */
export type LineNature = 'mineral' | 'metal' | 'unknown';

/** A remark on a line; text `cmr.note.<code>` with `params`. */
export type CmrNote = {
  readonly code:
    | 'cn_change'
    | 'cn_change_not_covered'
    | 'heading_restructured'
    | 'code_too_broad'
    | 'old_code'
    | 'ex_unconfirmed'
    | 'taric_not_covered'
    | 'threshold_unverified'
    | 'recycled_ore'
    | 'recycled_unrefined_gold'
    | 'recycled_gold_unknown'
    | 'gold_form_unknown'
    | 'gold_joint';
  readonly params: Readonly<Record<string, string | number>>;
};

/** The Annex I line a result points at, as shown to the user. */
export type AnnexLineRef = {
  readonly row: number;
  readonly part: 'A' | 'B';
  readonly cnCode: string;
  readonly description: string;
  readonly thresholdKg: number;
  readonly verified: boolean;
};

/** The verdict for one import line. */
export type ImportLineResult = {
  readonly row: number;
  readonly cnCode: string;
  readonly annualKg: number;
  readonly recycled: boolean;
  readonly reason: ScopeReason;
  readonly inScope: boolean;
  readonly nature: LineNature | null;
  readonly annexLines: readonly AnnexLineRef[];
  /** Threshold of the Annex I line (both gold lines: 100 kg); null when the line is not in Annex I. */
  readonly thresholdKg: number | null;
  /** The annual total the threshold is compared with (all input lines under the same Annex I line, exempt kg left out). */
  readonly annexTotalKg: number | null;
  /** False when the threshold rests on one copy of the consolidated text only (show as unverified). */
  readonly verified: boolean;
  readonly exUnconfirmed: boolean;
  readonly notes: readonly CmrNote[];
  readonly cahra: CahraStatus | null;
};

/** An obligation and the rows of the in-scope lines it belongs to. */
export type ObligationResult = Obligation & { readonly rows: readonly number[] };

/**
 * The two `ex 7108` lines share footnote (*1): one threshold "for both ex 7108 lines". Whether the
 * 100 kg is compared with each line's volume or with both together is not settled by the text. Assay
 * compares it with both together (`joint`), the cautious reading; `perLine` says whether the other
 * reading would decide differently.
 */
export type GoldReading = {
  readonly applied: 'joint';
  readonly thresholdKg: number;
  readonly jointKg: number;
  readonly unrefinedKg: number;
  readonly refinedKg: number;
  readonly unknownKg: number;
  readonly perLine: 'same' | 'differs' | 'undecided';
};

/** The overall verdict. `undetermined`: nothing is in scope, but a line's code could not be decided. */
export type ImportCheck = {
  readonly status: 'in_scope' | 'out_of_scope' | 'undetermined';
  readonly inScope: boolean;
  readonly lines: readonly ImportLineResult[];
  readonly obligations: readonly ObligationResult[];
  readonly gold: GoldReading | null;
  readonly issues: readonly CmrIssue[];
  /** The threshold rule applied: below → out of scope; at or above → in scope (Art. 1(3)). */
  readonly rule: { readonly article: 'Art. 1(3)'; readonly verified: true };
};

const ref = (l: AnnexILine): AnnexLineRef => ({
  row: l.row,
  part: l.part === 'A' ? 'A' : 'B',
  cnCode: l.cnCode,
  description: l.description,
  thresholdKg: l.thresholdKg,
  verified: l.verified,
});

function lineIssues(line: ImportLine, row: number): CmrIssue[] {
  const issues: CmrIssue[] = [];
  if (typeof line.cnCode !== 'string' || !/^\d{4,10}$/.test(normaliseCnCode(line.cnCode)))
    issues.push({ row, field: 'cn_code', code: 'cn_invalid', params: { value: String(line.cnCode) } });
  if (typeof line.annualKg !== 'number' || !Number.isFinite(line.annualKg) || line.annualKg < 0)
    issues.push({ row, field: 'quantity', code: 'quantity_invalid', params: { value: String(line.annualKg) } });
  if (typeof line.recycled !== 'boolean')
    issues.push({ row, field: 'recycled', code: 'recycled_invalid', params: { value: String(line.recycled) } });
  if (line.originCountry && !findCountry(line.originCountry))
    issues.push({ row, field: 'origin_country', code: 'origin_invalid', params: { value: line.originCountry } });
  return issues;
}

type Prepared = {
  readonly line: ImportLine;
  readonly row: number;
  readonly resolution: AnnexIResolution | undefined;
  /** The Annex I lines this input line is counted under (gold of unknown form: both). */
  readonly lines: readonly AnnexILine[];
  readonly nature: LineNature | null;
  readonly exempt: boolean;
};

function prepare(line: ImportLine, row: number, resolution: AnnexIResolution | undefined): Prepared {
  if (resolution?.kind !== 'annex') return { line, row, resolution, lines: [], nature: null, exempt: false };
  const gold = resolution.lines.some(isGoldLine);
  const lines = gold
    ? resolution.lines.filter((l) =>
        line.goldRefined === undefined ? true : line.goldRefined ? l.part !== 'A' : l.part === 'A',
      )
    : resolution.lines;
  const first = lines[0];
  if (!first) return { line, row, resolution: { kind: 'none' }, lines: [], nature: null, exempt: false };
  const nature: LineNature = gold && line.goldRefined === undefined ? 'unknown' : natureOf(first);
  // Art. 1(5): recycled *metals* are outside the Regulation; ores, concentrates and unrefined gold (Part A) are not.
  const exempt = line.recycled && nature === 'metal';
  return { line, row, resolution, lines, nature, exempt };
}

function notesFor(p: Prepared, gold: GoldReading | null): CmrNote[] {
  const r = p.resolution;
  const notes: CmrNote[] = [];
  if (!r) return notes;
  if (r.kind === 'not_covered_after_change')
    notes.push({
      code: 'cn_change_not_covered',
      params: {
        code: p.line.cnCode,
        edition: String(r.change.source.edition),
        previous: r.change.previousCodes.join(', '),
      },
    });
  if (r.kind === 'unresolved_heading')
    notes.push({
      code: 'heading_restructured',
      params: {
        heading: r.heading.heading,
        edition: String(r.heading.source.edition),
        codes: r.heading.currentCodes.join(', '),
      },
    });
  if (r.kind === 'too_broad')
    notes.push({ code: 'code_too_broad', params: { codes: r.lines.map((l) => l.cnCode).join(', ') } });
  if (r.kind === 'taric_not_covered')
    notes.push({
      code: 'taric_not_covered',
      params: { annexCode: r.line.cnCode, taric: r.line.taricSubdivision ?? '' },
    });
  if (r.kind !== 'annex') return notes;
  const annexCode = r.lines[0]?.cnCode ?? '';
  if (r.change)
    notes.push({
      code: 'cn_change',
      params: {
        code: r.change.code,
        annexCode,
        edition: String(r.change.source.edition),
        previous: r.change.previousCodes.join(', '),
        act: r.change.source.act,
        verified: r.change.source.verified ? 'yes' : 'no',
      },
    });
  if (r.successors.length > 0)
    notes.push({
      code: 'old_code',
      params: { code: p.line.cnCode, successors: r.successors.map((s) => s.code).join(', ') },
    });
  if (r.exUnconfirmed && r.lines[0]?.taricSubdivision)
    notes.push({ code: 'ex_unconfirmed', params: { annexCode, taric: r.lines[0].taricSubdivision } });
  if (p.lines.some((l) => !l.verified)) notes.push({ code: 'threshold_unverified', params: {} });
  if (p.line.recycled && !p.exempt) {
    const ore = p.lines.some(isOreOrConcentrate);
    notes.push({
      code: ore ? 'recycled_ore' : p.nature === 'unknown' ? 'recycled_gold_unknown' : 'recycled_unrefined_gold',
      params: {},
    });
  }
  if (p.nature === 'unknown') notes.push({ code: 'gold_form_unknown', params: {} });
  if (gold && p.lines.some(isGoldLine))
    notes.push({ code: 'gold_joint', params: { jointKg: gold.jointKg, thresholdKg: gold.thresholdKg } });
  return notes;
}

function goldReading(prepared: readonly Prepared[]): GoldReading | null {
  const gold = prepared.filter((p) => p.lines.some(isGoldLine));
  const first = gold[0]?.lines[0];
  if (!first) return null;
  const sum = (f: (p: Prepared) => boolean) =>
    gold.filter((p) => !p.exempt && f(p)).reduce((kg, p) => kg + p.line.annualKg, 0);
  const unrefinedKg = sum((p) => p.nature === 'mineral');
  const refinedKg = sum((p) => p.nature === 'metal');
  const unknownKg = sum((p) => p.nature === 'unknown');
  const jointKg = unrefinedKg + refinedKg + unknownKg;
  const thresholdKg = first.thresholdKg;
  const jointIn = jointKg >= thresholdKg;
  const perLineIn = unrefinedKg >= thresholdKg || refinedKg >= thresholdKg;
  const perLine = jointIn === perLineIn ? 'same' : unknownKg > 0 ? 'undecided' : 'differs';
  return { applied: 'joint', thresholdKg, jointKg, unrefinedKg, refinedKg, unknownKg, perLine };
}

const REASON_BY_KIND: Partial<Record<AnnexIResolution['kind'], ScopeReason>> = {
  none: 'not_in_annex_i',
  taric_not_covered: 'taric_not_covered',
  not_covered_after_change: 'not_covered_after_cn_change',
  unresolved_heading: 'code_unresolved',
  too_broad: 'code_too_broad',
};

/**
 * EU Conflict Minerals Regulation (EU) 2017/821 importer check: per line and overall, in scope or
 * not and why. Each Annex I line's threshold is compared with the annual total of the input lines
 * under it (Art. 1(3): below → not in scope), the two gold lines together (see {@link GoldReading}).
 * Recycled metals are exempt (Art. 1(5)); ores and concentrates never are. Obligations (Arts. 4–7)
 * follow the nature of the lines actually in scope: records for minerals, records for metals, the
 * audit exemption for metals.
 */
export function checkImports(input: readonly ImportLine[], tables: CnTables = {}): ImportCheck {
  const issues: CmrIssue[] = [];
  const prepared = input.map((line, i) => {
    const row = line.row ?? i + 1;
    const found = lineIssues(line, row);
    issues.push(...found);
    return prepare(line, row, found.length === 0 ? resolveAnnexI(line.cnCode, tables) : undefined);
  });
  const gold = goldReading(prepared);
  const totals = new Map<number, number>();
  for (const p of prepared) {
    if (p.exempt) continue;
    for (const l of p.lines) totals.set(l.row, (totals.get(l.row) ?? 0) + p.line.annualKg);
  }
  const results = prepared.map((p): ImportLineResult => {
    const r = p.resolution;
    const threshold = p.lines[0]?.thresholdKg ?? null;
    const isGold = p.lines.some(isGoldLine);
    // Gold of unknown form sits under both gold lines; its kg are counted once, in the joint total.
    const total = isGold ? (gold?.jointKg ?? 0) : p.lines[0] ? (totals.get(p.lines[0].row) ?? 0) : null;
    const reason: ScopeReason = !r
      ? 'invalid'
      : r.kind !== 'annex'
        ? (REASON_BY_KIND[r.kind] ?? 'not_in_annex_i')
        : p.exempt
          ? 'recycled_exempt'
          : threshold !== null && (total ?? 0) >= threshold
            ? 'at_or_above_threshold'
            : 'below_threshold';
    const origin = r && p.line.originCountry ? findCountry(p.line.originCountry) : undefined;
    return {
      row: p.row,
      cnCode: p.line.cnCode,
      annualKg: p.line.annualKg,
      recycled: p.line.recycled,
      reason,
      inScope: reason === 'at_or_above_threshold',
      nature: p.nature,
      annexLines: (r?.kind === 'too_broad' ? r.lines : r?.kind === 'taric_not_covered' ? [r.line] : p.lines).map(ref),
      thresholdKg: r?.kind === 'taric_not_covered' ? r.line.thresholdKg : threshold,
      annexTotalKg: r?.kind === 'annex' ? total : null,
      verified: p.lines.every((l) => l.verified),
      exUnconfirmed: r?.kind === 'annex' && r.exUnconfirmed,
      notes: notesFor(p, gold),
      cahra: origin ? cahraStatus(origin.alpha2, p.line.originRegion) : null,
    };
  });
  const inScope = results.filter((r) => r.inScope);
  const rowsFor = (o: Obligation): number[] => {
    const mineral = (r: ImportLineResult) => r.nature === 'mineral' || r.nature === 'unknown';
    const metal = (r: ImportLineResult) => r.nature === 'metal' || r.nature === 'unknown';
    const pick =
      o.when === 'in_scope'
        ? inScope
        : o.when === 'minerals'
          ? inScope.filter(mineral)
          : o.when === 'metals'
            ? inScope.filter(metal)
            : o.when === 'cahra_origin'
              ? inScope.filter((r) => mineral(r) && r.cahra?.countryListed)
              : results.filter((r) => r.reason === 'recycled_exempt');
    return pick.map((r) => r.row);
  };
  const obligations = OBLIGATIONS.map((o) => ({ ...o, rows: rowsFor(o) })).filter((o) => o.rows.length > 0);
  const undetermined = results.some((r) => r.reason === 'code_unresolved' || r.reason === 'code_too_broad');
  return {
    status: inScope.length > 0 ? 'in_scope' : undetermined ? 'undetermined' : 'out_of_scope',
    inScope: inScope.length > 0,
    lines: results,
    obligations,
    gold,
    issues,
    rule: { article: 'Art. 1(3)', verified: true },
  };
}
