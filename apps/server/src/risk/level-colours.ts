import type { RiskLevel } from '@assay/core';

/**
 * Fill colours of the risk levels (ColorBrewer YlOrRd, 4 classes: ordered light to dark, readable
 * with the common colour-vision deficiencies). Colour never carries the level alone: every map shape
 * has a title, every heat-map cell its level in words, and the map has a table alternative.
 */
export const LEVEL_FILL: Readonly<Record<RiskLevel, string>> = {
  low: '#ffffb2',
  medium: '#fecc5c',
  high: '#fd8d3c',
  very_high: '#bd0026',
};

/** Fill of an area without a score (no ISO code, or not scored). */
export const NO_DATA_FILL = '#d5d9e0';

/** Outline of the countries chosen in the scan. */
export const SELECTED_STROKE = '#1d2330';
