import type { LocalizedText } from '../i18n/locales.js';

/** The answer scale of the self-assessment. */
export const ANSWER_LEVELS = ['not_started', 'partly', 'largely', 'fully', 'not_applicable'] as const;

/** One answer on the scale. */
export type AnswerLevel = (typeof ANSWER_LEVELS)[number];

/**
 * Share of the question's weight an answer earns. Four evenly spaced steps keep the scale easy to apply
 * consistently; `not_applicable` has no value and leaves the question out of the score (MATURITY-METHOD.md).
 */
export const ANSWER_SCALE: Readonly<Record<AnswerLevel, { value: number | null; label: LocalizedText }>> = {
  not_started: { value: 0, label: { en: 'Not started', nl: 'Niet gestart' } },
  partly: { value: 1 / 3, label: { en: 'Partly', nl: 'Gedeeltelijk' } },
  largely: { value: 2 / 3, label: { en: 'Largely', nl: 'Grotendeels' } },
  fully: { value: 1, label: { en: 'Fully', nl: 'Volledig' } },
  not_applicable: { value: null, label: { en: 'Not applicable', nl: 'Niet van toepassing' } },
};
