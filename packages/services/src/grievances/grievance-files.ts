import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A file written under a temporary name, waiting for the database commit. */
export type StagedFile = { readonly caseId: string; readonly storageName: string };

/**
 * Attachment bytes on disk, outside any web root: `<root>/<case id>/<random name>`. Files are
 * written as `<name>.part` first and renamed after the database commit, so a failed submission
 * leaves neither a row without a file nor a visible file without a row.
 */
export type GrievanceFiles = {
  stage(caseId: string, bytes: Uint8Array): Promise<StagedFile>;
  /** Makes staged files visible; `at` (a coarse reception time) replaces their and their folder's times. */
  commit(files: readonly StagedFile[], at?: Date): Promise<void>;
  discard(files: readonly StagedFile[]): Promise<void>;
  read(caseId: string, storageName: string): Promise<Uint8Array>;
  removeCase(caseId: string): Promise<void>;
};

const SAFE = /^[A-Za-z0-9-]+$/;

function folder(root: string, caseId: string): string {
  if (!SAFE.test(caseId)) throw new Error('Unsafe case id for a file path.');
  return join(root, caseId);
}

function path(root: string, caseId: string, storageName: string): string {
  if (!SAFE.test(storageName)) throw new Error('Unsafe storage name for a file path.');
  return join(folder(root, caseId), storageName);
}

/** Files under `root` (the server passes `<dataDir>/grievances`). */
export function createGrievanceFiles(root: string): GrievanceFiles {
  return {
    async stage(caseId, bytes) {
      const storageName = randomBytes(18).toString('base64url').replaceAll('_', '-');
      await mkdir(folder(root, caseId), { recursive: true, mode: 0o700 });
      await writeFile(`${path(root, caseId, storageName)}.part`, bytes, { mode: 0o600, flag: 'wx' });
      return { caseId, storageName };
    },
    async commit(files, at) {
      for (const file of files) {
        const target = path(root, file.caseId, file.storageName);
        await rename(`${target}.part`, target);
        // A file's modification time would otherwise be the reporter's millisecond.
        if (at) await utimes(target, at, at);
      }
      if (at) for (const caseId of new Set(files.map((f) => f.caseId))) await utimes(folder(root, caseId), at, at);
    },
    async discard(files) {
      for (const file of files) await rm(`${path(root, file.caseId, file.storageName)}.part`, { force: true });
    },
    async read(caseId, storageName) {
      return new Uint8Array(await readFile(path(root, caseId, storageName)));
    },
    async removeCase(caseId) {
      await rm(folder(root, caseId), { recursive: true, force: true });
    },
  };
}
