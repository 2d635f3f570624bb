#!/usr/bin/env node
// Builds data/usgs-mcs/2026.csv from the USGS Mineral Commodity Summaries 2026 data release
// (MCS2026_Commodities_Data.csv: one long cp1252 table of all chapters). Keeps the world
// production rows of the tables the raw-material catalogue uses, maps USGS country names to
// ISO 3166-1, parses the printed values and computes each country's share of the 2025 world total.
// USGS data are public domain (CC0 per the release metadata), so a subset with added columns may be shipped.
//
//   node packages/reference-data/scripts/import/usgs-mcs2026.mjs <path to the MCS 2026 CSV> <path to the MCS 2024 selected table, ../shared/reference-data/usgs-mcs2024-world-production/mcs2024-world-production-selected.csv>
//
// The MCS 2024 table of the shared folder supplies the reviewed USGS-name → ISO mapping; names it lacks are listed in EXTRA_NAMES.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from '../csv.mjs';

/** [MCS chapter, Commodity, Statistics_detail without ": rounded"] → Assay block id (as in the MCS 2024 file). */
const BLOCKS = [
  ['TIN', 'Tin', 'Mine production', 'tin:mine'],
  ['TANTALUM', 'Tantalum', 'Mine production', 'tanta:mine'],
  ['TUNGSTEN', 'Tungsten', 'Mine production', 'tungs:mine'],
  ['GOLD', 'Gold', 'Mine production', 'gold:mine'],
  ['COBALT', 'Cobalt', 'Mine production', 'cobal:mine'],
  ['COPPER', 'Copper', 'Mine production', 'coppe:mine'],
  ['COPPER', 'Copper', 'Refinery production', 'coppe:refinery'],
  ['NICKEL', 'Nickel', 'Mine production', 'nicke:mine'],
  ['LITHIUM', 'Lithium', 'Mine production', 'lithi:mine'],
  ['BAUXITE AND ALUMINA', 'Bauxite', 'Bauxite, mine production', 'bauxi:mine'],
  ['BAUXITE AND ALUMINA', 'Alumina', 'Alumina, refinery production', 'bauxi:alumina'],
  ['ALUMINUM', 'Aluminum', 'Smelter production', 'alumi:smelter'],
  ['IRON ORE', 'Iron Ore', 'Mine production: Usable ore', 'feore:usable_ore'],
  ['IRON ORE', 'Iron Ore', 'Mine production: Iron content', 'feore:iron_content'],
  ['ZINC', 'Zinc', 'Mine production', 'zinc:mine'],
  ['LEAD', 'Lead', 'Mine production', 'lead:mine'],
  ['MANGANESE', 'Manganese', 'Mine production', 'manga:mine'],
  ['GRAPHITE (NATURAL)', 'Graphite (Natural)', 'Mine production', 'graph:mine'],
  ['MICA (NATURAL)', 'Mica (Natural)', 'Mica (Scrap and flake): production', 'mica:scrap_flake'],
  ['MICA (NATURAL)', 'Mica (Natural)', 'Mica (Sheet): Mine production', 'mica:sheet'],
  ['RARE EARTHS', 'Rare Earths', 'Mine production', 'raree:mine'],
  ['PLATINUM-GROUP METALS', 'Platinum', 'Mine production: Platinum', 'plati:platinum'],
  ['PLATINUM-GROUP METALS', 'Palladium', 'Mine production: Palladium', 'plati:palladium'],
  ['CHROMIUM', 'Chromium', 'Mine production', 'chrom:mine'],
  ['MOLYBDENUM', 'Molybdenum', 'Mine production', 'molyb:mine'],
  ['SILVER', 'Silver', 'Mine production', 'silve:mine'],
  ['ANTIMONY', 'Antimony', 'Mine production', 'antim:mine'],
  ['VANADIUM', 'Vanadium', 'Mine production', 'vanad:mine'],
  ['TITANIUM MINERAL CONCENTRATES', 'Titanium Mineral Concentrates', 'Mine production: Ilmenite', 'timin:ilmenite'],
  ['TITANIUM MINERAL CONCENTRATES', 'Titanium Mineral Concentrates', 'Mine production: Rutile', 'timin:rutile'],
  ['TITANIUM AND TITANIUM DIOXIDE', 'Titanium Sponge Metal', 'Titanium sponge metal production', 'titan:smelter'],
  ['NIOBIUM (COLUMBIUM)', 'Niobium (Columbium)', 'Mine production', 'niobi:mine'],
  ['MAGNESIUM METAL', 'Magnesium Metal', 'Smelter production', 'mgmet:smelter'],
  ['MAGNESIUM COMPOUNDS', 'Magnesium Compounds', 'Mine production', 'mgcomp:mine'],
  ['SILICON', 'Silicon', 'Ferrosilicon', 'simet:ferrosilicon'],
  ['SILICON', 'Silicon', 'Silicon metal', 'simet:silicon_metal'],
];

/** USGS names of MCS 2026 that the MCS 2024 file does not have, with their ISO codes. */
const EXTRA_NAMES = {
  Ethiopia: ['ETH', 'ET'],
};

