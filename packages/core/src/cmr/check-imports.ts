import type { ErrorIssue } from '../errors.js';
import { type CahraStatus, cahraStatus } from '../reference/cahra.js';
import { findCountry } from '../reference/countries.js';
import { type AnnexIGroup, matchAnnexI, normaliseCnCode } from './annex-i.js';
import { OBLIGATIONS, type Obligation } from './obligations.js';

/** One import line: CN/TARIC code, annual volume in kg, recycled flag and optional origin. */
export type ImportLine = {
  readonly cnCode: string;
  readonly annualKg: number;
  readonly recycled: boolean;
  /** Alpha-2 or alpha-3 code. */
  readonly originCountry?: string;
  /** ISO 3166-2 code or name of the region of origin. */
  readonly originRegion?: string;
};

/** Why a line is or is not in scope. */
export type ScopeReason =
  | 'at_or_above_threshold'
  | 'below_threshold'
  | 'recycled_exempt'
  | 'not_in_annex_i'
  | 'taric_not_covered'
  | 'invalid';

/** The verdict for one import line. */
export type ImportLineResult = {
  /** 1-based position in the input. */
  readonly row: number;
  readonly cnCode: string;
  readonly annualKg: number;
  /** Annex I threshold of the matched line; null when not in Annex I. */
  readonly thresholdKg: number | null;
  /** Non-recycled kg of all input lines under the same Annex I line (the threshold applies to the annual total). */
  readonly annexTotalKg: number | null;
  readonly inScope: boolean;
  readonly reason: ScopeReason;
  /** False when the threshold rests on one copy of the consolidated text only (show as unverified). */
  readonly verified: boolean;
  /** `ex` code given without the TARIC subdivision: treated as in scope as a precaution. */
  readonly exUnconfirmed: boolean;
  readonly annexLine: {
    readonly cnCode: string;
    readonly part: string;
    readonly descriptions: readonly string[];
  } | null;
  readonly cahra: CahraStatus | null;
};

/** The overall verdict: in scope when any line is; the obligations that follow; row-level issues. */
export type ImportCheck = {
  readonly inScope: boolean;
  readonly lines: readonly ImportLineResult[];
  readonly obligations: readonly Obligation[];
  readonly issues: readonly ErrorIssue[];
  /** The threshold rule applied: below → out of scope; at or above → in scope (Art. 1(3)). */
  readonly rule: { readonly article: 'Art. 1(3)'; readonly verified: true };
};

function lineIssues(line: ImportLine, row: number): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  if (typeof line.cnCode !== 'string' || !/^\d{4,10}$/.test(normaliseCnCode(line.cnCode)))
    issues.push({ row, path: 'cn_code', message: `"${String(line.cnCode)}" is not a CN code of 4 to 10 digits` });
  if (typeof line.annualKg !== 'number' || !Number.isFinite(line.annualKg) || line.annualKg < 0)
    issues.push({ row, path: 'annual_kg', message: `"${String(line.annualKg)}" is not a non-negative number of kg` });
  if (typeof line.recycled !== 'boolean')
    issues.push({ row, path: 'recycled', message: 'recycled must be true or false' });
  if (line.originCountry && !findCountry(line.originCountry))
    issues.push({ row, path: 'origin_country', message: `"${line.originCountry}" is not an ISO 3166-1 country code` });
  return issues;
}

/**
 * EU Conflict Minerals Regulation (EU) 2017/821 importer check: per line and overall, in scope or
 * not and why, with the Annex I threshold (Art. 1(3): below the threshold → not in scope), the
 * recycled exemption (Art. 1(5), unverified placement), CAHRA flags and the Art. 4–7 checklist.
 */
export function checkImports(lines: readonly ImportLine[]): ImportCheck {
  const issues: ErrorIssue[] = [];
  const prepared = lines.map((line, i) => {
    const found = lineIssues(line, i + 1);
    issues.push(...found);
    const match = found.length === 0 ? matchAnnexI(line.cnCode) : undefined;
    return { line, row: i + 1, valid: found.length === 0, match };
  });
  const totals = new Map<AnnexIGroup, number>();
  for (const p of prepared) {
    if (p.match?.kind === 'match' && !p.line.recycled)
      totals.set(p.match.group, (totals.get(p.match.group) ?? 0) + p.line.annualKg);
  }
  const results = prepared.map(({ line, row, valid, match }): ImportLineResult => {
    const group = match && match.kind !== 'none' ? match.group : undefined;
    const total = group ? (totals.get(group) ?? 0) : null;
    const reason: ScopeReason = !valid
      ? 'invalid'
      : match?.kind === 'none'
        ? 'not_in_annex_i'
        : match?.kind === 'taric_not_covered'
          ? 'taric_not_covered'
          : line.recycled
            ? 'recycled_exempt'
            : group && (total ?? 0) >= group.thresholdKg
              ? 'at_or_above_threshold'
              : 'below_threshold';
    const origin = valid && line.originCountry ? findCountry(line.originCountry) : undefined;
    return {
      row,
      cnCode: line.cnCode,
      annualKg: line.annualKg,
      thresholdKg: group?.thresholdKg ?? null,
      annexTotalKg: group ? total : null,
      inScope: reason === 'at_or_above_threshold',
      reason,
      verified: group?.verified ?? true,
      exUnconfirmed: match?.kind === 'match' && match.exUnconfirmed,
      annexLine: group
        ? {
            cnCode: group.cnCode,
            part: group.lines[0]?.part ?? '',
            descriptions: group.lines.map((l) => l.description),
          }
        : null,
      cahra: origin ? cahraStatus(origin.alpha2, line.originRegion) : null,
    };
  });
  const inScope = results.filter((r) => r.inScope);
  const applies = (o: Obligation) =>
    o.when === 'in_scope' ||
    (o.when === 'minerals' && inScope.some((r) => r.annexLine?.part === 'A')) ||
    (o.when === 'metals' && inScope.some((r) => r.annexLine?.part === 'B')) ||
    (o.when === 'cahra_origin' && inScope.some((r) => r.annexLine?.part === 'A' && r.cahra?.countryListed)) ||
    (o.when === 'recycled' && results.some((r) => r.reason === 'recycled_exempt'));
  const obligations =
    inScope.length > 0 ? OBLIGATIONS.filter(applies) : OBLIGATIONS.filter((o) => o.when === 'recycled' && applies(o));
  return {
    inScope: inScope.length > 0,
    lines: results,
    obligations,
    issues,
    rule: { article: 'Art. 1(3)', verified: true },
  };
}
