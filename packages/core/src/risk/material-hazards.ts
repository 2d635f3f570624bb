import type { MaterialForm, MetalFamily } from './material-types.js';
import type { ThemeId } from './themes.js';

/** Inherent hazard points (0–100) of a material for a theme, with the documented reason. */
export type Hazard = { readonly points: number; readonly source: string };

type Profile = Readonly<Record<ThemeId, number>>;

/**
 * Baseline for mined (primary) materials. Method choice: mining is a hazardous sector for workers and
 * the environment (ILO Safety and Health in Mines Convention, 1995 (No. 176), preamble), so health and
 * safety and environment start higher than the social themes. docs/RISK-METHOD.md §Hazards.
 */
export const PRIMARY_BASELINE: Profile = {
  conflict_security: 20,
  serious_abuses: 20,
  child_labour: 20,
  forced_labour: 20,
  health_safety: 50,
  freedom_of_association: 20,
  environment: 50,
  corruption: 30,
  // 2026.2: mines take land and water and clear habitat (method choice, docs/RISK-METHOD.md §Hazards).
  land_rights: 40,
  labour_rights: 30,
  discrimination: 20,
  water: 40,
  biodiversity: 40,
};

/**
 * Baseline for secondary materials (scrap, recycled). Informal collection and recycling carry
 * health, environment and child-labour risks (IRBC Agreement for the Metals Sector, collective
 * project on child labour in the metals-recycling chain in India, DOMAIN.md §5.4).
 */
export const SECONDARY_BASELINE: Profile = {
  conflict_security: 10,
  serious_abuses: 15,
  child_labour: 35,
  forced_labour: 20,
  health_safety: 55,
  freedom_of_association: 25,
  environment: 50,
  corruption: 30,
  land_rights: 10,
  labour_rights: 35,
  discrimination: 20,
  water: 20,
  biodiversity: 10,
};

/** Share of the mine-site hazard carried by each form (method choice: risks sit mainly at the mine). */
export const FORM_FACTOR: Readonly<Record<MaterialForm, number>> = {
  ore: 1,
  intermediate: 0.9,
  metal: 0.8,
  secondary: 1,
};

/**
 * Family-specific hazards above the baseline, each from a documented salient risk (DOMAIN.md §7,
 * sources as named). Applied to primary forms; `secondary` entries apply to recycled forms.
 */
export const FAMILY_HAZARDS: Partial<
  Readonly<Record<MetalFamily, Partial<Record<ThemeId | `secondary.${ThemeId}`, Hazard>>>>
