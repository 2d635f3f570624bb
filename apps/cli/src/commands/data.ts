import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import {
  AppError,
  type DatasetId,
  datasetSpec,
  type EditionDiff,
  type EditionValidation,
  parseDatasetText,
  validateDatasetEdition,
} from '@assay/core';
import type { Command } from 'commander';
import type { Io } from '../output.js';

/** Largest edition file `data update` accepts (the biggest shipped file is well under 1 MB). */
const MAX_BYTES = 50 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** packages/reference-data/data, or ASSAY_REFERENCE_DATA_DIR (tests work on a copy). */
function referenceDataDir(): string {
  const fromEnv = process.env.ASSAY_REFERENCE_DATA_DIR;
  if (fromEnv) return fromEnv;
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@assay/reference-data/package.json')), 'data');
  } catch {
    return new URL('../../../../packages/reference-data/data/', import.meta.url).pathname;
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function readOrFail(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new AppError('unreadable_file', `Cannot read ${what} (${path}).`, {
      hint: 'Check the path; set ASSAY_REFERENCE_DATA_DIR to use another reference-data folder.',
    });
  }
}

/** The candidate edition's bytes, from an http(s) URL or a local file. */
async function loadSource(from: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(from)) {
    let response: Response;
    try {
      response = await fetch(from, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
    } catch (cause) {
      throw new AppError(
        'unavailable',
        `Could not download ${from}: ${cause instanceof Error && cause.name === 'TimeoutError' ? 'timed out' : 'no connection'}.`,
        { hint: 'Download the file yourself and pass its path with --from.' },
      );
    }
    if (!response.ok)
      throw new AppError('unavailable', `Could not download ${from}: the server answered HTTP ${response.status}.`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_BYTES) throw new AppError('payload_too_large', `${from} is larger than 50 MB.`);
    return bytes;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(from))
    throw new AppError('invalid_input', `Only http(s) addresses and local files can be read, not ${from}.`);
  const bytes = readOrFail(from, 'the new edition');
  if (bytes.byteLength > MAX_BYTES) throw new AppError('payload_too_large', `${from} is larger than 50 MB.`);
  return bytes;
}

function decode(bytes: Uint8Array, from: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('unreadable_file', `${from} is not UTF-8 text; reference data files are CSV or JSON.`);
  }
}

/** A safe file name for the new edition: --file, else the source's base name, else the edition label. */
function editionFileName(
  option: string | undefined,
  from: string,
  edition: string | undefined,
  format: string,
): string {
  const sourceName = basename(/^https?:/i.test(from) ? new URL(from).pathname : from);
  const fromLabel = edition
    ? `${edition
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.${format}`
    : '';
  const name = option ?? (sourceName.toLowerCase().endsWith(`.${format}`) ? sourceName : fromLabel);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || !name.toLowerCase().endsWith(`.${format}`))
    throw new AppError('invalid_input', `"${name}" is not a usable file name for a ${format} edition.`, {
      hint: `Name it with --file, e.g. --file 2025.${format}.`,
    });
  if (['dataset.json', 'source.md', 'name-overrides.csv'].includes(name.toLowerCase()))
    throw new AppError('invalid_input', `${name} is reserved in the dataset folder.`);
  return name;
}

function printDiff(io: Io, diff: EditionDiff | undefined): void {
  if (!diff) return;
  const show = (label: string, keys: readonly string[]) => {
    io.out(
      `  ${label}: ${keys.length}${keys.length > 0 ? ` (${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''})` : ''}\n`,
    );
  };
  io.out('Changes against the current edition (by key):\n');
  show('added', diff.added);
  show('removed', diff.removed);
  io.out(`  changed: ${diff.changed.length}\n`);
  for (const row of diff.changed.slice(0, 20))
    io.out(`    ${row.key}: ${row.changes.map((c) => `${c.column} "${c.from}" → "${c.to}"`).join('; ')}\n`);
  if (diff.changed.length > 20) io.out(`    … and ${diff.changed.length - 20} more\n`);
}

/** Replaces the first `| field | … |` row of SOURCE.md's "In Assay" table. */
function setSourceRow(text: string, field: string, value: string): string {
  const row = new RegExp(`^\\| ${field} \\|.*\\|$`, 'm');
  return row.test(text) ? text.replace(row, `| ${field} | ${value} |`) : text;
}

type Write = { readonly path: string; readonly content: string | Uint8Array };

/** Writes every file to a temporary sibling, then renames them into place; restores the old ones on failure. */
function writeAtomically(writes: readonly Write[]): void {
  const staged = writes.map((w) => ({ ...w, temp: join(dirname(w.path), `.${basename(w.path)}.${process.pid}.tmp`) }));
  const originals = writes.map((w) => (existsSync(w.path) ? readFileSync(w.path) : undefined));
  try {
    for (const s of staged) writeFileSync(s.temp, s.content);
    staged.forEach((s) => {
      renameSync(s.temp, s.path);
    });
  } catch (cause) {
    staged.forEach((s, i) => {
      rmSync(s.temp, { force: true });
      const original = originals[i];
      if (original) writeFileSync(s.path, original);
      else rmSync(s.path, { force: true });
    });
    throw new AppError('unavailable', 'Could not write the new edition; the current data was restored.', {}, { cause });
  }
}

type UpdateOptions = {
  from?: string;
  edition?: string;
  retrieved?: string;
  file?: string;
  dryRun?: boolean;
  json?: boolean;
};