const [input, mapping2024] = process.argv.slice(2);
if (!input || !mapping2024) {
  console.error('usage: usgs-mcs2026.mjs <MCS2026 CSV> <MCS 2024 selected table>');
  process.exit(2);
}

const names = new Map(Object.entries(EXTRA_NAMES));
const old = parseCsvRecords(readFileSync(mapping2024, 'utf8'));
const oh = old[0];
for (const r of old.slice(1)) {
  const name = r[oh.indexOf('country_usgs')];
  const iso3 = r[oh.indexOf('iso3')];
  if (iso3) names.set(name.replace(/\d+$|(?<=Russia)e$/, ''), [iso3, r[oh.indexOf('iso2')]]);
}

/** Windows-1252 bytes 0x80–0x9F (the rest equals Latin-1); Node's TextDecoder may lack the table. */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
const decodeCp1252 = (bytes) =>
  Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
const text = decodeCp1252(readFileSync(input));
const records = parseCsvRecords(text);
const h = records[0];
const at = (name) => {
  const i = h.indexOf(name);
  if (i < 0) throw new Error(`MCS 2026 file has no column "${name}"`);
  return i;
};
const C = {
  chapter: at('MCS chapter'),
  section: at('Section'),
  commodity: at('Commodity'),
  country: at('Country'),
  statistic: at('Statistics'),
  detail: at('Statistics_detail'),
  unit: at('Unit'),
  year: at('Year'),
  value: at('Value'),
  notes: at('Notes'),
};

/** A printed USGS value as a number, or null (W withheld, NA, ranges, "<", ">" are not numbers). */
function parseValue(printed) {
  const t = printed.replace(/[\s\u00a0,]/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

const problems = [];
/** block → { commodity, unit, countries: Map(name → {2024, 2025, notes}), world: {2024, 2025} } */
const blocks = new Map();
for (const r of records.slice(1)) {
  if (!r[C.section]?.startsWith('World') || r[C.statistic] !== 'Production') continue;
  const detail = r[C.detail].replace(/,? rounded$/, '').replace(/:$/, '');
  const spec = BLOCKS.find(([ch, co, de]) => ch === r[C.chapter] && co === r[C.commodity] && de === detail);
  if (!spec) continue;
  const id = spec[3];
  const block = blocks.get(id) ?? {
    commodity: r[C.commodity],
    type: detail,
    unit: r[C.unit],
    countries: new Map(),
    world: {},
  };
  if (block.unit !== r[C.unit]) problems.push(`${id}: units ${block.unit} and ${r[C.unit]}`);
  const year = r[C.year];
  if (year !== '2024' && year !== '2025') continue;
  const name = r[C.country].trim();
  if (name.startsWith('World total')) block.world[year] = r[C.value].trim();
  else {
    const entry = block.countries.get(name) ?? { notes: new Set() };
    entry[year] = r[C.value].trim();
    if (r[C.notes]) entry.notes.add(r[C.notes].trim());
    block.countries.set(name, entry);
  }
  blocks.set(id, block);
}
for (const [, , , id] of BLOCKS) if (!blocks.has(id)) problems.push(`no rows for ${id}`);

const quote = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const lines = [
  'usgs_block,commodity,country_usgs,iso3,iso2,row_kind,type,unit,prod_2024,prod_2025_est,prod_notes,world_total_2025_est,share_of_world_2025_pct,rank_2025_in_block',
];
for (const [id, block] of [...blocks].sort(([a], [b]) => a.localeCompare(b))) {
  const world = parseValue(block.world['2025'] ?? '');
  const ranked = [...block.countries]
    .filter(([name]) => !name.startsWith('Other'))
    .map(([name, e]) => ({ name, value: parseValue(e['2025'] ?? '') }))
    .filter((x) => x.value !== null)
    .sort((a, b) => b.value - a.value);
  for (const [name, e] of block.countries) {
    const other = name.startsWith('Other');
    const iso = other ? ['', ''] : names.get(name);
    if (!iso) {
      problems.push(`${id}: USGS country "${name}" has no ISO mapping; add it to EXTRA_NAMES`);
      continue;
    }
    const value = parseValue(e['2025'] ?? '');
    const share = value !== null && world ? ((value / world) * 100).toFixed(1) : '';
    const rank = other ? '' : String(ranked.findIndex((x) => x.name === name) + 1 || '');
    lines.push(
      [
        id,
        quote(block.commodity),
        quote(name),
        iso[0] ?? '',
        iso[1] ?? '',
        other ? 'other_countries' : 'country',
        quote(block.type),
        quote(block.unit),
        quote(e['2024'] ?? ''),
        quote(e['2025'] ?? ''),
        quote([...e.notes].join(' ')),
        quote(block.world['2025'] ?? ''),
        share,
        rank === '0' ? '' : rank,
      ].join(','),
    );
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/usgs-mcs/2026.csv');
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${out}: ${lines.length - 1} rows in ${blocks.size} tables`);
