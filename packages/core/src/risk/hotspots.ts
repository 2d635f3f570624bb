import type { MetalFamily } from './material-types.js';
import type { ThemeId } from './themes.js';

/**
 * A documented hotspot: for primary forms of these families from this country, the theme's score is
 * raised to at least `floor` and the explanation says so (cited override). Sources: DOMAIN.md §7.
 */
export type Hotspot = {
  readonly id: string;
  readonly families: readonly MetalFamily[];
  readonly iso2: string;
  readonly theme: ThemeId;
  readonly floor: number;
  readonly source: string;
  /** False when the claim is from secondary reporting not checked against the primary report. */
  readonly verified: boolean;
};

/** The cited overrides of the method (docs/RISK-METHOD.md §Hotspots). */
export const HOTSPOTS: readonly Hotspot[] = [
  {
    id: 'drc-cobalt-child-labour',
    families: ['cobalt'],
    iso2: 'CD',
    theme: 'child_labour',
    floor: 90,
    source:
      'Amnesty International & Afrewatch, "This is what we die for" (Jan 2016): children as young as 7 in artisanal cobalt mining',
    verified: true,
  },
  {
    id: 'drc-cobalt-safety',
    families: ['cobalt'],
    iso2: 'CD',
    theme: 'health_safety',
    floor: 85,
    source: 'Amnesty International & Afrewatch (Jan 2016): ≥80 artisanal miners died underground Sept 2014–Dec 2015',
    verified: true,
  },
  {
    id: 'drc-kolwezi-evictions',
    families: ['cobalt', 'copper'],
    iso2: 'CD',
    theme: 'serious_abuses',
    floor: 75,
    source:
      'Amnesty International & IBGDH, "Powering Change or Business as Usual?" (Sept 2023): forced evictions around Kolwezi',
    verified: true,
  },
  {
    id: 'drc-3t-conflict',
    families: ['tin', 'tantalum', 'tungsten', 'gold'],
    iso2: 'CD',
    theme: 'conflict_security',
    floor: 90,
    source:
      'UN Group of Experts on the DRC (2024): M23 control of Rubaya; contamination of 3T supply chains in the Great Lakes region',
    verified: true,
  },
  {
    id: 'rwanda-3t-laundering',
    families: ['tin', 'tantalum', 'tungsten'],
    iso2: 'RW',
    theme: 'conflict_security',
    floor: 75,
    source: 'UN Group of Experts on the DRC (2024): coltan from Rubaya shipped to Rwanda and mixed with Rwandan output',
    verified: true,
  },
  {
    id: 'myanmar-wa-tin',
    families: ['tin'],
    iso2: 'MM',
    theme: 'conflict_security',
    floor: 85,
    source:
      'United Wa State Army controls ~70 % of Myanmar tin ore, Man Maw (Reuters/ITA via myanmar-now.org, irrawaddy.com)',
    verified: true,
  },
  {
    id: 'indonesia-bangka-tin-safety',
    families: ['tin'],
    iso2: 'ID',
    theme: 'health_safety',
    floor: 80,
    source: 'Bangka-Belitung: ≈1 fatal accident a week, ~60 buried a year (SCMP, Caravan, The Star, Tempo 2024)',
    verified: true,
  },
  {
    id: 'indonesia-bangka-tin-environment',
    families: ['tin'],
    iso2: 'ID',
    theme: 'environment',
    floor: 75,
    source: 'Bangka-Belitung on- and offshore tin mining (SCMP, Tempo 2024)',
    verified: true,
  },
  {
    id: 'indonesia-nickel-environment',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'environment',
    floor: 80,
    source:
      'Climate Rights International, "Nickel Unearthed" (Jan 2024) and "Ongoing Harms" (June 2025): IWIP, Halmahera',
    verified: true,
  },
  {
    id: 'indonesia-nickel-land',
    families: ['nickel'],
    iso2: 'ID',
    theme: 'serious_abuses',
    floor: 60,
    source: 'Climate Rights International (Jan 2024): land grabbing without FPIC, police and military involvement',
    verified: true,
  },
  {
    id: 'chile-lithium-water',
    families: ['lithium'],
    iso2: 'CL',
    theme: 'environment',
    floor: 60,
    source: 'EJAtlas; GfbV: water depletion in the Salar de Atacama; Lickanantay consultation disputes',
    verified: true,
  },
  {
    id: 'argentina-lithium-water',
    families: ['lithium'],
    iso2: 'AR',
    theme: 'environment',
    floor: 60,
    source: 'EJAtlas; GfbV: Salar del Hombre Muerto; Colla consultation disputes',
    verified: true,
  },
  {
    id: 'guinea-bauxite',
    families: ['aluminium'],
    iso2: 'GN',
    theme: 'environment',
    floor: 70,
    source: 'Human Rights Watch, "What Do We Get Out of It?" (Oct 2018): Boké',
    verified: true,
  },
  {
    id: 'guinea-bauxite-land',
    families: ['aluminium'],
    iso2: 'GN',
    theme: 'serious_abuses',
    floor: 55,
    source: 'Human Rights Watch (Oct 2018): lost farmland, inadequate resettlement in Boké',
    verified: true,
  },
  {
    id: 'china-aluminium-xinjiang',
    families: ['aluminium'],
    iso2: 'CN',
    theme: 'forced_labour',
    floor: 75,
    source: 'US DHS, UFLPA high-priority enforcement sector: aluminium (2024), Xinjiang forced labour',
    verified: true,
  },
  {
    id: 'china-uflpa-2025',
    families: ['iron_steel', 'lithium', 'copper'],
    iso2: 'CN',
    theme: 'forced_labour',
    floor: 50,
    source: 'US DHS, UFLPA strategy 2025: steel, lithium and copper added as high-priority sectors',
    verified: true,
  },
  {
    id: 'brazil-tailings',
    families: ['iron_steel'],
    iso2: 'BR',
    theme: 'health_safety',
    floor: 70,
    source: 'Brumadinho (Vale, 25 Jan 2019, ~270 dead); Mariana/Fundão (Samarco, Nov 2015, 19 dead)',
    verified: true,
  },
  {
    id: 'brazil-tailings-environment',
    families: ['iron_steel'],
    iso2: 'BR',
    theme: 'environment',
    floor: 75,
    source: 'Brumadinho (2019) and Mariana/Fundão (2015) tailings dam failures',
    verified: true,
  },
  {
    id: 'zambia-kabwe',
    families: ['lead', 'zinc'],
    iso2: 'ZM',
    theme: 'environment',
    floor: 80,
    source: 'Human Rights Watch, "We Have to Be Worried" (Aug 2019): Kabwe, > 76 000 people in contaminated townships',
    verified: true,
  },
  {
    id: 'zambia-kabwe-health',
    families: ['lead', 'zinc'],
    iso2: 'ZM',
    theme: 'health_safety',
    floor: 75,
    source: 'Human Rights Watch (Aug 2019): about half of Kabwe children need blood-lead treatment',
    verified: true,
  },
  {
    id: 'china-graphite-pollution',
    families: ['graphite'],
    iso2: 'CN',
    theme: 'environment',
    floor: 65,
    source: 'Washington Post (Oct 2016): Heilongjiang/Shandong graphite dust, undrinkable well water',
    verified: true,
  },
  {
    id: 'mozambique-balama',
    families: ['graphite'],
    iso2: 'MZ',
    theme: 'serious_abuses',
    floor: 55,
    source: 'SOMO (2023); Carta de Moçambique (2022): loss of land and livelihoods at Balama, Cabo Delgado',
    verified: true,
  },
  {
    id: 'india-mica-children',
    families: ['mica'],
    iso2: 'IN',
    theme: 'child_labour',
    floor: 90,
    source: 'SOMO & Terre des Hommes (2016): ≥20 000 children in the mica mines of Jharkhand and Bihar',
    verified: true,
  },
  {
    id: 'madagascar-mica-children',
    families: ['mica'],
    iso2: 'MG',
    theme: 'child_labour',
    floor: 85,
    source: 'SOMO & Terre des Hommes (2019): child labour in Madagascar’s mica sector',
    verified: true,
  },
  {
    id: 'myanmar-rare-earths',
    families: ['rare_earths'],
    iso2: 'MM',
    theme: 'environment',
    floor: 90,
    source: 'Global Witness (2022, 2024): > 2 700 leaching pools at ~300 sites in Kachin State',
    verified: true,
  },
  {
    id: 'myanmar-rare-earths-militia',
    families: ['rare_earths'],
    iso2: 'MM',
    theme: 'conflict_security',
    floor: 85,
    source: 'Global Witness (2022, 2024): militias aligned with the junta and KIO areas financed by rare-earth mining',
    verified: true,
  },
  {
    id: 'south-africa-marikana',
    families: ['pgm'],
    iso2: 'ZA',
    theme: 'freedom_of_association',
    floor: 60,
    source: 'Marikana (Lonmin, 16 Aug 2012): police killed 34 mineworkers striking for a living wage',
    verified: true,
  },
  {
    id: 'drc-cobalt-un-children-estimate',
    families: ['cobalt'],
    iso2: 'CD',
    theme: 'child_labour',
    floor: 90,
    source: 'UNICEF (2014) estimate of ~40 000 children in southern DRC mines (attribution unverified)',
    verified: false,
  },
];

const byKey = new Map<string, Hotspot[]>();
for (const h of HOTSPOTS) {
  for (const family of h.families) {
    const key = `${family}|${h.iso2}|${h.theme}`;
    byKey.set(key, [...(byKey.get(key) ?? []), h]);
  }
}

/** Hotspots that apply to a family in a country for a theme. */
export function hotspotsFor(family: MetalFamily, iso2: string, theme: ThemeId): readonly Hotspot[] {
  return byKey.get(`${family}|${iso2}|${theme}`) ?? [];
}