async function update(io: Io, id: string, options: UpdateOptions): Promise<void> {
  datasetSpec(id); // unknown dataset → invalid_input naming the valid ones
  const dataDir = referenceDataDir();
  const dir = join(dataDir, id);
  const specPath = join(dir, 'dataset.json');
  const spec = JSON.parse(readOrFail(specPath, `dataset.json of ${id}`).toString('utf8')) as Record<string, unknown> & {
    file: string;
    edition: string;
    format: string;
  };
  const currentBytes = readOrFail(join(dir, spec.file), `the current edition of ${id}`);
  if (!options.from) {
    io.out(`${id}: current edition "${spec.edition}", file ${spec.file}, sha256 ${sha256(currentBytes)}\n`);
    io.out('Give --from FILE or --from https://… to load a newer edition.\n');
    return;
  }
  const retrieved = options.retrieved ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(retrieved))
    throw new AppError('invalid_input', `--retrieved "${retrieved}" is not a date (YYYY-MM-DD).`);

  const bytes = await loadSource(options.from);
  const checksum = sha256(bytes);
  const candidate = parseDatasetText(id as DatasetId, decode(bytes, options.from));
  const current = parseDatasetText(id as DatasetId, currentBytes.toString('utf8'));
  const validation: EditionValidation = validateDatasetEdition(id, candidate.rows, {
    ...(candidate.header ? { header: candidate.header } : {}),
    current: current.rows,
  });
  const fileName = editionFileName(options.file, options.from, options.edition, spec.format);
  const edition = options.edition ?? fileName.replace(/\.[^.]+$/, '');
  const report = {
    dataset: id,
    from: options.from,
    valid: validation.ok,
    rows: validation.rowCount,
    current: { edition: spec.edition, file: spec.file, sha256: sha256(currentBytes) },
    next: { edition, file: fileName, sha256: checksum, retrieved },
    diff: validation.diff,
    written: false,
  };
  if (!options.json) {
    io.out(`${id}: ${validation.rowCount} rows in ${options.from} (sha256 ${checksum})\n`);
    printDiff(io, validation.diff);
  }
  if (!validation.ok) {
    throw new AppError(
      'invalid_input',
      `The new edition of ${id} is not valid (${validation.issues.length} problem(s)); the current data ("${spec.edition}") is unchanged.`,
      {
        issues: validation.issues
          .slice(0, 50)
          .map((i) => ({ ...i, path: `${i.row ? `row ${i.row}` : 'header'}${i.path ? `, ${i.path}` : ''}` })),
        hint: 'Fix the file (or take the publisher’s file unchanged) and run the update again.',
      },
    );
  }
  if (checksum === report.current.sha256) {
    if (options.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else io.out('The file is identical to the current edition; nothing to do.\n');
    return;
  }
  if (options.dryRun) {
    if (options.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else io.out('Dry run: nothing written.\n');
    return;
  }

  const manifestPath = join(dataDir, 'manifest.json');
  const manifest = JSON.parse(readOrFail(manifestPath, 'manifest.json').toString('utf8')) as Record<string, string>;
  delete manifest[`${id}/${spec.file}`];
  manifest[`${id}/${fileName}`] = checksum;
  const sortedManifest = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  const diff = validation.diff;
  const sourcePath = join(dir, 'SOURCE.md');
  let source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : `# ${id}\n`;
  source = setSourceRow(source, 'edition', edition);
  source = setSourceRow(source, 'retrieved', `${retrieved} (\`assay data update\` from ${options.from})`);
  source = setSourceRow(source, 'file', `\`${fileName}\``);
  source = setSourceRow(source, 'sha256', `\`${checksum}\``);
  if (!source.includes('\n## Edition updates\n')) source = `${source.trimEnd()}\n\n## Edition updates\n`;
  source = `${source.trimEnd()}\n- ${retrieved}: "${spec.edition}" (\`${spec.file}\`, sha256 \`${report.current.sha256}\`) replaced by "${edition}" (\`${fileName}\`, sha256 \`${checksum}\`) from ${options.from}; ${validation.rowCount} rows, ${diff?.added.length ?? 0} added, ${diff?.removed.length ?? 0} removed, ${diff?.changed.length ?? 0} changed.\n`;

  writeAtomically([
    { path: join(dir, fileName), content: bytes },
    { path: specPath, content: `${JSON.stringify({ ...spec, edition, retrieved, file: fileName }, null, 2)}\n` },
    { path: sourcePath, content: source },
    { path: manifestPath, content: `${JSON.stringify(sortedManifest, null, 2)}\n` },
  ]);
  if (options.json) {
    io.out(`${JSON.stringify({ ...report, written: true }, null, 2)}\n`);
    return;
  }
  io.out(`Written: ${join(dir, fileName)}, dataset.json, SOURCE.md and manifest.json.\n`);
  if (fileName !== spec.file) io.out(`The previous edition file ${spec.file} is kept; delete it once reviewed.\n`);
  io.out(
    'Next: run `node packages/reference-data/scripts/build.mjs` to regenerate the core modules, review the changes, and update the attribution in dataset.json if the publisher changed it.\n',
  );
}

/** `assay data update`: load a newer edition of a bundled dataset, validate, diff, then write it atomically. */
export function registerData(program: Command, io: Io): void {
  const data = program.command('data').description('Bundled reference datasets (provenance, editions)');
  data
    .command('update')
    .description('Validate a newer edition of a dataset, show the diff, and only then write it into reference-data')
    .argument('<dataset>', 'dataset id, e.g. ti-cpi or wb-wgi')
    .option('--from <url-or-file>', 'the new edition: an http(s) URL or a local file')
    .option('--edition <label>', 'edition label for dataset.json (default: the file name)')
    .option('--retrieved <date>', 'retrieval date, YYYY-MM-DD (default: today)')
    .option('--file <name>', 'file name of the new edition in the dataset folder (default: the source name)')
    .option('--dry-run', 'validate and show the diff, but write nothing')
    .option('--json', 'print the report as JSON')
    .action((id: string, options: UpdateOptions) => update(io, id, options));
}
