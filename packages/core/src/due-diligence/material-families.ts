import type { LocalizedText } from '../i18n/locales.js';

/**
 * What the due-diligence rules need to know about a material id: which metal it carries and whether
 * it is recycled. The materials catalogue (risk module) owns the ids; this module accepts any id.
 */
export type MaterialFacts = {
  /** Base metal or mineral, e.g. 'tin' for 'cassiterite', or the id itself when unknown. */
  readonly metal: string;
  readonly recycled: boolean;
};

/**
 * Resolves a catalogue id; return `undefined` to fall back to {@link classifyMaterial}'s name heuristics.
 * The metal ids match the risk catalogue's `MetalFamily`, so an adapter is one line:
 * `(id) => { const m = getMaterial(id); return m && { metal: m.family, recycled: m.recycled }; }`.
 */
export type MaterialResolver = (materialId: string) => MaterialFacts | undefined;

/** Tin, tantalum, tungsten and gold: the scope of Regulation (EU) 2017/821, Art. 1(2) and Annex I. */
export const THREE_TG_METALS = ['tin', 'tantalum', 'tungsten', 'gold'] as const;

/**
 * Minerals of the RMI Extended Minerals Reporting Template 2.x (RMI, EMRT 2.0 release notes, 2025):
 * cobalt, copper, natural graphite, lithium, mica, nickel. EMRT 1.x covered cobalt and mica only.
 */
export const EMRT_MINERALS = ['cobalt', 'copper', 'graphite', 'lithium', 'mica', 'nickel'] as const;

/** Metals named for supply-chain due diligence in Regulation (EU) 2023/1542 (batteries), Arts 48–52. */
export const BATTERY_REGULATION_MINERALS = ['cobalt', 'graphite', 'lithium', 'nickel'] as const;

/** Name fragments (ores, alloys, spellings) that identify a metal inside an id such as 'tin_ore'. */
const METAL_ALIASES: Readonly<Record<string, string>> = {
  tin: 'tin',
  cassiterite: 'tin',
  tantalum: 'tantalum',
  tantalite: 'tantalum',
  coltan: 'tantalum',
  columbite: 'tantalum',
  tungsten: 'tungsten',
  wolframite: 'tungsten',
  scheelite: 'tungsten',
  ferrotungsten: 'tungsten',
  gold: 'gold',
  cobalt: 'cobalt',
  heterogenite: 'cobalt',
  mica: 'mica',
  copper: 'copper',
  chalcopyrite: 'copper',
  nickel: 'nickel',
  lithium: 'lithium',
  spodumene: 'lithium',
  graphite: 'graphite',
  aluminium: 'aluminium',
  aluminum: 'aluminium',
  bauxite: 'aluminium',
  alumina: 'aluminium',
  iron: 'iron_steel',
  steel: 'iron_steel',
  ferrous: 'iron_steel',
  zinc: 'zinc',
  lead: 'lead',
  manganese: 'manganese',
  silver: 'silver',
  platinum: 'pgm',
  palladium: 'pgm',
  rhodium: 'pgm',
};

const RECYCLED_WORDS = new Set(['scrap', 'recycled', 'secondary', 'swarf', 'dross']);

/** Metal and recycled flag for a material id: the resolver first, then the id's name parts. */
export function classifyMaterial(materialId: string, resolve?: MaterialResolver): MaterialFacts {
  const resolved = resolve?.(materialId);
  if (resolved) return resolved;
  const words = materialId
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const metal = words.map((w) => METAL_ALIASES[w]).find((m) => m !== undefined) ?? materialId.toLowerCase();
  return { metal, recycled: words.some((w) => RECYCLED_WORDS.has(w)) };
}

/** True for tin, tantalum, tungsten and gold. */
export function isThreeTg(metal: string): boolean {
  return (THREE_TG_METALS as readonly string[]).includes(metal);
}

/** True for the EMRT 2.x minerals. */
export function isEmrtMineral(metal: string): boolean {
  return (EMRT_MINERALS as readonly string[]).includes(metal);
}

/** Display names for the metals the rules talk about; unknown ids are shown as given. */
const METAL_LABELS: Readonly<Record<string, LocalizedText>> = {
  tin: { en: 'tin', nl: 'tin' },
  tantalum: { en: 'tantalum', nl: 'tantaal' },
  tungsten: { en: 'tungsten', nl: 'wolfraam' },
  gold: { en: 'gold', nl: 'goud' },
  cobalt: { en: 'cobalt', nl: 'kobalt' },
  mica: { en: 'mica', nl: 'mica' },
  copper: { en: 'copper', nl: 'koper' },
  nickel: { en: 'nickel', nl: 'nikkel' },
  lithium: { en: 'lithium', nl: 'lithium' },
  graphite: { en: 'graphite', nl: 'grafiet' },
  aluminium: { en: 'aluminium', nl: 'aluminium' },
  iron_steel: { en: 'iron and steel', nl: 'ijzer en staal' },
  zinc: { en: 'zinc', nl: 'zink' },
  lead: { en: 'lead', nl: 'lood' },
  manganese: { en: 'manganese', nl: 'mangaan' },
  silver: { en: 'silver', nl: 'zilver' },
  pgm: { en: 'platinum group metals', nl: 'platinagroepmetalen' },
  rare_earths: { en: 'rare earths', nl: 'zeldzame aardmetalen' },
  chromium: { en: 'chromium', nl: 'chroom' },
  molybdenum: { en: 'molybdenum', nl: 'molybdeen' },
  vanadium: { en: 'vanadium', nl: 'vanadium' },
  titanium: { en: 'titanium', nl: 'titaan' },
  niobium: { en: 'niobium', nl: 'niobium' },
  magnesium: { en: 'magnesium', nl: 'magnesium' },
  silicon: { en: 'silicon', nl: 'silicium' },
  antimony: { en: 'antimony', nl: 'antimoon' },
  mixed: { en: 'mixed metals', nl: 'gemengde metalen' },
};

/** A readable name for a metal or material id. */
export function metalLabel(metal: string): LocalizedText {
  return METAL_LABELS[metal] ?? { en: metal.replace(/_/g, ' '), nl: metal.replace(/_/g, ' ') };
}
