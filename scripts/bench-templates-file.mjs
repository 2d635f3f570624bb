// The per-file part of `npm run bench:templates`, run by plain Node on the built packages (what
// the CLI and the server run), apart from the benchmark's own process (tsx, exceljs). Reads one
// file, times Assay's read + validate against the floor, prints one line of JSON.
//   node scripts/bench-templates-file.mjs FILE RUNS WARM_UP
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { checkTemplate } from '../packages/core/dist/index.js';
import { ZipArchive } from '../packages/core/dist/templates/zip-archive.js';
import { nodeInflateRaw } from '../packages/services/dist/templates/node-inflate.js';

const [file, runsText, warmUpText] = process.argv.slice(2);
const RUNS = Number(runsText);
const WARM_UP = Number(warmUpText);
const bytes = new Uint8Array(readFileSync(file));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (work) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/** The parts the reader inflates for this file, recorded by wrapping ZipArchive.read once. */
function partsRead() {
  const names = new Set();
  const original = ZipArchive.prototype.read;
  ZipArchive.prototype.read = function (name) {
    names.add(name);
    return original.call(this, name);
  };
  try {
    checkTemplate(bytes);
  } finally {
    ZipArchive.prototype.read = original;
  }
  return [...names];
}

/** Inflates the parts with `inflate`, and nothing else. */
function inflateParts(parts, inflate) {
  const zip = ZipArchive.open(bytes);
  for (const name of parts) {
    const entry = zip.entry(name);
    if (!entry) continue;
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 8) inflate(raw, entry.size);
  }
}

const parts = partsRead();
const native = { inflateRaw: nodeInflateRaw };
const floor = () => inflateParts(parts, nodeInflateRaw);
const zlibDefault = () => inflateParts(parts, (raw) => inflateRawSync(raw));
// Warm-up to steady state (the bulk check reads file after file in long-lived workers): the
// optimising compiler settles on the reader's hot functions only after a few dozen files.
for (let i = 0; i < WARM_UP; i++) {
  checkTemplate(bytes, native);
  floor();
}
// Interleaved, so a change in the machine's load shifts Assay and the floor alike. The other
// runs come after: the default call's chunk lists and the pure-JS inflater's buffers are garbage
// whose collection would otherwise land in the runs measured against each other.
const runs = { assay: [], floor: [], zlibDefault: [], pureJs: [] };
for (let i = 0; i < RUNS; i++) {
  runs.assay.push(time(() => checkTemplate(bytes, native)));
  runs.floor.push(time(floor));
}
for (let i = 0; i < RUNS; i++) runs.zlibDefault.push(time(zlibDefault));
for (let i = 0; i < 5; i++) checkTemplate(bytes);
for (let i = 0; i < RUNS; i++) runs.pureJs.push(time(() => checkTemplate(bytes)));
console.log(
  JSON.stringify({
    parts: parts.length,
    assay: median(runs.assay),
    floor: median(runs.floor),
    zlibDefault: median(runs.zlibDefault),
    pureJs: median(runs.pureJs),
  }),
);
