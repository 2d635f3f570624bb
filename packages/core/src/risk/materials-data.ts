import type { LocalizedText } from '../i18n/locales.js';
import type { MaterialForm, MetalFamily, RmiTemplateFamily } from './material-types.js';
import { SEEDS_3TG } from './materials-3tg.js';
import { SEEDS_BASE } from './materials-base.js';
import { SEEDS_EMRT } from './materials-emrt.js';
import { SEEDS_OTHER } from './materials-other.js';

/** Catalogue row before the producers are joined from USGS. HS codes: WCO HS 2022 nomenclature. */
export type MaterialSeed = readonly [
  id: string,
  name: LocalizedText,
  aliases: readonly string[],
  family: MetalFamily,
  form: MaterialForm,
  hsCodes: readonly string[],
  rmi: RmiTemplateFamily,
  usgsBlock: string | null,
  dolGoods: readonly string[],
];

/**
 * The raw materials of the metal chain: every metal of DOMAIN.md §7 with its ores, concentrates,
 * intermediates and secondary materials (covenant risk matrix: 39 raw materials, CNV Internationaal 2024).
 *
 * The rows live per metal-family group (materials-3tg, -emrt, -base, -other); this concatenation is the catalogue order.
 */
export const MATERIAL_SEEDS: readonly MaterialSeed[] = [...SEEDS_3TG, ...SEEDS_EMRT, ...SEEDS_BASE, ...SEEDS_OTHER];
