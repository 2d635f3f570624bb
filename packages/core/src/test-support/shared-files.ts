/**
 * Test-only helper (never imported by production code): locates the read-only sample files in
 * `../shared/` beside the repository. Real company files stay there; tests read them in place.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Absolute path of `../shared/<sub>` when it exists, else `undefined` (and a visible skip note). */
export function sharedPath(sub: string): string | undefined {
  const path = resolve(repoRoot, '..', 'shared', sub);
  if (existsSync(path)) return path;
  console.warn(`skipped: ../shared/${sub} not found`);
  return undefined;
}

/** Files directly inside a shared folder whose names end with one of `extensions`. */
export function sharedFiles(sub: string, extensions: readonly string[]): string[] {
  const dir = sharedPath(sub);
  if (!dir) return [];
  return readdirSync(dir)
    .filter((name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)))
    .sort()
    .map((name) => join(dir, name));
}

/** The repository root, for tests that need to resolve project files. */
export const REPO_ROOT = repoRoot;
