import type { LocalizedText } from '../i18n/locales.js';

/** Company size bands of the EU SME definition, plus "large" for everything above it. */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;

/** A company size band. */
export type SizeBand = (typeof SIZE_BANDS)[number];

/** The ceilings of one band: staff below `maxStaffExclusive`, and turnover or balance sheet at most the limit. */
export type SizeBandLimits = {
  readonly band: SizeBand;
  readonly label: LocalizedText;
  readonly maxStaffExclusive: number | null;
  readonly maxTurnoverEur: number | null;
  readonly maxBalanceSheetEur: number | null;
};

/**
 * Commission Recommendation 2003/361/EC, Annex, Art. 2: micro < 10 staff and turnover or balance
 * sheet ≤ €2 m; small < 50 and ≤ €10 m; medium < 250 and turnover ≤ €50 m or balance sheet ≤ €43 m.
 */
export const SIZE_BAND_LIMITS: readonly SizeBandLimits[] = [
  {
    band: 'micro',
    label: { en: 'micro enterprise', nl: 'micro-onderneming' },
    maxStaffExclusive: 10,
    maxTurnoverEur: 2_000_000,
    maxBalanceSheetEur: 2_000_000,
  },
  {
    band: 'small',
    label: { en: 'small enterprise', nl: 'kleine onderneming' },
    maxStaffExclusive: 50,
    maxTurnoverEur: 10_000_000,
    maxBalanceSheetEur: 10_000_000,
  },
  {
    band: 'medium',
    label: { en: 'medium-sized enterprise', nl: 'middelgrote onderneming' },
    maxStaffExclusive: 250,
    maxTurnoverEur: 50_000_000,
    maxBalanceSheetEur: 43_000_000,
  },
  {
    band: 'large',
    label: { en: 'large enterprise', nl: 'grote onderneming' },
    maxStaffExclusive: null,
    maxTurnoverEur: null,
    maxBalanceSheetEur: null,
  },
];

/** Figures for {@link classifySize}; staff in annual work units, money in euro. */
export type SizeFigures = {
  readonly employees: number;
  readonly turnoverEur?: number | undefined;
  readonly balanceSheetEur?: number | undefined;
};

/**
 * The smallest band whose staff ceiling the company stays under and whose turnover OR balance-sheet
 * ceiling it meets (2003/361/EC, Annex, Art. 2). Without financial figures only staff decides.
 */
export function classifySize(figures: SizeFigures): SizeBand {
  for (const limits of SIZE_BAND_LIMITS) {
    if (limits.maxStaffExclusive === null) return limits.band;
    if (figures.employees >= limits.maxStaffExclusive) continue;
    const hasMoney = figures.turnoverEur !== undefined || figures.balanceSheetEur !== undefined;
    if (!hasMoney) return limits.band;
    const turnoverOk = figures.turnoverEur !== undefined && figures.turnoverEur <= (limits.maxTurnoverEur ?? 0);
    const balanceOk =
      figures.balanceSheetEur !== undefined && figures.balanceSheetEur <= (limits.maxBalanceSheetEur ?? 0);
    if (turnoverOk || balanceOk) return limits.band;
  }
  return 'large';
}

/** The limits record of a band. */
export function sizeBandLimits(band: SizeBand): SizeBandLimits {
  const limits = SIZE_BAND_LIMITS.find((l) => l.band === band);
  if (!limits) throw new Error(`unknown size band ${band}`);
  return limits;
}
