import type { ThemeGroupId } from '../risk/themes.js';
import { THEME_GROUPS } from '../risk/themes.js';
import { caseAsOf } from './case-as-of.js';
import { GRIEVANCE_CATEGORIES, type GrievanceCategory, themeGroupOfCategory } from './categories.js';
import { deadlinesFor } from './deadlines.js';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  type CaseOutcomeKind,
  type CaseStatus,
  type GrievanceCase,
  isOpenStatus,
} from './grievance-case.js';
import { DEFAULT_GRIEVANCE_SETTINGS, type GrievanceSettings } from './grievance-settings.schema.js';

const DAY_MS = 86_400_000;

/** A reporting period: from `from` (inclusive) to `to` (exclusive). */
export type ReportingPeriod = { readonly from: Date; readonly to: Date };

/** Count, median and mean of a duration, in days; `null`s when nothing was measured. */
export type DurationSummary = {
  readonly count: number;
  readonly medianDays: number | null;
  readonly meanDays: number | null;
};

/**
 * Grievance figures for the annual report (CSDDD Art. 16 annual statement; BAFA questionnaire
 * section 4 "Beschwerdeverfahren"; OECD RBC Guidance step 5). Contains counts only, no case
 * content, so it can be published. The state of each case is taken at the end of the period.
 */
export type GrievanceStatistics = {
  readonly period: { readonly from: string; readonly to: string };
  /** Cases received within the period. */
  readonly received: number;
  readonly byCategory: Readonly<Record<GrievanceCategory, number>>;
  readonly byThemeGroup: Readonly<Record<ThemeGroupId | 'other', number>>;
  /** Status at the end of the period of the cases received within it. */
  readonly byStatus: Readonly<Record<CaseStatus, number>>;
  /** Outcomes of the cases received within the period and closed by its end. */
  readonly byOutcome: Readonly<Record<CaseOutcomeKind, number>>;
  /** Received within the period and acknowledged by its end. */
  readonly timeToAcknowledge: DurationSummary;
  /** Received within the period and closed by its end (last closing, if reopened). */
  readonly timeToClose: DurationSummary;
  /** Of all cases (also older ones) open at the end of the period. */
  readonly openAtEnd: number;
  /** Of those, how many had a missed deadline at the end of the period. */
  readonly openOverdueAtEnd: number;
};

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function summarise(days: number[]): DurationSummary {
  if (days.length === 0) return { count: 0, medianDays: null, meanDays: null };
  const sorted = [...days].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, medianDays: median, meanDays: mean };
}

const daysBetween = (from: string, to: string): number => (new Date(to).getTime() - new Date(from).getTime()) / DAY_MS;

/** Statistics of `cases` for `period`, with deadlines judged by `settings`. */
export function grievanceStatistics(
  cases: readonly GrievanceCase[],
  period: ReportingPeriod,
  settings: Pick<GrievanceSettings, 'acknowledgeWithinDays' | 'followUpWithinDays'> = DEFAULT_GRIEVANCE_SETTINGS,
): GrievanceStatistics {
  const from = period.from.toISOString();
  // The state at the end is the state just before `to`, since the period excludes it.
  const end = new Date(period.to.getTime() - 1);
  const byCategory = zeros(GRIEVANCE_CATEGORIES);
  const byThemeGroup = zeros([...THEME_GROUPS.map((group) => group.id), 'other'] as const);
  const byStatus = zeros(CASE_STATUSES);
  const byOutcome = zeros(CASE_OUTCOMES);
  const toAcknowledge: number[] = [];
  const toClose: number[] = [];
  let received = 0;
  let openAtEnd = 0;
  let openOverdueAtEnd = 0;

  for (const original of cases) {
    const grievance = caseAsOf(original, end);
    if (grievance === undefined) continue;
    if (isOpenStatus(grievance.status)) {
      openAtEnd++;
      if (deadlinesFor(grievance, settings, end).overdue) openOverdueAtEnd++;
    }
    if (grievance.receivedAt < from) continue;
    received++;
    const category = grievance.submission.category;
    byCategory[category]++;
    byThemeGroup[themeGroupOfCategory(category)]++;
    byStatus[grievance.status]++;
    if (grievance.acknowledgedAt) toAcknowledge.push(daysBetween(grievance.receivedAt, grievance.acknowledgedAt));
    if (grievance.closedAt) toClose.push(daysBetween(grievance.receivedAt, grievance.closedAt));
    if (grievance.outcome) byOutcome[grievance.outcome.kind]++;
  }

  return {
    period: { from, to: period.to.toISOString() },
    received,
    byCategory,
    byThemeGroup,
    byStatus,
    byOutcome,
    timeToAcknowledge: summarise(toAcknowledge),
    timeToClose: summarise(toClose),
    openAtEnd,
    openOverdueAtEnd,
  };
}
