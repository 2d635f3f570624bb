import type { LocalizedText } from '../i18n/locales.js';

/**
 * Risk themes, aligned with OECD Due Diligence Guidance for Responsible Supply Chains of Minerals
 * from Conflict-Affected and High-Risk Areas (3rd ed., 2016), Annex II, and the themes of the
 * Dutch CSR Risk Check (MVO Risico Checker), covering the 13 risks of the metals covenant's Due Diligence
 * Risk Matrix (`COVENANT_MATRIX_RISKS`). Theme ids are stable: stored data refers to them; new themes
 * go after the older ones of their group so ties keep their order.
 */
export const THEME_GROUPS = [
  { id: 'human_rights', label: { en: 'Human rights and conflict', nl: 'Mensenrechten en conflict' } },
  { id: 'labour', label: { en: 'Labour', nl: 'Arbeid' } },
  { id: 'environment', label: { en: 'Environment and biodiversity', nl: 'Milieu en biodiversiteit' } },
  { id: 'governance', label: { en: 'Corruption and fair business', nl: 'Corruptie en eerlijk zakendoen' } },
] as const satisfies readonly { id: string; label: LocalizedText }[];

export type ThemeGroupId = (typeof THEME_GROUPS)[number]['id'];

export const THEMES = [
  {
    id: 'conflict_security',
    group: 'human_rights',
    label: {
      en: 'Conflict, armed groups and security forces',
      nl: 'Conflict, gewapende groepen en veiligheidstroepen',
    },
  },
  {
    id: 'serious_abuses',
    group: 'human_rights',
    label: { en: 'Serious human rights abuses', nl: 'Ernstige mensenrechtenschendingen' },
  },
  {
    id: 'land_rights',
    group: 'human_rights',
    label: { en: 'Land tenure and land rights', nl: 'Grondbezit en landrechten' },
  },
  { id: 'child_labour', group: 'labour', label: { en: 'Child labour', nl: 'Kinderarbeid' } },
  { id: 'forced_labour', group: 'labour', label: { en: 'Forced labour', nl: 'Dwangarbeid' } },
  { id: 'health_safety', group: 'labour', label: { en: 'Health and safety', nl: 'Gezondheid en veiligheid' } },
  {
    id: 'freedom_of_association',
    group: 'labour',
    label: { en: 'Freedom of association and collective bargaining', nl: 'Vrijheid van vakvereniging en cao-overleg' },
  },
  {
    id: 'labour_rights',
    group: 'labour',
    label: { en: 'Labour rights and fair wages', nl: 'Arbeidsrechten en eerlijke lonen' },
  },
  {
    id: 'discrimination',
    group: 'labour',
    label: { en: 'Discrimination and gender', nl: 'Discriminatie en gender' },
  },
  {
    id: 'environment',
    group: 'environment',
    label: { en: 'Pollution and environmental damage', nl: 'Vervuiling en milieuschade' },
  },
  {
    id: 'water',
    group: 'environment',
    label: { en: 'Water use and water availability', nl: 'Watergebruik en beschikbaarheid van water' },
  },
  {
    id: 'biodiversity',
    group: 'environment',
    label: { en: 'Biodiversity, ecosystems and deforestation', nl: 'Biodiversiteit, ecosystemen en ontbossing' },
  },
  {
    id: 'corruption',
    group: 'governance',
    label: { en: 'Bribery, corruption and money laundering', nl: 'Omkoping, corruptie en witwassen' },
  },
] as const satisfies readonly { id: string; group: ThemeGroupId; label: LocalizedText }[];

export type ThemeId = (typeof THEMES)[number]['id'];
