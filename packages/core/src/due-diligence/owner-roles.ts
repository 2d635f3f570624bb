import type { LocalizedText } from '../i18n/locales.js';

/** Placeholder owners of goals and actions; the company replaces them with names. */
export const OWNER_ROLES = [
  'management',
  'due_diligence_lead',
  'purchasing',
  'quality_compliance',
  'hr',
  'communications',
] as const;

/** A role that owns a goal or an action. */
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** Display names of the owner roles. */
export const OWNER_ROLE_LABELS: Readonly<Record<OwnerRole, LocalizedText>> = {
  management: { en: 'Management board', nl: 'Directie' },
  due_diligence_lead: { en: 'Due-diligence lead', nl: 'Coördinator due diligence' },
  purchasing: { en: 'Purchasing', nl: 'Inkoop' },
  quality_compliance: { en: 'Quality and compliance', nl: 'Kwaliteit en compliance' },
  hr: { en: 'Human resources', nl: 'Personeelszaken' },
  communications: { en: 'Communications', nl: 'Communicatie' },
};
