import type { RiskLevel } from '@assay/core';
import { LEVEL_FILL, NO_DATA_FILL } from '../../risk/level-colours.js';

/**
 * A small colour square for a level, drawn as SVG so the colour is a presentation attribute (the CSP
 * allows no inline styles). Decorative: the level is always written next to it.
 */
export function LevelSwatch({ level }: { level: RiskLevel | null }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <rect
        x="0.5"
        y="0.5"
        width="13"
        height="13"
        rx="2"
        fill={level ? LEVEL_FILL[level] : NO_DATA_FILL}
        stroke="#4a5263"
        stroke-width="1"
      />
    </svg>
  );
}
