import type { LocalizedText } from '../i18n/locales.js';
import type { ThemeId } from './themes.js';

/** Required response class of the OECD Annex II model policy. */
export type AnnexIIResponse = 'immediate_suspend_or_disengage' | 'mitigate_then_suspend';

/** One Annex II risk category with its required response and paragraph references. */
export type AnnexIIRule = {
  readonly id: string;
  readonly label: LocalizedText;
  readonly response: AnnexIIResponse;
  /** Time limit for measurable improvement before suspension, in months, where the policy sets one. */
  readonly timeLimitMonths: number | null;
  /** Annex II paragraphs (OECD 2016, 3rd ed.). */
  readonly paragraphs: string;
  /** Themes of Assay that map to the category. */
  readonly themes: readonly ThemeId[];
  /** Whether the response was verified against the OECD text (DOMAIN.md §2.2). Paragraph numbers are unverified. */
  readonly verified: boolean;
};

const SOURCE =
  'OECD (2016) Due Diligence Guidance for Responsible Supply Chains of Minerals from CAHRAs, 3rd ed., Annex II';

/** The Annex II response rules as data, for the workflow (DOMAIN.md §2.2; paragraph numbers to confirm). */
export const ANNEX_II_RULES: readonly AnnexIIRule[] = [
  {
    id: 'serious_abuses',
    label: {
      en: 'Serious abuses associated with extraction, transport or trade',
      nl: 'Ernstige misstanden bij winning, transport of handel',
    },
    response: 'immediate_suspend_or_disengage',
    timeLimitMonths: null,
    paragraphs: '§§1–2',
    themes: ['serious_abuses', 'forced_labour', 'child_labour'],
    verified: true,
  },
  {
    id: 'non_state_armed_groups',
    label: {
      en: 'Direct or indirect support to non-state armed groups',
      nl: 'Directe of indirecte steun aan niet-statelijke gewapende groepen',
    },
    response: 'immediate_suspend_or_disengage',
    timeLimitMonths: null,
    paragraphs: '§§3–4',
    themes: ['conflict_security'],
    verified: false,
  },
  {
    id: 'security_forces',
    label: { en: 'Public or private security forces', nl: 'Publieke of private veiligheidstroepen' },
    response: 'mitigate_then_suspend',
    timeLimitMonths: 6,
    paragraphs: '§§5–10',
    themes: ['conflict_security'],
    verified: false,
  },
  {
    id: 'bribery_misrepresentation',
    label: {
      en: 'Bribery and fraudulent misrepresentation of the origin of minerals',
      nl: 'Omkoping en frauduleuze misleiding over de herkomst van mineralen',
    },
    response: 'mitigate_then_suspend',
    timeLimitMonths: null,
    paragraphs: '§§11, 14',
    themes: ['corruption'],
    verified: false,
  },
  {
    id: 'money_laundering',
    label: { en: 'Money laundering', nl: 'Witwassen' },
    response: 'mitigate_then_suspend',
    timeLimitMonths: null,
    paragraphs: '§§12, 14',
    themes: ['corruption'],
    verified: false,
  },
  {
    id: 'taxes_fees_royalties',
    label: {
      en: 'Payment of taxes, fees and royalties due to governments',
      nl: 'Betaling van belastingen, heffingen en royalty’s aan overheden',
    },
    response: 'mitigate_then_suspend',
    timeLimitMonths: null,
    paragraphs: '§§13–14',
    themes: ['corruption'],
    verified: false,
  },
];

/** Citation of {@link ANNEX_II_RULES}. */
export const ANNEX_II_SOURCE = SOURCE;

/** Annex II rules that relate to a theme. */
export function annexIIRulesFor(theme: ThemeId): AnnexIIRule[] {
  return ANNEX_II_RULES.filter((r) => r.themes.includes(theme));
}
