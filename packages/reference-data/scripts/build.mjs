#!/usr/bin/env node
// Validates every dataset under ../data (metadata, SOURCE.md, checksum against data/manifest.json,
// header, per-cell patterns, unique keys) and generates the typed read-only modules
// packages/core/src/reference/*.generated.ts.
//
//   node packages/reference-data/scripts/build.mjs                   validate + write generated files
//   node packages/reference-data/scripts/build.mjs --check           validate; fail if generated files are stale
//   node packages/reference-data/scripts/build.mjs --update-manifest accept changed data files (after review)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvRecords } from './csv.mjs';
import { GENERATORS } from './generators.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../data');
const outDir = resolve(here, '../../core/src/reference');
const manifestPath = join(dataDir, 'manifest.json');
const args = new Set(process.argv.slice(2));
const checkOnly = args.has('--check');
const updateManifest = args.has('--update-manifest');

const problems = [];
const fail = (dataset, message) => problems.push(`${dataset}: ${message}`);

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

/** Rows of a dataset file as records keyed by column name (JSON: the objects at `rowsAt`). */
function readRows(spec, text) {
  if (spec.format === 'json') {
    const json = JSON.parse(text);
    return { rows: json[spec.rowsAt], meta: json.meta ?? {} };
  }
  const records = parseCsvRecords(text, spec.delimiter ?? ',').slice(spec.skipLines ?? 0);
  const header = records[0] ?? [];
  const rows = records
    .slice(1)
    .filter((r) => r.some((cell) => cell !== ''))
    .map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
  return { rows, header };
}

/** The same rules as `validateDatasetEdition` in the core: present columns, patterns, unique key. */
function validateRows(id, columns, key, rows, where = '') {
  rows.forEach((row, index) => {
    for (const column of columns) {
      const value = row[column.name];
      const text = value === undefined || value === null ? '' : String(value);
      if (value === undefined && column.required) fail(id, `${where}row ${index + 1}: missing ${column.name}`);
      else if (text === '' && column.required) fail(id, `${where}row ${index + 1}: empty ${column.name}`);
      else if (text !== '' && !new RegExp(column.pattern).test(text))
        fail(id, `${where}row ${index + 1}: ${column.name} "${text}" does not match ${column.pattern}`);
    }
  });
  const seen = new Set();
  for (const row of rows) {
    const k = key.map((name) => String(row[name])).join('|');
    if (seen.has(k)) fail(id, `${where}duplicate key ${k}`);
    seen.add(k);
  }
}

const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
const nextManifest = {};
const datasets = [];

for (const id of readdirSync(dataDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()) {
  const dir = join(dataDir, id);
  const spec = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));
  if (spec.id !== id) fail(id, `dataset.json id "${spec.id}" differs from the folder name`);
  for (const field of [
    'title',
    'publisher',
    'edition',
    'retrieved',
    'url',
    'licence',
    'attribution',
    'redistribution',
  ]) {
    if (!spec[field]) fail(id, `dataset.json lacks ${field}`);
  }
  if (spec.editionDate !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(spec.editionDate))
    fail(id, `editionDate "${spec.editionDate}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const buffer = readFileSync(join(dir, spec.file));
  const checksum = sha256(buffer);
  const manifestKey = `${id}/${spec.file}`;
  nextManifest[manifestKey] = checksum;
  if (!updateManifest && manifest[manifestKey] !== checksum)
    fail(id, `checksum of ${spec.file} is ${checksum}, manifest says ${manifest[manifestKey] ?? 'nothing'}`);
  const sourcePath = join(dir, 'SOURCE.md');
  if (!existsSync(sourcePath)) fail(id, 'SOURCE.md is missing');
  else if (!readFileSync(sourcePath, 'utf8').includes(checksum)) fail(id, 'SOURCE.md does not state the checksum');

  const { rows, header, meta } = readRows(spec, buffer.toString('utf8'));
  if (header) {
    const names = spec.columns.map((c) => c.name);
    const missing = names.filter((n) => !header.includes(n));
    if (missing.length > 0) fail(id, `header lacks ${missing.join(', ')}`);
    if (!spec.extraColumns && header.length !== names.length)
      fail(id, `header has ${header.length} columns, spec ${names.length}`);
  }
  validateRows(id, spec.columns, spec.key, rows);
  if (spec.nested) {
    rows.forEach((row, i) => {
      const nested = row[spec.nested.field];
      if (nested !== null && nested !== undefined)
        validateRows(id, spec.nested.columns, spec.nested.key, nested, `entry ${i + 1} ${spec.nested.field} `);
    });
  }
  datasets.push({ id, spec, rows, meta, checksum, dir });
}

if (updateManifest) writeFileSync(manifestPath, `${JSON.stringify(nextManifest, null, 2)}\n`);

const outputs = new Map();
const context = { datasets: new Map(datasets.map((d) => [d.id, d])), fail, readCsv: parseCsvRecords };
for (const generate of GENERATORS) {
  for (const [file, content] of generate(context)) outputs.set(file, content);
}

if (problems.length > 0) {
  console.error(`reference-data: ${problems.length} problem(s)\n  ${problems.slice(0, 50).join('\n  ')}`);
  process.exit(1);
}

let stale = 0;
for (const [file, content] of outputs) {
  const path = join(outDir, file);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === content) continue;
  if (checkOnly) {
    console.error(`reference-data: ${file} is out of date; run node packages/reference-data/scripts/build.mjs`);
    stale++;
  } else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path, content);
  }
}
if (stale > 0) process.exit(1);
console.log(
  `reference-data: ${datasets.length} datasets valid; ${outputs.size} modules ${checkOnly ? 'up to date' : 'written'}`,
);
