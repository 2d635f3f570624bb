import { readFileSync } from 'node:fs';
import { AppError, checkImports, type ErrorIssue, type ImportCheck, parseCsv, parseImportCsv } from '@assay/core';
import type { Command } from 'commander';
import type { Io } from '../output.js';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError(
      'unreadable_file',
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'the file is not readable'}.`,
      { hint: 'Give a CSV file with the columns cn_code,annual_kg,recycled,origin_country.' },
    );
  }
}

const REASON_TEXT: Readonly<Record<string, string>> = {
  at_or_above_threshold: 'at or above the threshold (annual total)',
  below_threshold: 'below the threshold (annual total)',
  recycled_exempt: 'recycled or scrap: exempt',
  not_in_annex_i: 'not in Annex I',
  taric_not_covered: 'TARIC subdivision not in Annex I',
  invalid: 'invalid line',
};

function printTable(io: Io, check: ImportCheck, fileLines: readonly number[]): void {
  io.out('EU Conflict Minerals Regulation (EU) 2017/821: importer check (Annex I thresholds, Art. 1(3))\n\n');
  io.out(
    `${'LINE'.padEnd(5)} ${'CN CODE'.padEnd(16)} ${'KG'.padStart(12)} ${'THRESHOLD'.padStart(10)}  IN SCOPE  REASON\n`,
  );
  for (const l of check.lines) {
    const notes = [
      l.verified ? '' : 'threshold unverified (single source)',
      l.exUnconfirmed ? 'ex code without TARIC subdivision: in scope as a precaution' : '',
      l.cahra?.listed
        ? 'origin on the EU CAHRA list'
        : l.cahra?.countryListed
          ? 'origin country has CAHRA regions'
          : '',
    ].filter(Boolean);
    io.out(
      `${String(fileLines[l.row - 1] ?? l.row).padEnd(5)} ${l.cnCode.padEnd(16)} ${String(l.annualKg).padStart(12)} ${(l.thresholdKg === null ? '—' : String(l.thresholdKg)).padStart(10)}  ${(l.inScope ? 'yes' : 'no').padEnd(8)}  ${REASON_TEXT[l.reason] ?? l.reason}${notes.length > 0 ? ` [${notes.join('; ')}]` : ''}\n`,
    );
  }
  io.out(
    `\n${check.inScope ? 'IN SCOPE: you are a Union importer under Regulation (EU) 2017/821 for the lines above.' : 'NOT IN SCOPE: no line reaches its Annex I threshold.'}\n`,
  );
  if (check.obligations.length > 0) {
    io.out('\nObligations (Arts. 4–7):\n');
    for (const o of check.obligations)
      io.out(`  [ ] ${o.article.padEnd(13)} ${o.text.en}${o.verified ? '' : ' (wording unverified)'}\n`);
  }
}

/** `assay cmr check`: the EU 2017/821 importer check on a CSV of annual imports. */
export function registerCmr(program: Command, io: Io): void {
  const cmr = program.command('cmr').description('EU Conflict Minerals Regulation (EU) 2017/821');
  cmr
    .command('check')
    .description('Say per import line and overall whether you are in scope, and which obligations follow')
    .requiredOption('--imports <file>', 'CSV with cn_code,annual_kg,recycled[,origin_country[,origin_region]]')
    .option('--json', 'print the result as JSON')
    .action((options: { imports: string; json?: boolean }) => {
      const text = readText(options.imports);
      const parsed = parseImportCsv(text);
      // Line numbers in the file of the data rows, so row-level messages point at the right line.
      const fileLines = parseCsv(text).rows.map((r) => r.line);
      const issues: ErrorIssue[] = parsed.issues.map((i) => ({ ...i, file: options.imports }));
      if (parsed.issues.length === 0 && parsed.lines.length === 0)
        issues.push({ file: options.imports, row: 1, message: 'the file has no import lines' });
      const check = issues.length === 0 ? checkImports(parsed.lines) : undefined;
      for (const i of check?.issues ?? [])
        issues.push({ ...i, file: options.imports, ...(i.row ? { row: fileLines[i.row - 1] ?? i.row } : {}) });
      if (!check || issues.length > 0)
        throw new AppError('invalid_input', `${options.imports}: ${issues.length} problem(s); nothing was checked.`, {
          issues: issues.map((i) => ({
            ...i,
            path: i.row ? `line ${i.row}${i.path ? `, ${i.path}` : ''}` : (i.path ?? ''),
          })),
          hint: 'Columns: cn_code (4–10 digits), annual_kg (kg per year), recycled (true/false, ja/nee), origin_country (ISO code, optional).',
        });
      if (!options.json) return printTable(io, check, fileLines);
      io.out(
        `${JSON.stringify(
          {
            inScope: check.inScope,
            rule: check.rule,
            lines: check.lines.map((l) => ({
              line: fileLines[l.row - 1] ?? l.row,
              cnCode: l.cnCode,
              annualKg: l.annualKg,
              thresholdKg: l.thresholdKg,
              annexTotalKg: l.annexTotalKg,
              inScope: l.inScope,
              reason: l.reason,
              verified: l.verified,
              exUnconfirmed: l.exUnconfirmed,
              annexLine: l.annexLine,
              cahra: l.cahra,
            })),
            obligations: check.obligations.map((o) => ({
              id: o.id,
              article: o.article,
              text: o.text,
              verified: o.verified,
            })),
          },
          null,
          2,
        )}\n`,
      );
    });
}
