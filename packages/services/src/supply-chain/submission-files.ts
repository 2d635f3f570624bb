import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Original bytes of received templates: `<root>/<organisation id>/<sha256>`, outside any web root.
 * A file is written under a temporary name, flushed to disk (fsync) and renamed into place; its
 * database row is written afterwards, in one transaction. So a crash leaves at most a temporary file
 * or a file without a row, and {@link SubmissionFiles.recover} removes both: no row ever points to a
 * missing or half-written file, and intake simply runs again.
 */
export type SubmissionFiles = {
  put(organisationId: string, sha256: string, bytes: Uint8Array): Promise<void>;
  read(organisationId: string, sha256: string): Promise<Uint8Array>;
  /** Removes a file whose row was not written (the transaction failed). */
  discard(organisationId: string, sha256: string): Promise<void>;
  /**
   * Deletes temporary files and files without a row that are older than `graceMs` (default ten
   * minutes, so an intake running in parallel keeps the file it is about to record); returns how
   * many were removed.
   */
  recover(organisationId: string, recorded: ReadonlySet<string>, graceMs?: number): Promise<number>;
};

const SHA = /^[0-9a-f]{64}$/;
const SAFE_ID = /^[A-Za-z0-9-]+$/;

function folder(root: string, organisationId: string): string {
  if (!SAFE_ID.test(organisationId)) throw new Error('Unsafe organisation id for a file path.');
  return join(root, organisationId);
}

function filePath(root: string, organisationId: string, sha256: string): string {
  if (!SHA.test(sha256)) throw new Error('Unsafe file hash for a file path.');
  return join(folder(root, organisationId), sha256);
}

/** Files under `root` (the server and CLI pass `<dataDir>/submissions`). */
export function createSubmissionFiles(root: string): SubmissionFiles {
  return {
    async put(organisationId, sha256, bytes) {
      const target = filePath(root, organisationId, sha256);
      const existing = await stat(target).catch(() => undefined);
      if (existing?.isFile() && existing.size === bytes.byteLength) {
        // Fresh again: housekeeping must not take it for an old file without a row (or an expired
        // staged import) while the caller is about to use it.
        const now = new Date();
        const touched = await utimes(target, now, now).then(
          () => true,
          () => false,
        );
        if (touched) return;
      }
      await mkdir(folder(root, organisationId), { recursive: true, mode: 0o700 });
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    },
    async read(organisationId, sha256) {
      return new Uint8Array(await readFile(filePath(root, organisationId, sha256)));
    },
    async discard(organisationId, sha256) {
      await rm(filePath(root, organisationId, sha256), { force: true });
    },
    async recover(organisationId, recorded, graceMs = 10 * 60_000) {
      let names: string[];
      try {
        names = await readdir(folder(root, organisationId));
      } catch {
        return 0;
      }
      let removed = 0;
      for (const name of names) {
        if (!(name.endsWith('.tmp') || (SHA.test(name) && !recorded.has(name)))) continue;
        const path = join(folder(root, organisationId), name);
        const info = await stat(path).catch(() => undefined);
        if (!info || Date.now() - info.mtimeMs < graceMs) continue;
        await rm(path, { force: true });
        removed++;
      }
      return removed;
    },
  };
}
