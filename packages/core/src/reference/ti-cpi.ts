import { parseCsv } from './csv.js';
import { TI_CPI_2024_CSV } from './ti-cpi.generated.js';

/** A CPI 2024 score exactly as published by Transparency International (0 highly corrupt … 100 very clean). */
export type CpiScore = { readonly score: number; readonly year: 2024 };

let scores: Map<string, number> | undefined;

/**
 * The published CPI 2024 score for an alpha-3 code, read at run time from the unchanged file
 * (CC BY-ND 4.0). Shown as context only; never rescaled or combined (docs/RISK-METHOD.md).
 */
export function cpiScore(iso3: string): CpiScore | undefined {
  if (!scores) {
    scores = new Map();
    for (const { values } of parseCsv(TI_CPI_2024_CSV, { delimiter: ';', skipLines: 2 }).rows) {
      const text = values['CPI score 2024'] ?? '';
      if (text !== '' && values.ISO3) scores.set(values.ISO3, Number(text));
    }
  }
  const score = scores.get(iso3.toUpperCase());
  return score === undefined ? undefined : { score, year: 2024 };
}
