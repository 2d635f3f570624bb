import type { LocalizedText } from '../i18n/locales.js';

/** Metal family a raw material belongs to; hazards and hotspots are set per family. */
export type MetalFamily =
  | 'tin'
  | 'tantalum'
  | 'tungsten'
  | 'gold'
  | 'cobalt'
  | 'copper'
  | 'nickel'
  | 'lithium'
  | 'graphite'
  | 'mica'
  | 'aluminium'
  | 'iron_steel'
  | 'zinc'
  | 'lead'
  | 'manganese'
  | 'rare_earths'
  | 'pgm'
  | 'silver'
  | 'chromium'
  | 'molybdenum'
  | 'vanadium'
  | 'titanium'
  | 'niobium'
  | 'magnesium'
  | 'silicon'
  | 'antimony'
  | 'mixed';

/** Stage in the chain: mined ore/concentrate, processed intermediate, refined metal, or secondary (scrap). */
export type MaterialForm = 'ore' | 'intermediate' | 'metal' | 'secondary';

/** RMI reporting template that covers the material (RMI-TEMPLATES.md: CMRT 3TG; EMRT 2.x Co, Cu, graphite, Li, mica, Ni; AMRT others). */
export type RmiTemplateFamily = 'CMRT' | 'EMRT' | 'AMRT' | 'none';

/** A producing country and its share of world production (USGS MCS 2026, 2025 estimate). */
export type Producer = { readonly iso2: string; readonly sharePct: number | null };

/** One raw material of the catalogue. */
export type Material = {
  readonly id: string;
  readonly name: LocalizedText;
  /** Search terms in English and Dutch: minerals, trade names, symbols. */
  readonly aliases: readonly string[];
  readonly family: MetalFamily;
  readonly form: MaterialForm;
  /** HS / CN headings or subheadings (HS 2022), without spaces. */
  readonly hsCodes: readonly string[];
  readonly rmi: RmiTemplateFamily;
  readonly recycled: boolean;
  /** USGS MCS 2026 table the producers come from (`cobal:mine`, …), or null. */
  readonly usgsBlock: string | null;
  /** DOL TVPRA good names (exact) that describe this material. */
  readonly dolGoods: readonly string[];
  /** Main producing countries, largest first (empty when no USGS table applies). */
  readonly producers: readonly Producer[];
  /** Citation of `producers`. */
  readonly producersSource: string | null;
};
