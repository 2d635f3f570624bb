import type { LocalizedText } from '../i18n/locales.js';
import type { RiskLevel } from './risk-types.js';

/**
 * Advice by level, following the OECD steps: OECD (2018) RBC Guidance Steps 2–3 and OECD (2016)
 * Minerals Guidance Annex I Steps 2–3 (red flags → enhanced due diligence; risk management plan).
 */
export const LEVEL_ADVICE: Readonly<Record<RiskLevel, LocalizedText>> = {
  low: {
    en: 'Keep to regular due diligence: record the origin and review it yearly (OECD RBC Guidance, Step 2).',
    nl: 'Houd de reguliere gepaste zorgvuldigheid aan: leg de herkomst vast en herzie die jaarlijks (OESO-richtlijn, stap 2).',
  },
  medium: {
    en: 'Ask suppliers for information on this risk and check it against your policy; prioritise by severity and likelihood (OECD RBC Guidance, Steps 2.2–2.4).',
    nl: 'Vraag leveranciers om informatie over dit risico en toets die aan uw beleid; prioriteer op ernst en waarschijnlijkheid (OESO-richtlijn, stap 2.2–2.4).',
  },
  high: {
    en: 'Treat as a red flag: carry out enhanced due diligence on the supply chain, including smelters/refiners, and agree a risk management plan with measurable steps (OECD Minerals Guidance, Annex I Steps 2–3).',
    nl: 'Behandel dit als rode vlag: voer verscherpte gepaste zorgvuldigheid uit in de keten, inclusief smelters/raffinaderijen, en spreek een risicobeheersplan met meetbare stappen af (OESO-mineralenrichtlijn, bijlage I, stap 2–3).',
  },
  very_high: {
    en: 'Enhanced due diligence now and report to senior management. Where there is a reasonable risk of serious abuses or support to non-state armed groups, suspend or end engagement with the supplier immediately (OECD Minerals Guidance, Annex II).',
    nl: 'Voer direct verscherpte gepaste zorgvuldigheid uit en rapporteer aan het hoger management. Bij een redelijk risico op ernstige misstanden of steun aan niet-statelijke gewapende groepen: schort de relatie met de leverancier onmiddellijk op of beëindig die (OESO-mineralenrichtlijn, bijlage II).',
  },
};
