import type { LocalizedText } from '../i18n/locales.js';
import type { ProfileCondition } from './profile-traits.js';

/** A step specific to buyers of scrap and recyclers. */
export type RecyclerStep = {
  readonly id: string;
  readonly when?: ProfileCondition;
  readonly text: LocalizedText;
  readonly source: string;
};

const SECONDARY =
  'IRBC Agreement for the Metals Sector (2019), chapter "Responsible secondary materials supply chains"';

/**
 * Know-your-supplier steps for scrap sources. "It is recycled" is where due diligence usually stops
 * (Roundtable on Responsible Recycling of Metals); these steps make the recycled claim verifiable.
 */
export const RECYCLER_STEPS: readonly RecyclerStep[] = [
  {
    id: 'scrap.identify_suppliers',
    text: {
      en: 'Keep a file per scrap supplier: legal name, registration number, address, ownership, and the licences a scrap dealer needs where it operates.',
      nl: 'Houd per schrootleverancier een dossier bij: juridische naam, inschrijvingsnummer, adres, eigenaren en de vergunningen die een schroothandelaar ter plaatse nodig heeft.',
    },
    source: `OECD minerals DDG 3rd ed., step 1C (know your counterparties); ${SECONDARY}`,
  },
  {
    id: 'scrap.record_origin',
    text: {
      en: 'Record per delivery where the scrap was collected (country), whether it is pre- or post-consumer, and the weight.',
      nl: 'Leg per levering vast waar het schroot is ingezameld (land), of het pre- of post-consumer is, en het gewicht.',
    },
    source:
      'OECD minerals DDG 3rd ed., 3T supplement (verify recycled claims); Regulation (EU) 2017/821, Art. 2 (recycled metals)',
  },
  {
    id: 'scrap.payments',
    text: {
      en: 'Pay by bank transfer rather than in cash, and ask for a signed declaration that the material was obtained legally.',
      nl: 'Betaal per bankoverschrijving in plaats van contant en vraag een ondertekende verklaring dat het materiaal legaal is verkregen.',
    },
    source: 'OECD minerals DDG 3rd ed., gold supplement, red flags for recyclable gold (cash transactions)',
  },
  {
    id: 'scrap.red_flags',
    text: {
      en: 'Screen for red flags: volumes that do not fit the supplier, collection or transit in a high-risk area, and unprocessed ore or by-products sold as scrap.',
      nl: 'Screen op rode vlaggen: volumes die niet bij de leverancier passen, inzameling of doorvoer in een hoog-risicogebied, en onbewerkt erts of bijproducten die als schroot worden verkocht.',
    },
    source: 'OECD minerals DDG 3rd ed., Annex I step 2 and gold supplement (recyclable gold red flags)',
  },
  {
    id: 'scrap.working_conditions',
    text: {
      en: 'Ask how your suppliers collect and sort: informal collection and dismantling carry risks of child labour and unsafe work.',
      nl: 'Vraag hoe uw leveranciers inzamelen en sorteren: informele inzameling en demontage dragen risico’s van kinderarbeid en onveilig werk.',
    },
    source: `OECD RBC DDG 2018, step 2.1; ${SECONDARY} (collective project on child labour in recycling chains)`,
  },
  {
    id: 'scrap.disclose_recycled',
    when: { anyOf: ['handles_3tg'] },
    text: {
      en: 'If you conclude your 3TG comes only from recycled or scrap sources, state that conclusion publicly and describe the due diligence behind it.',
      nl: 'Als u concludeert dat uw 3TG uitsluitend uit gerecyclede bronnen of schroot komt, maak die conclusie dan openbaar en beschrijf de due diligence erachter.',
    },
    source:
      'Regulation (EU) 2017/821, Art. 7 (recycled-only conclusion; placement unverified); OECD minerals DDG 3rd ed., 3T supplement',
  },
];
