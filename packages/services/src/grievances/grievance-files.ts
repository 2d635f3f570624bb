import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, rmdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/** A file written under a temporary name, waiting for the database commit. */
export type StagedFile = { readonly caseId: string; readonly storageName: string };

/** What {@link GrievanceFiles.recover} did in one case folder. */
export type GrievanceFilesRecovery = { readonly adopted: number; readonly removed: number };

/**
 * Attachment bytes on disk, outside any web root: `<root>/<case id>/<random name>`. Files are
 * written as `<name>.part` first (flushed to disk) and renamed after the database commit, so a
 * failed submission leaves neither a row without a file nor a visible file without a row. A crash
 * can still leave a `.part` file: without a row (before the commit) or with one (between the commit
 * and the rename); {@link GrievanceFiles.recover} removes the first and adopts the second.
 */
export type GrievanceFiles = {
  stage(caseId: string, bytes: Uint8Array): Promise<StagedFile>;
  /** Makes staged files visible; `at` (a coarse reception time) replaces their and their folder's times. */
  commit(files: readonly StagedFile[], at?: Date): Promise<void>;
  discard(files: readonly StagedFile[]): Promise<void>;
  read(caseId: string, storageName: string): Promise<Uint8Array>;
  removeCase(caseId: string): Promise<void>;
  /** The case ids that have a folder (for housekeeping). */
  caseFolders(): Promise<string[]>;
  /**
   * Tidies one case folder after a crash. `attachments` are the case's rows (storage name → their
   * time, ISO), or `undefined` when the case has no row. A `.part` file with a row is renamed into
   * place (with the row's time); a `.part` file or a file without a row is removed; the folder of a
   * case without a row goes once empty. Only files older than `graceMs` (default ten minutes) are
   * touched, so a submission in progress keeps its files.
   */
  recover(
    caseId: string,
    attachments: ReadonlyMap<string, string> | undefined,
    graceMs?: number,
  ): Promise<GrievanceFilesRecovery>;
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
      const handle = await open(`${path(root, caseId, storageName)}.part`, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
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
    async caseFolders() {
      const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
      return entries.filter((e) => e.isDirectory() && SAFE.test(e.name)).map((e) => e.name);
    },
    async recover(caseId, attachments, graceMs = 10 * 60_000) {
      const dir = folder(root, caseId);
      const names = await readdir(dir).catch(() => undefined);
      if (!names) return { adopted: 0, removed: 0 };
      const old = async (name: string) => {
        const info = await stat(join(dir, name)).catch(() => undefined);
        return info?.isFile() === true && Date.now() - info.mtimeMs >= graceMs;
      };
      let adopted = 0;
      let removed = 0;
      for (const name of names) {
        const partial = name.endsWith('.part');
        const storageName = partial ? name.slice(0, -'.part'.length) : name;
        if (!SAFE.test(storageName) || !(await old(name))) continue;
        const at = attachments?.get(storageName);
        if (partial && at !== undefined && !names.includes(storageName)) {
          const target = join(dir, storageName);
          await rename(join(dir, name), target);
          await utimes(target, new Date(at), new Date(at));
          adopted++;
        } else if (partial || at === undefined) {
          await rm(join(dir, name), { force: true });
          removed++;
        }
      }
      if (!attachments) {
        // A case without a row has nothing left to wait for: its folder goes once it is empty.
        const info = await stat(dir).catch(() => undefined);
        if (removed > 0 || (info && Date.now() - info.mtimeMs >= graceMs)) await rmdir(dir).catch(() => undefined);
      } else if (adopted + removed > 0) {
        // As after a commit: the folder's times are those of the case's latest attachment.
        const latest = [...attachments.values()].sort().at(-1);
        if (latest) await utimes(dir, new Date(latest), new Date(latest)).catch(() => undefined);
      }
      return { adopted, removed };
    },
  };
}
