import type { LocalizedText } from '../i18n/locales.js';

/** One importer obligation of Regulation (EU) 2017/821, as a checklist item. */
export type Obligation = {
  readonly id: string;
  /** Article of Regulation (EU) 2017/821. */
  readonly article: string;
  readonly text: LocalizedText;
  /** False: the wording is a paraphrase not yet checked against the OJ text (DOMAIN.md §3.3 ⚠). */
  readonly verified: boolean;
  /** When the item applies: always for an in-scope importer, or only in the named situation. */
  readonly when: 'in_scope' | 'minerals' | 'metals' | 'cahra_origin' | 'recycled';
};

/** Checklist of Arts. 4–7 (EU 2017/821); article subjects confirmed, item wording paraphrased (DOMAIN.md §3.3). */
export const OBLIGATIONS: readonly Obligation[] = [
  {
    id: 'policy',
    article: 'Art. 4(a)–(b)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Adopt and communicate a supply chain policy consistent with the OECD model policy (Annex II).',
      nl: 'Stel een ketenbeleid op in lijn met het OESO-modelbeleid (bijlage II) en communiceer het aan leveranciers en publiek.',
    },
  },
  {
    id: 'management',
    article: 'Art. 4(c)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Give senior management responsibility for supply chain due diligence.',
      nl: 'Beleg de verantwoordelijkheid voor gepaste zorgvuldigheid bij het hoger management.',
    },
  },
  {
    id: 'suppliers',
    article: 'Art. 4(d)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Strengthen engagement with suppliers and build the policy into contracts.',
      nl: 'Versterk de samenwerking met leveranciers en neem het beleid op in contracten.',
    },
  },
  {
    id: 'grievance',
    article: 'Art. 4(e)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Set up a grievance mechanism as an early-warning system.',
      nl: 'Richt een klachtenmechanisme in als systeem voor vroegtijdige waarschuwing.',
    },
  },
  {
    id: 'records-minerals',
    article: 'Art. 4(f)',
    when: 'minerals',
    verified: false,
    text: {
      en: 'Keep chain-of-custody records for minerals: trade name and type, supplier, country of origin, quantities and dates of extraction.',
      nl: 'Houd traceerbaarheidsgegevens bij voor mineralen: handelsnaam en type, leverancier, land van herkomst, hoeveelheden en data van winning.',
    },
  },
  {
    id: 'records-cahra',
    article: 'Art. 4(f)',
    when: 'cahra_origin',
    verified: false,
    text: {
      en: 'For minerals from a CAHRA, also record the mine of origin, where they were consolidated, traded and processed, and taxes, fees and royalties paid.',
      nl: 'Registreer voor mineralen uit een CAHRA ook de mijn van herkomst, de plaatsen van samenvoeging, handel en verwerking, en betaalde belastingen, heffingen en royalty’s.',
    },
  },
  {
    id: 'records-metals',
    article: 'Art. 4(g)',
    when: 'metals',
    verified: false,
    text: {
      en: 'Keep records for metals: supplier and the smelters and refiners in the chain; without their audit reports, the countries of origin of the minerals.',
      nl: 'Houd voor metalen bij: leverancier en de smelters en raffinaderijen in de keten; zonder hun auditrapporten de landen van herkomst van de mineralen.',
    },
  },
  {
    id: 'risk-identify',
    article: 'Art. 5(1)(a)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Identify and assess the risks of adverse impacts in the supply chain against the policy.',
      nl: 'Breng de risico’s op negatieve effecten in de keten in kaart en beoordeel ze aan de hand van het beleid.',
    },
  },
  {
    id: 'risk-strategy',
    article: 'Art. 5(1)(b)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Report to senior management and respond: continue with measurable mitigation, suspend temporarily, or disengage (OECD Annex II).',
      nl: 'Rapporteer aan het hoger management en reageer: doorgaan met meetbare risicobeperking, tijdelijk opschorten of beëindigen (OESO bijlage II).',
    },
  },
  {
    id: 'audit',
    article: 'Art. 6',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Have an independent third-party audit of the due diligence carried out.',
      nl: 'Laat de gepaste zorgvuldigheid door een onafhankelijke derde auditen.',
    },
  },
  {
    id: 'audit-exemption',
    article: 'Art. 6(2)',
    when: 'metals',
    verified: false,
    text: {
      en: 'For metal imports (Annex I Part B) only: no third-party audit is needed if you give substantiated evidence, including audit reports, that all smelters and refiners in your chain comply (e.g. are on the list of global responsible smelters and refiners, Art. 9). Mineral imports (Part A) are never exempt.',
      nl: 'Alleen voor de import van metalen (bijlage I, deel B): geen audit door een derde nodig als u met onderbouwd bewijs, waaronder auditrapporten, aantoont dat alle smelters en raffinaderijen in uw keten voldoen (bijv. op de lijst van verantwoordelijke smelters en raffinaderijen, art. 9). Voor de import van mineralen (deel A) geldt deze vrijstelling nooit.',
    },
  },
  {
    id: 'disclose-authority',
    article: 'Art. 7(1)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Make the audit reports, or evidence of a recognised scheme, available to the competent authority (NL: ILT).',
      nl: 'Stel de auditrapporten of het bewijs van een erkende regeling beschikbaar aan de bevoegde autoriteit (NL: ILT).',
    },
  },
  {
    id: 'disclose-customers',
    article: 'Art. 7(2)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Give immediate downstream purchasers the due-diligence information, with regard to business confidentiality.',
      nl: 'Geef directe afnemers de informatie over de gepaste zorgvuldigheid, met inachtneming van bedrijfsvertrouwelijkheid.',
    },
  },
  {
    id: 'disclose-public',
    article: 'Art. 7(3)',
    when: 'in_scope',
    verified: false,
    text: {
      en: 'Publish annually, online, the due-diligence policies and practices.',
      nl: 'Publiceer jaarlijks online het beleid en de praktijk van de gepaste zorgvuldigheid.',
    },
  },
  {
    id: 'recycled-disclosure',
    article: 'Art. 7',
    when: 'recycled',
    verified: false,
    text: {
      en: 'If you conclude that metals come only from recycled or scrap sources, disclose that conclusion and the due diligence behind it.',
      nl: 'Concludeert u dat metalen alleen uit gerecyclede bronnen of schroot komen, maak die conclusie en de onderbouwing openbaar.',
    },
  },
];
