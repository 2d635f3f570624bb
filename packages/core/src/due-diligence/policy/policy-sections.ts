import type { PolicySectionTemplate } from './policy-section.js';

/**
 * The model responsible-sourcing policy, written for Assay. It follows the elements of a policy in
 * OECD RBC DDG 2018, step 1.1, and the commitments of the model supply chain policy in Annex II of the
 * OECD minerals guidance (3rd ed.). Placeholders: {company}, {size}, {positions}, {materials},
 * {grievanceUrl}.
 */
export const POLICY_SECTIONS: readonly PolicySectionTemplate[] = [
  {
    id: 'purpose',
    title: { en: 'Purpose and scope', nl: 'Doel en reikwijdte' },
    blocks: [
      {
        p: {
          en: '{company} is a {size} working in {positions}. We buy and process {materials}. This policy sets out how we respect people and the environment in our own operations and throughout our supply chain, from the mine or scrap yard to our customers.',
          nl: '{company} is een {size} actief in {positions}. Wij kopen en verwerken {materials}. Dit beleid beschrijft hoe wij mens en milieu respecteren in ons eigen bedrijf en in onze hele keten, van de mijn of schroothandel tot onze klanten.',
        },
      },
      {
        p: {
          en: 'The policy applies to all our staff and to every supplier and business partner that delivers materials, products or services to us.',
          nl: 'Het beleid geldt voor al onze medewerkers en voor elke leverancier en zakenpartner die ons materialen, producten of diensten levert.',
        },
      },
    ],
    source: 'OECD RBC DDG 2018, step 1.1',
  },
  {
    id: 'commitment',
    title: { en: 'Our commitment', nl: 'Onze toezegging' },
    blocks: [
      {
        p: {
          en: 'We commit to the OECD Guidelines for Multinational Enterprises and the UN Guiding Principles on Business and Human Rights. We carry out due diligence in line with the OECD Due Diligence Guidance for Responsible Business Conduct and, for minerals, the OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas.',
          nl: 'Wij onderschrijven de OESO-richtlijnen voor multinationale ondernemingen en de VN-richtlijnen voor bedrijfsleven en mensenrechten. Wij passen due diligence toe volgens de OESO-richtlijn voor due diligence voor maatschappelijk verantwoord ondernemen en, voor mineralen, de OESO-richtlijn voor verantwoorde mineralenketens uit conflict- en hoog-risicogebieden.',
        },
      },
      {
        p: {
          en: 'We focus first on the most severe risks, and we do what fits our size and our position in the chain.',
          nl: 'Wij richten ons eerst op de ernstigste risico’s en doen wat past bij onze omvang en onze positie in de keten.',
        },
      },
    ],
    source: 'OECD RBC DDG 2018, step 1.1 and characteristics of due diligence (risk-based, commensurate)',
  },
  {
    id: 'people',
    title: { en: 'Human rights and working conditions', nl: 'Mensenrechten en arbeidsomstandigheden' },
    blocks: [
      {
        p: {
          en: 'We do not accept, in our own operations or in our supply chain:',
          nl: 'Wij accepteren niet, in ons eigen bedrijf of in onze keten:',
        },
      },
      {
        ul: [
          {
            en: 'child labour, and in particular its worst forms;',
            nl: 'kinderarbeid, en in het bijzonder de ergste vormen daarvan;',
          },
          { en: 'forced or compulsory labour and human trafficking;', nl: 'dwangarbeid en mensenhandel;' },
          { en: 'discrimination at work;', nl: 'discriminatie op het werk;' },
          {
            en: 'obstruction of workers’ freedom of association and collective bargaining;',
            nl: 'belemmering van de vrijheid van vakvereniging en collectief onderhandelen;',
          },
          {
            en: 'unsafe or unhealthy working conditions, or wages that do not meet basic needs.',
            nl: 'onveilige of ongezonde arbeidsomstandigheden, of lonen die niet in basisbehoeften voorzien.',
          },
        ],
      },
      {
        p: {
          en: 'We respect the rights of local communities, including their land and water, and we expect our suppliers to do the same.',
          nl: 'Wij respecteren de rechten van lokale gemeenschappen, waaronder hun land en water, en verwachten dat onze leveranciers dat ook doen.',
        },
      },
    ],
    source: 'OECD Guidelines for MNEs, chapters IV–V; ILO Declaration on Fundamental Principles and Rights at Work',
  },
  {
    id: 'environment',
    title: { en: 'Environment', nl: 'Milieu' },
    blocks: [
      {
        p: {
          en: 'We work to prevent pollution of soil, water and air, to use water and energy carefully, and to protect biodiversity. We expect suppliers to comply with environmental law and to reduce their impact, including the use of mercury in mining.',
          nl: 'Wij werken aan het voorkomen van vervuiling van bodem, water en lucht, gaan zorgvuldig om met water en energie, en beschermen de biodiversiteit. Wij verwachten dat leveranciers zich aan milieuwetgeving houden en hun impact verminderen, ook het gebruik van kwik in de mijnbouw.',
        },
      },
    ],
    source: 'OECD Guidelines for MNEs, chapter VI; Minamata Convention on Mercury',
  },
  {
    id: 'integrity',
    title: { en: 'Business integrity', nl: 'Integer zakendoen' },
    blocks: [
      {
        p: {
          en: 'We do not offer, promise, give or ask for bribes, and we do not conceal or misrepresent where our materials come from. We support efforts against money laundering and expect taxes, fees and royalties to be paid to governments.',
          nl: 'Wij bieden, beloven, geven of vragen geen steekpenningen en verhullen of verdraaien niet waar onze materialen vandaan komen. Wij steunen de aanpak van witwassen en verwachten dat belastingen, heffingen en royalty’s aan overheden worden betaald.',
        },
      },
    ],
    source:
      'OECD Guidelines for MNEs, chapter VII; OECD minerals DDG 3rd ed., Annex II (bribery, money laundering, taxes)',
  },
  {
    id: 'minerals',
    title: {
      en: 'Minerals from conflict-affected and high-risk areas',
      nl: 'Mineralen uit conflict- en hoog-risicogebieden',
    },
    when: { anyOf: ['handles_3tg', 'handles_cobalt_or_mica', 'smelter_refiner', 'upstream'] },
    blocks: [
      {
        p: {
          en: 'We adopt the commitments of the model supply chain policy in Annex II of the OECD minerals guidance. In particular:',
          nl: 'Wij nemen de toezeggingen over van het modelbeleid in bijlage II van de OESO-mineralenrichtlijn. In het bijzonder:',
        },
      },
      {
        ul: [
          {
            en: 'we will neither tolerate nor profit from torture, forced labour, the worst forms of child labour, other gross human-rights abuses, or war crimes, and we immediately suspend or end engagement with suppliers where there is a reasonable risk that they are linked to them;',
            nl: 'wij tolereren noch profiteren van marteling, dwangarbeid, de ergste vormen van kinderarbeid, andere grove mensenrechtenschendingen of oorlogsmisdaden, en schorten de relatie met leveranciers onmiddellijk op of beëindigen die als er een redelijk risico is dat zij daarmee verbonden zijn;',
          },
          {
            en: 'we give no direct or indirect support to non-state armed groups, and we immediately suspend or end engagement with suppliers that do;',
            nl: 'wij geven geen directe of indirecte steun aan niet-statelijke gewapende groepen, en schorten de relatie met leveranciers die dat wel doen onmiddellijk op of beëindigen die;',
          },
          {
            en: 'we work to end direct or indirect support to public or private security forces that act illegally, and we apply a risk management plan that can lead to suspension when it does not bring improvement;',
            nl: 'wij werken eraan directe of indirecte steun aan publieke of private veiligheidstroepen die onrechtmatig handelen te beëindigen, en passen een risicobeheersplan toe dat tot opschorting kan leiden als het geen verbetering brengt;',
          },
          {
            en: 'for bribery, misrepresentation of origin, money laundering and unpaid taxes we first work with suppliers on measurable improvement, and suspend or end the relationship when that fails.',
            nl: 'bij omkoping, onjuiste herkomstopgave, witwassen en onbetaalde belastingen werken wij eerst met leveranciers aan meetbare verbetering, en schorten de relatie op of beëindigen die als dat niet lukt.',
          },
        ],
      },
      {
        p: {
          en: 'We keep records that let us trace our minerals back to the smelter or refiner and, where possible, to the country of origin.',
          nl: 'Wij houden gegevens bij waarmee wij onze mineralen kunnen terugvolgen tot de smelter of raffinaderij en waar mogelijk tot het land van herkomst.',
        },
      },
    ],
    source: 'OECD minerals DDG 3rd ed., step 1A and 1C, Annex II',
  },
  {
    id: 'secondary_materials',
    title: { en: 'Scrap and recycled materials', nl: 'Schroot en gerecyclede materialen' },
    when: { anyOf: ['handles_scrap', 'recycler'] },
    blocks: [
      {
        p: {
          en: 'Recycled material is part of a responsible chain only when its origin is clear. We know who our scrap suppliers are, record where material was collected, pay by bank transfer, and watch for material that does not fit the supplier or is presented as scrap while it is not. We expect scrap suppliers to offer safe work without child labour.',
          nl: 'Gerecycled materiaal hoort alleen bij een verantwoorde keten als de herkomst duidelijk is. Wij kennen onze schrootleveranciers, leggen vast waar materiaal is ingezameld, betalen per bankoverschrijving en letten op materiaal dat niet bij de leverancier past of als schroot wordt aangeboden terwijl het dat niet is. Wij verwachten dat schrootleveranciers veilig werk bieden zonder kinderarbeid.',
        },
      },
    ],
    source:
      'IRBC Agreement for the Metals Sector (2019), chapter "Responsible secondary materials supply chains"; OECD minerals DDG 3rd ed., gold supplement',
  },
  {
    id: 'due_diligence',
    title: { en: 'How we carry out due diligence', nl: 'Hoe wij due diligence uitvoeren' },
    blocks: [
      {
        ul: [
          {
            en: 'We map the risks in our operations and supply chain and set priorities by severity and likelihood.',
            nl: 'Wij brengen de risico’s in ons bedrijf en onze keten in kaart en stellen prioriteiten op basis van ernst en waarschijnlijkheid.',
          },
          {
            en: 'We act on priority risks with an action plan, and use our leverage before we consider ending a relationship.',
            nl: 'Wij pakken prioritaire risico’s aan met een actieplan en gebruiken onze invloed voordat wij overwegen een relatie te beëindigen.',
          },
          {
            en: 'We check at least once a year whether our actions work.',
            nl: 'Wij controleren minstens één keer per jaar of onze acties werken.',
          },
          {
            en: 'We report publicly every year on what we found and did.',
            nl: 'Wij rapporteren elk jaar openbaar over wat wij vonden en deden.',
          },
          {
            en: 'Where we caused or contributed to harm, we provide for or cooperate in remedy.',
            nl: 'Waar wij schade veroorzaakten of eraan bijdroegen, bieden wij herstel of werken wij daaraan mee.',
          },
        ],
      },
    ],
    source: 'OECD RBC DDG 2018, steps 2–6',
  },
  {
    id: 'suppliers',
    title: { en: 'What we expect from suppliers', nl: 'Wat wij van leveranciers verwachten' },
    blocks: [
      {
        p: {
          en: 'We share this policy with our suppliers and include it in our agreements. We expect suppliers to adopt comparable commitments, to pass them on to their own suppliers, to give us the information we need to trace materials (for example an RMI reporting template), and to work with us on improvements. We support suppliers that want to improve, and we end a relationship only as a last resort, after weighing the consequences of doing so.',
          nl: 'Wij delen dit beleid met onze leveranciers en nemen het op in onze afspraken. Wij verwachten dat leveranciers vergelijkbare toezeggingen doen, die doorgeven aan hun eigen leveranciers, ons de informatie geven die nodig is om materialen te herleiden (bijvoorbeeld een RMI-rapportagetemplate), en met ons aan verbeteringen werken. Wij steunen leveranciers die willen verbeteren, en beëindigen een relatie alleen als laatste middel, na afweging van de gevolgen daarvan.',
        },
      },
    ],
    source: 'OECD RBC DDG 2018, step 1.4 and 3.2; OECD minerals DDG 3rd ed., step 1D',
  },
  {
    id: 'grievances',
    title: { en: 'Raising concerns', nl: 'Zorgen melden' },
    blocks: [
      {
        p: {
          en: 'Anyone, inside or outside our company, can raise a concern about our operations or our supply chain at {grievanceUrl}, if they wish anonymously. We handle every concern confidentially and do not accept retaliation against anyone who raises one in good faith.',
          nl: 'Iedereen, binnen of buiten ons bedrijf, kan een zorg over ons bedrijf of onze keten melden via {grievanceUrl}, desgewenst anoniem. Wij behandelen elke melding vertrouwelijk en accepteren geen represailles tegen wie te goeder trouw meldt.',
        },
      },
    ],
    source: 'OECD RBC DDG 2018, step 6.2; OECD minerals DDG 3rd ed., step 1E',
  },
  {
    id: 'governance',
    title: { en: 'Responsibility and review', nl: 'Verantwoordelijkheid en herziening' },
    blocks: [
      {
        p: {
          en: 'Our management board is responsible for this policy and has appointed a senior manager to carry it out. We review the policy at least once a year and after major changes in our business or supply chain.',
          nl: 'Onze directie is verantwoordelijk voor dit beleid en heeft een senior manager aangewezen om het uit te voeren. Wij herzien het beleid minstens één keer per jaar en na grote veranderingen in ons bedrijf of onze keten.',
        },
      },
    ],
    source: 'OECD RBC DDG 2018, step 1.2–1.3; OECD minerals DDG 3rd ed., step 1B',
  },
];
