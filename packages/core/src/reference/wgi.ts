import { WGI_ROWS } from './wb-wgi.generated.js';

/** The six WGI dimensions (World Bank, WGI 2025 Revision). */
export const WGI_DIMENSIONS = ['va', 'pv', 'ge', 'rq', 'rl', 'cc'] as const;
export type WgiDimension = (typeof WGI_DIMENSIONS)[number];

/** Names of the WGI dimensions as published by the World Bank. */
export const WGI_DIMENSION_NAMES: Readonly<Record<WgiDimension, string>> = {
  va: 'Voice and Accountability',
  pv: 'Political Stability and Absence of Violence/Terrorism',
  ge: 'Government Effectiveness',
  rq: 'Regulatory Quality',
  rl: 'Rule of Law',
  cc: 'Control of Corruption',
};

/** One WGI estimate (≈ −2.5 weak … +2.5 strong governance) and the year it refers to. */
export type WgiEstimate = { readonly value: number; readonly year: number };

const latest = new Map<string, Partial<Record<WgiDimension, WgiEstimate>>>();
for (const [iso3, year, ...values] of [...WGI_ROWS].sort((a, b) => a[1] - b[1])) {
  const entry = latest.get(iso3) ?? {};
  WGI_DIMENSIONS.forEach((dim, i) => {
    const value = values[i];
    if (value !== null && value !== undefined) entry[dim] = { value, year };
  });
  latest.set(iso3, entry);
}

/** Latest available estimate per dimension (2024, else 2023) for an alpha-3 economy code. */
export function wgiEstimates(iso3: string): Partial<Record<WgiDimension, WgiEstimate>> {
  return latest.get(iso3.toUpperCase()) ?? {};
}
