/**
 * The dependency rules of docs/ARCHITECTURE.md, checked on the source: which folder may import
 * what. Run by `npm run lint` (scripts/check-architecture.ts); proven by architecture.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';

export type Rule = {
  /** Folder (relative to the repository root, `/`-separated) the rule applies to. */
  folder: string;
  /** Why, shown with each violation. */
  reason: string;
  /** True when the import specifier is forbidden in this folder. */
  forbids: (specifier: string) => boolean;
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isNodeBuiltin = (s: string) =>
  s.startsWith('node:') || NODE_BUILTINS.has(s) || NODE_BUILTINS.has(s.split('/')[0] ?? '');

/** Packages the pure core may use: small, pure, browser-safe libraries. */
export const CORE_ALLOWED_PACKAGES = new Set(['zod', 'fflate']);

export const RULES: readonly Rule[] = [
  {
    folder: 'packages/core/src',
    reason: 'the core is pure: no I/O, no framework, no other workspace package (it also runs in the browser)',
    forbids: (s) => {
      if (s.startsWith('.')) return false;
      if (isNodeBuiltin(s)) return true;
      const pkg = s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s);
      return !CORE_ALLOWED_PACKAGES.has(pkg);
    },
  },
  {
    folder: 'packages/storage/src',
    reason: 'storage may use the core and database drivers, never the services, server or CLI',
    forbids: (s) => /^@assay\/(services|server|cli)\b/.test(s) || /^hono\b|^@hono\//.test(s),
  },
  {
    folder: 'packages/services/src',
    reason: 'use cases may use the core and storage, never the server or CLI',
    forbids: (s) => /^@assay\/(server|cli)\b/.test(s) || /^hono\b|^@hono\//.test(s),
  },
  {
    folder: 'apps/server/src',
    reason: 'the server never depends on the CLI',
    forbids: (s) => /^@assay\/cli\b/.test(s),
  },
];

export type Violation = { file: string; line: number; specifier: string; reason: string };

const IMPORT =
  /(?:^|[^\w.])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|(?:^|[^\w.])import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Test files and test-only helpers may use Node (they read fixtures); production files may not. */
function isTestFile(path: string): boolean {
  return /\.test\.tsx?$/.test(path) || path.split(sep).includes('test-support') || path.endsWith('.d.ts');
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every import in `root` that breaks a rule. */
export function checkArchitecture(root: string, rules: readonly Rule[] = RULES): Violation[] {
  const violations: Violation[] = [];
  for (const rule of rules) {
    for (const file of sourceFiles(join(root, rule.folder))) {
      if (isTestFile(file)) continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((text, index) => {
        for (const match of text.matchAll(IMPORT)) {
          const specifier = match[1] ?? match[2] ?? match[3];
          if (specifier && rule.forbids(specifier)) {
            violations.push({
              file: relative(root, file).split(sep).join('/'),
              line: index + 1,
              specifier,
              reason: rule.reason,
            });
          }
        }
      });
    }
  }
  return violations;
}
