import {
  type CaseOutcomeKind,
  type CaseStatus,
  type GrievanceCategory,
  type GrievanceMessageKey,
  grievanceMessage,
  THEMES,
  type UiLocale,
} from '@assay/core';

/** A category by its risk-theme name (officers think in themes), or the channel's word for `other`. */
export function categoryLabel(category: GrievanceCategory, locale: UiLocale): string {
  return (
    THEMES.find((theme) => theme.id === category)?.label[locale] ??
    grievanceMessage(locale, 'grievances.category.other')
  );
}

/** A status as the reporter also sees it, so officers know what the reporter reads. */
export function statusLabel(status: CaseStatus, locale: UiLocale): string {
  return grievanceMessage(locale, `grievances.status.${status}` as GrievanceMessageKey);
}

export function outcomeLabel(outcome: CaseOutcomeKind, locale: UiLocale): string {
  return grievanceMessage(locale, `grievances.outcome.${outcome}` as GrievanceMessageKey);
}

/** A moment for officers: date and time, in UTC as stored. */
export function formatMoment(iso: string, locale: UiLocale): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;
}

export function formatDay(iso: string, locale: UiLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}
