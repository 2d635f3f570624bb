import {
  type AnnexIIResponse,
  datasets,
  type RiskLevel,
  type Translate,
  UI_MESSAGES_EN,
  type UiLocale,
  type UiMessageKey,
} from '@assay/core';

/** The level in words ("Very high"). */
export function levelLabel(t: Translate, level: RiskLevel): string {
  return t(`risk.level.${level}`);
}

/** The name of an explanation indicator; the id itself for one the catalogue does not know. */
export function indicatorLabel(t: Translate, indicator: string): string {
  const key = `risk.indicator.${indicator}`;
  return key in UI_MESSAGES_EN ? t(key as UiMessageKey) : indicator;
}

/** The Annex II response in words. */
export function annexResponseLabel(t: Translate, response: AnnexIIResponse): string {
  return t(`risk.annex.${response}`);
}

/** A dataset's title in the UI language, or "Assay risk method" for the method's own constants. */
export function datasetLabel(t: Translate, locale: UiLocale, id: string): string {
  const info = datasets.find((d) => d.id === id);
  return info ? info.title[locale] : t('risk.dataset.method');
}

/** An explanation value as text: numbers in the locale, booleans in words, null as a dash. */
export function valueText(t: Translate, locale: UiLocale, value: number | string | boolean | null): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? t('risk.value.yes') : t('risk.value.no');
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  return value;
}

/** A number with at most one decimal in the locale. */
export function points(locale: UiLocale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
