import type { LocalizedText } from '../i18n/locales.js';

/** The covenant's target: a maturity score of at least 80% by the end of the term. */
export const COVENANT_TARGET = 80;

/** Maturity levels by score band. */
export const MATURITY_LEVELS = ['basic', 'improving', 'established', 'advanced', 'mature'] as const;

/** A maturity level. */
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/**
 * Bands of 20 points as used in the covenant's progress reporting (IRBC metals covenant, annual
 * progress report 2022–2023: basic 0–20%, improving 20–40%, established 40–60%, advanced 60–80%,
 * mature 80–100%). A score on a boundary belongs to the higher band, so 80 is "mature", matching the target.
 */
export const MATURITY_LEVEL_INFO: readonly { level: MaturityLevel; from: number; label: LocalizedText }[] = [
  { level: 'basic', from: 0, label: { en: 'Basic', nl: 'Basis' } },
  { level: 'improving', from: 20, label: { en: 'Improving', nl: 'In ontwikkeling' } },
  { level: 'established', from: 40, label: { en: 'Established', nl: 'Gevestigd' } },
  { level: 'advanced', from: 60, label: { en: 'Advanced', nl: 'Gevorderd' } },
  { level: 'mature', from: 80, label: { en: 'Mature', nl: 'Volwassen' } },
];

/** The level of a score from 0 to 100. */
export function maturityLevel(score: number): MaturityLevel {
  let found: MaturityLevel = 'basic';
  for (const info of MATURITY_LEVEL_INFO) if (score >= info.from) found = info.level;
  return found;
}