> = {
  tin: {
    conflict_security: {
      points: 70,
      source:
        'OECD (2016) Due Diligence Guidance, 3rd ed., Supplement on Tin, Tantalum and Tungsten; UWSA control of Myanmar tin ore (Reuters/ITA 2023)',
    },
    health_safety: {
      points: 75,
      source: 'Bangka-Belitung: unregulated tin mining, ≈1 fatal accident a week (SCMP, Tempo 2024)',
    },
    environment: {
      points: 70,
      source: 'Bangka-Belitung on- and offshore tin mining, environmental devastation (SCMP, Tempo 2024)',
    },
  },
  tantalum: {
    conflict_security: {
      points: 85,
      source: 'UN Group of Experts on the DRC (2024): M23 control of Rubaya coltan, ≥ US$800 000 a month in taxes',
    },
    forced_labour: { points: 55, source: 'UN Group of Experts on the DRC (2024): forced labour on roads under M23' },
    corruption: {
      points: 60,
      source: 'UN Group of Experts on the DRC (2024): ~150 t coltan exported fraudulently via Rwanda',
    },
  },
  tungsten: {
    conflict_security: {
      points: 65,
      source: 'OECD (2016) Due Diligence Guidance, 3rd ed., Supplement on Tin, Tantalum and Tungsten',
    },
  },
  gold: {
    environment: {
      points: 80,
      source: 'UNEP Global Mercury Assessment 2018: ASGM ≈38 % of anthropogenic mercury emissions',
    },
    child_labour: {
      points: 65,
      source: 'US DOL List of Goods 2022: gold is the most widely listed mined good (26 countries)',
    },
    health_safety: {
      points: 65,
      source: 'UNEP Global Mercury Assessment 2018: mercury exposure in artisanal and small-scale gold mining',
    },
    corruption: {
      points: 60,
      source:
        'OECD (2016) Due Diligence Guidance, 3rd ed., Supplement on Gold (money laundering, misrepresented origin)',
    },
    'secondary.corruption': {
      points: 60,
      source:
        'OECD (2016) Supplement on Gold: applies to recycled gold; red flags for scrap gold from transit countries',
    },
  },
  cobalt: {
    land_rights: {
      points: 55,
      source:
        'Amnesty International & IBGDH, "Powering Change or Business as Usual?" (Sept 2023): forced evictions around Kolwezi',
    },
    child_labour: { points: 70, source: 'Amnesty International & Afrewatch, "This is what we die for" (Jan 2016)' },
    health_safety: {
      points: 70,
      source: 'Amnesty International & Afrewatch (2016): ≥80 artisanal miners died underground Sept 2014–Dec 2015',
    },
    serious_abuses: {
      points: 50,
      source: 'Amnesty International & IBGDH, "Powering Change or Business as Usual?" (Sept 2023): forced evictions',
    },
  },
  copper: {
    land_rights: {
      points: 55,
      source: 'Amnesty International & IBGDH (Sept 2023): forced evictions at copper-cobalt mines around Kolwezi',
    },
    serious_abuses: {
      points: 45,
      source: 'Amnesty International & IBGDH (Sept 2023): forced evictions at copper-cobalt mines around Kolwezi',
    },
  },
  nickel: {
    biodiversity: {
      points: 80,
      source: 'Climate Rights International, "Nickel Unearthed" (Jan 2024): deforestation around IWIP, Halmahera',
    },
    land_rights: {
      points: 60,
      source: 'Climate Rights International (Jan 2024): land grabbing without FPIC',
    },
    environment: {
      points: 80,
      source: 'Climate Rights International, "Nickel Unearthed" (Jan 2024): deforestation, river and sea pollution',
    },
    serious_abuses: {
      points: 50,
      source: 'Climate Rights International (2024): land taken without FPIC, police/military involvement',
    },
  },
  lithium: {
    water: {
      points: 80,
      source: 'EJAtlas; GfbV: water depletion in the Salar de Atacama and Salar del Hombre Muerto',
    },
    land_rights: {
      points: 50,
      source: 'EJAtlas; GfbV; CR2: consultation disputes with Indigenous peoples (ILO C169)',
    },
    environment: {
      points: 70,
      source: 'EJAtlas; GfbV: water depletion in the Salar de Atacama and Salar del Hombre Muerto',
    },
    serious_abuses: {
      points: 40,
      source: 'EJAtlas; GfbV; CR2: consultation disputes with Indigenous peoples (ILO C169)',
    },
  },
  graphite: {
    water: { points: 60, source: 'Washington Post (Oct 2016): undrinkable well water near graphite plants' },
    land_rights: { points: 50, source: 'SOMO (2023); Carta de Moçambique (2022): loss of land at Balama' },
    labour_rights: { points: 45, source: 'SOMO (2023): wage strikes at the Balama graphite mine' },
    environment: {
      points: 65,
      source: 'Washington Post (Oct 2016): graphite dust and polluted wells in Heilongjiang/Shandong',
    },
  },
  mica: {
    child_labour: {
      points: 95,
      source:
        'SOMO & Terre des Hommes (2016): ≥20 000 children in mica mines of Jharkhand/Bihar; SOMO & TdH (2019) Madagascar',
    },
    health_safety: {
      points: 75,
      source: 'Thomson Reuters Foundation (2016): deaths of children in illegal mica mines covered up',
    },
    serious_abuses: {
      points: 55,
      source: 'SOMO & Terre des Hommes (2019): child labour and sexual exploitation in Madagascar’s mica sector',
    },
    corruption: { points: 50, source: 'Thomson Reuters Foundation (2016): ~70 % of Indian mica from illegal mines' },
  },
  aluminium: {
    land_rights: {
      points: 60,
      source: 'Human Rights Watch, "What Do We Get Out of It?" (Oct 2018): ancestral farmland lost in Boké',
    },
    water: { points: 60, source: 'Human Rights Watch (Oct 2018): damaged water sources in Boké' },
    environment: {
      points: 60,
      source: 'Human Rights Watch, "What Do We Get Out of It?" (Oct 2018): bauxite mining in Boké, Guinea',
    },
    serious_abuses: {
      points: 40,
      source: 'Human Rights Watch (Oct 2018): lost farmland, inadequate resettlement in Boké',
    },
  },
  iron_steel: {
    health_safety: {
      points: 65,
      source: 'Tailings dam failures: Brumadinho (Vale, 25 Jan 2019, ~270 dead), Mariana/Fundão (Samarco, Nov 2015)',
    },
    environment: { points: 65, source: 'Tailings dam failures: Brumadinho (2019), Mariana/Fundão (2015)' },
  },
  zinc: {
    environment: {
      points: 65,
      source: 'Human Rights Watch, "We Have to Be Worried" (Aug 2019): lead-zinc contamination, Kabwe, Zambia',
    },
  },
  lead: {
    environment: {
      points: 70,
      source: 'Human Rights Watch (Aug 2019): Kabwe, half of the children need blood-lead treatment',
    },
    health_safety: { points: 65, source: 'Human Rights Watch (Aug 2019): Kabwe lead exposure' },
  },
  rare_earths: {
    water: { points: 80, source: 'Global Witness (2022, 2024): toxic leaching, poisoned water in Kachin State' },
    environment: {
      points: 85,
      source: 'Global Witness (2022, 2024): > 2 700 leaching pools in Kachin State, poisoned water',
    },
    conflict_security: {
      points: 55,
      source: 'Global Witness (2022, 2024): militia financing from rare-earth mining in Kachin State',
    },
  },
  pgm: {
    labour_rights: {
      points: 55,
      source: 'Marikana (Lonmin, 16 Aug 2012): mineworkers on strike for a living wage',
    },
    freedom_of_association: {
      points: 55,
      source: 'Marikana (Lonmin, 16 Aug 2012): police killed 34 striking mineworkers',
    },
    serious_abuses: { points: 45, source: 'Marikana (2012); Bench Marks Foundation on Bushveld communities' },
  },
};

/** The hazard of a material form of a family for a theme: the family entry, else the baseline; scaled by form. */
export function materialHazard(family: MetalFamily, form: MaterialForm, theme: ThemeId): Hazard {
  const secondary = form === 'secondary';
  const key: ThemeId | `secondary.${ThemeId}` = secondary ? `secondary.${theme}` : theme;
  const entry = FAMILY_HAZARDS[family]?.[key];
  const base = secondary ? SECONDARY_BASELINE[theme] : PRIMARY_BASELINE[theme];
  const raw =
    entry && entry.points > base
      ? entry
      : { points: base, source: secondary ? 'secondary-material baseline' : 'primary-material baseline' };
  return { points: Math.round(raw.points * FORM_FACTOR[form]), source: raw.source };
}
