import { parseCsv } from './csv.js';
import { TI_CPI_CSV } from './ti-cpi.generated.js';

/** The CPI edition Assay ships (Transparency International, CPI 2025, released 10 Feb 2026). */
export const CPI_YEAR = 2025;

/** A CPI score exactly as published by Transparency International (0 highly corrupt … 100 very clean). */
export type CpiScore = { readonly score: number; readonly year: typeof CPI_YEAR };

let scores: Map<string, number> | undefined;

/**
 * The published CPI 2025 score for an alpha-3 code, read at run time from the unchanged file
 * (CC BY-ND 4.0). Shown as context only; never rescaled or combined (docs/RISK-METHOD.md).
 */
export function cpiScore(iso3: string): CpiScore | undefined {
  if (!scores) {
    scores = new Map();
    for (const { values } of parseCsv(TI_CPI_CSV, { delimiter: ',', skipLines: 0 }).rows) {
      const text = values[`CPI ${CPI_YEAR} score`] ?? '';
      if (text !== '' && values.ISO3) scores.set(values.ISO3, Number(text));
    }
  }
  const score = scores.get(iso3.toUpperCase());
  return score === undefined ? undefined : { score, year: CPI_YEAR };
}
