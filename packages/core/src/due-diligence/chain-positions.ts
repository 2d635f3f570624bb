import type { LocalizedText } from '../i18n/locales.js';

/**
 * Positions a company can hold in the metal chain. The list follows the covenant's scope "from
 * extraction to recycling, including processors and end-users" (IRBC metals covenant 2019, scope)
 * and the upstream/downstream split of the OECD minerals guidance (3rd ed., Introduction).
 */
export const CHAIN_POSITIONS = [
  'mining',
  'smelting_refining',
  'trading',
  'semi_finished',
  'manufacturing_machines',
  'manufacturing_vehicles',
  'manufacturing_wind',
  'manufacturing_construction',
  'manufacturing_electronics',
  'manufacturing_other',
  'recycling_scrap',
] as const;

/** A position in the metal chain. */
export type ChainPosition = (typeof CHAIN_POSITIONS)[number];

/**
 * Where a position sits relative to the smelter, the choke point of the minerals guidance:
 * upstream (mine to smelter), downstream (smelter to product), or the secondary (scrap) chain.
 * Trading sits on both sides, depending on whether ore or metal is traded.
 */
export type ChainSegment = 'upstream' | 'choke_point' | 'downstream' | 'secondary' | 'either';

/** Labels and segment per chain position. */
export const CHAIN_POSITION_INFO: Readonly<Record<ChainPosition, { label: LocalizedText; segment: ChainSegment }>> = {
  mining: { label: { en: 'mining', nl: 'mijnbouw' }, segment: 'upstream' },
  smelting_refining: { label: { en: 'smelting and refining', nl: 'smelten en raffineren' }, segment: 'choke_point' },
  trading: { label: { en: 'trading', nl: 'handel' }, segment: 'either' },
  semi_finished: {
    label: { en: 'semi-finished products', nl: 'halffabricaten' },
    segment: 'downstream',
  },
  manufacturing_machines: {
    label: { en: 'machine manufacturing', nl: 'machinebouw' },
    segment: 'downstream',
  },
  manufacturing_vehicles: {
    label: { en: 'vehicle manufacturing', nl: 'voertuigbouw' },
    segment: 'downstream',
  },
  manufacturing_wind: {
    label: { en: 'wind turbine manufacturing', nl: 'productie van windturbines' },
    segment: 'downstream',
  },
  manufacturing_construction: {
    label: { en: 'construction products', nl: 'bouwproducten' },
    segment: 'downstream',
  },
  manufacturing_electronics: {
    label: { en: 'electronics manufacturing', nl: 'elektronicaproductie' },
    segment: 'downstream',
  },
  manufacturing_other: {
    label: { en: 'other manufacturing', nl: 'overige maakindustrie' },
    segment: 'downstream',
  },
  recycling_scrap: { label: { en: 'recycling and scrap', nl: 'recycling en schroot' }, segment: 'secondary' },
};
