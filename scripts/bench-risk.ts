// `npm run bench:risk`: bulk risk scoring. Scores 100,000 supplier × material × country rows
// (seeded PRNG over the real catalogue and ISO countries) with `scoreRisks`, and compares it with
// the naive baseline `scoreRiskNaive` (every row from scratch, no caches) over the same rows.
import { COUNTRIES, MATERIALS, type RiskRow, scoreRiskNaive, scoreRisks } from '@assay/core';
import { prng } from '@assay/core/test-support';

const ROWS = 100_000;
const SUPPLIERS = 5_000;
/** The naive baseline runs on this many rows when it would take longer than NAIVE_BUDGET_MS in full. */
const NAIVE_BUDGET_MS = 40_000;

function generateRows(): RiskRow[] {
  const random = prng(20_261_127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Each supplier sits in one country and supplies a few materials; rows repeat pairs as real registers do.
  const suppliers = Array.from({ length: SUPPLIERS }, () => ({
    country: pick(COUNTRIES).alpha2,
    materials: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(MATERIALS).id),
  }));
  return Array.from({ length: ROWS }, () => {
    const supplier = pick(suppliers);
    return { materialId: pick(supplier.materials), country: supplier.country };
  });
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;

const rows = generateRows();
const pairs = new Set(rows.map((r) => `${r.materialId}|${r.country}`)).size;
console.log(
  `rows: ${ROWS.toLocaleString('en-GB')} (${SUPPLIERS.toLocaleString('en-GB')} suppliers, ${MATERIALS.length} materials, ${COUNTRIES.length} countries; ${pairs.toLocaleString('en-GB')} distinct pairs)`,
);

// scoreRisks first, on cold caches (nothing scored yet in this process), then once more warm.
let started = performance.now();
const results = scoreRisks(rows);
const coldMs = performance.now() - started;
started = performance.now();
scoreRisks(rows);
const warmMs = performance.now() - started;

// Naive baseline: time a first slice; run all rows only when that fits the budget, else extrapolate.
const probe = rows.slice(0, 5_000);
started = performance.now();
for (const row of probe) scoreRiskNaive(row);
const projected = ((performance.now() - started) / probe.length) * ROWS;
let naiveMs: number;
let naiveNote = '';
if (projected <= NAIVE_BUDGET_MS) {
  started = performance.now();
  for (const row of rows) scoreRiskNaive(row);
  naiveMs = performance.now() - started;
} else {
  const subset = rows.slice(0, Math.floor((NAIVE_BUDGET_MS / projected) * ROWS));
  started = performance.now();
  for (const row of subset) scoreRiskNaive(row);
  naiveMs = ((performance.now() - started) / subset.length) * ROWS;
  naiveNote = ` (EXTRAPOLATED from ${subset.length.toLocaleString('en-GB')} rows to ${ROWS.toLocaleString('en-GB')})`;
}

const scored = results.filter((r) => r.status === 'scored').length;
console.log(`scored: ${scored.toLocaleString('en-GB')} of ${ROWS.toLocaleString('en-GB')} rows`);
console.log(
  `scoreRisks: ${ms(coldMs)} (cold caches; ${ms(warmMs)} warm); naive: ${ms(naiveMs)}${naiveNote}; speed-up ${Math.round(naiveMs / coldMs).toLocaleString('en-GB')}× (cold), ${Math.round(naiveMs / warmMs).toLocaleString('en-GB')}× (warm)`,
);
