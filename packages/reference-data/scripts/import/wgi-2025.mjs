#!/usr/bin/env node
// Builds data/wb-wgi/2025-revision.csv from the World Bank DataBank bulk file of the WGI 2025
// Revision (WGICSV.csv inside WGI_CSV.zip, wide format, one row per economy × series).
// Keeps the six governance estimates (.EST) of the years 2023 and 2024, one row per economy and
// year, in the long layout Assay reads (iso3, country, year, va, pv, ge, rq, rl, cc). Values are
// copied as text, unchanged. CC BY 4.0 allows this subset; the change is stated in SOURCE.md.
//
//   node packages/reference-data/scripts/import/wgi-2025.mjs <path to WGICSV.csv>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from '../csv.mjs';

const YEARS = ['2023', '2024'];
const DIMENSIONS = ['va', 'pv', 'ge', 'rq', 'rl', 'cc'];

const input = process.argv[2];
if (!input) {
  console.error('usage: wgi-2025.mjs <WGICSV.csv>');
  process.exit(2);
}
const records = parseCsvRecords(readFileSync(input, 'utf8'));
const header = records[0] ?? [];
const col = (name) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`WGICSV.csv has no column "${name}"`);
  return i;
};
const [nameAt, codeAt, seriesAt] = [col('Country Name'), col('Country Code'), col('Indicator Code')];
const yearAt = Object.fromEntries(YEARS.map((y) => [y, col(y)]));

/** iso3 → { country, values: { year → { dim → text } } } */
const economies = new Map();
for (const r of records.slice(1)) {
  const match = /^GOV_WGI_([A-Z]{2})\.EST$/.exec(r[seriesAt] ?? '');
  if (!match) continue;
  const dim = match[1].toLowerCase();
  if (!DIMENSIONS.includes(dim)) continue;
  const iso3 = r[codeAt];
  const entry = economies.get(iso3) ?? { country: r[nameAt], values: {} };
  for (const year of YEARS) {
    entry.values[year] ??= {};
    entry.values[year][dim] = (r[yearAt[year]] ?? '').trim();
  }
  economies.set(iso3, entry);
}

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const lines = ['iso3,country,year,va,pv,ge,rq,rl,cc'];
for (const iso3 of [...economies.keys()].sort()) {
  const { country, values } = economies.get(iso3);
  for (const year of YEARS) {
    const row = DIMENSIONS.map((d) => values[year]?.[d] ?? '');
    if (row.every((v) => v === '')) continue;
    lines.push([iso3, quote(country), year, ...row].join(','));
  }
}
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/wb-wgi/2025-revision.csv');
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${out}: ${lines.length - 1} rows, ${economies.size} economies`);
