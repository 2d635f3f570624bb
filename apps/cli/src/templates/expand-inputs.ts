import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { AppError } from '@assay/core';

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** Turns a glob into a RegExp over `/`-separated paths: `*` within a segment, `**` across, `?` one char. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') pattern += '[^/]*';
    else if (ch === '?') pattern += '[^/]';
    else pattern += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path, out);
    else if (WORKBOOK.test(name)) out.push(path);
  }
}

/**
 * Expands FILE, FOLDER (recursively: .xlsx, .xlsm, .xls) and GLOB arguments into a sorted list of
 * files, without duplicates. A name that matches nothing is an error that names it.
 */
export function expandInputs(inputs: readonly string[], cwd = process.cwd()): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const normal = input.split(sep).join('/');
      const firstWild = normal.search(/[*?]/);
      const base = normal.slice(0, normal.lastIndexOf('/', firstWild) + 1) || './';
      const regex = globToRegExp(resolve(cwd, normal).split(sep).join('/'));
      const candidates: string[] = [];
      try {
        walk(resolve(cwd, base), candidates);
      } catch {
        throw new AppError('invalid_input', `No folder ${base} for the pattern ${input}.`);
      }
      const matched = candidates.filter((file) => regex.test(file.split(sep).join('/')));
      if (matched.length === 0) throw new AppError('invalid_input', `No workbook matches ${input}.`);
      for (const file of matched) files.add(file);
      continue;
    }
    const path = resolve(cwd, input);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      throw new AppError('invalid_input', `${input} does not exist.`, {
        hint: 'Give a file, a folder or a pattern such as "replies/**/*.xlsx".',
      });
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(path, found);
      for (const file of found) files.add(file);
    } else files.add(path);
  }
  return [...files].sort();
}
