/**
 * The files half of `assay backup`: the suppliers' template submissions and the grievance
 * attachments under the data folder, copied next to the database backup with a manifest of
 * SHA-256 checksums. Files still being written (`.tmp`, `.part`) are skipped; the copy goes to a
 * temporary folder that is renamed into place only when complete, so a backup is never half there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { AppError } from '@assay/core';
import { DATA_FOLDERS } from '@assay/services';

/**
 * The data folder's subfolders that hold files the database refers to. Not `imports`: staged
 * supplier imports have no row, are deleted after use and expire after a day (housekeeping).
 */
export const BACKED_UP_FOLDERS = [DATA_FOLDERS.submissions, DATA_FOLDERS.grievances] as const;

/** What the files backup wrote. */
export type FilesBackup = { readonly folder: string; readonly files: number; readonly bytes: number };

const inProgress = (name: string) => name.endsWith('.tmp') || name.endsWith('.part');

function* walk(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && !inProgress(entry.name)) yield path;
  }
}

/**
 * Copies the backed-up folders of `dataDir` into `target` (which must not exist) and writes
 * `MANIFEST.json` there: per file its path, size and SHA-256. Returns null when there is nothing
 * to copy.
 */
export function backupDataFiles(dataDir: string, target: string): FilesBackup | null {
  if (existsSync(target))
    throw new AppError('conflict', `${target} exists already.`, {
      hint: 'Choose a new backup name; backups never overwrite.',
    });
  const sources = BACKED_UP_FOLDERS.map((name) => join(dataDir, name)).filter((path) => existsSync(path));
  if (sources.length === 0) return null;
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const manifest: { path: string; bytes: number; sha256: string }[] = [];
  try {
    for (const source of sources)
      for (const file of walk(source)) {
        const path = relative(dataDir, file).split(sep).join('/');
        const copy = join(partial, path);
        mkdirSync(dirname(copy), { recursive: true });
        // Read once: the bytes written are the bytes hashed.
        const bytes = readFileSync(file);
        writeFileSync(copy, bytes, { flag: 'wx' });
        manifest.push({ path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      }
    writeFileSync(join(partial, 'MANIFEST.json'), `${JSON.stringify({ files: manifest }, null, 2)}\n`);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return { folder: target, files: manifest.length, bytes: manifest.reduce((n, f) => n + f.bytes, 0) };
}
