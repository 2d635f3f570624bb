import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  AppError,
  type CmrNote,
  CN_2022,
  checkImports,
  cmrIssueText,
  type DecimalConvention,
  type DecimalMark,
  type ImportCheck,
  isAppError,
  localiseParams,
  readImportFile,
  readImportTable,
  translator,
  type UiMessageKey,
} from '@assay/core';
import { type Command, Option } from 'commander';
import type { Io } from '../output.js';

const t = translator('en');
const key = (k: string) => k as UiMessageKey;

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError(
      'unreadable_file',
      `Cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'the file is not readable'}.`,
      {
        hint: 'Give a CSV or XLSX file with the columns cn_code, quantity, unit (or annual_kg), recycled, origin_country.',
      },
    );
  }
}

const noteText = (n: CmrNote) => t(key(`cmr.note.${n.code}`), localiseParams(n.params, 'en'));

function conventionText(c: DecimalConvention): string {
  if (c.basis === 'declared' || c.basis === 'delimiter')
    return t(key(`cmr.convention.${c.basis}.${c.mark ?? 'comma'}`));
  if (c.basis === 'figures')
    return t(key(`cmr.convention.figures.${c.mark ?? 'comma'}`), {
      row: (c.mark === 'comma' ? c.commaRows : c.pointRows)[0] ?? '',
    });
  if (c.basis === 'conflict')
    return t('cmr.convention.conflict', { commaRow: c.commaRows[0] ?? '', pointRow: c.pointRows[0] ?? '' });
  return t('cmr.convention.none');
}

function printTable(io: Io, check: ImportCheck, convention: DecimalConvention): void {
  io.out(`${t('cmr.title')}\n${t('cmr.rule')}\n${t('cmr.convention.title')}: ${conventionText(convention)}\n\n`);
  io.out(
    `${'ROW'.padEnd(5)} ${'CN CODE'.padEnd(16)} ${'KG'.padStart(12)} ${'ANNEX I'.padEnd(16)} ${'THRESHOLD'.padStart(10)} ${'TOTAL'.padStart(12)}  VERDICT\n`,
  );
  for (const l of check.lines) {
    const annex = l.annexLines.map((a) => `${a.part} ${a.cnCode}`).join(' + ') || '—';
    io.out(
      `${String(l.row).padEnd(5)} ${l.cnCode.padEnd(16)} ${String(l.annualKg).padStart(12)} ${annex.padEnd(16)} ${(l.thresholdKg === null ? '—' : `${l.thresholdKg}${l.verified ? '' : '*'}`).padStart(10)} ${(l.annexTotalKg === null ? '—' : String(l.annexTotalKg)).padStart(12)}  ${t(key(`cmr.reason.${l.reason}`))}${l.nature ? ` [${t(key(`cmr.nature.${l.nature}`))}]` : ''}\n`,
    );
    for (const n of l.notes) io.out(`      - ${noteText(n)}\n`);
  }
  if (check.lines.some((l) => !l.verified)) io.out(`\n* ${t('cmr.unverified')}: ${t('cmr.unverifiedHint')}\n`);
  if (check.gold) {
    const g = localiseParams(
      {
        joint: check.gold.jointKg,
        unrefined: check.gold.unrefinedKg,
        refined: check.gold.refinedKg,
        unknown: check.gold.unknownKg,
      },
      'en',
    );
    io.out(`\n${t('cmr.gold.title')}\n  ${t('cmr.gold.text', g)}\n  ${t(key(`cmr.gold.${check.gold.perLine}`), g)}\n`);
  }
  io.out(`\n${t(key(`cmr.status.${check.status}`)).toUpperCase()}: ${t(key(`cmr.statusText.${check.status}`))}\n`);
  if (check.obligations.length > 0) {
    io.out(`\n${t('cmr.duties')}:\n`);
    for (const o of check.obligations)
      io.out(
        `  [ ] ${o.article.padEnd(13)} ${o.text.en} (${t('cmr.dutyRows', { rows: o.rows.join(', ') })})${o.verified ? '' : ` (${t('cmr.dutyUnverified')})`}\n`,
      );
  }
  if (check.lines.some((l) => l.notes.some((n) => n.code === 'cn_change')))
    io.out(`\n${t('cmr.cnSource', { act: CN_2022.act })}\n`);
}

/** `assay cmr check`: the EU 2017/821 importer check on a CSV or XLSX of annual imports. */
export function registerCmr(program: Command, io: Io): void {
  const cmr = program.command('cmr').description('EU Conflict Minerals Regulation (EU) 2017/821');
  cmr
    .command('check')
    .description('Say per import line and overall whether you are in scope, and which obligations follow')
    .requiredOption(
      '--imports <file>',
      'CSV or XLSX with cn_code, quantity, unit (or annual_kg), recycled, gold_refined, origin_country, origin_region',
    )
    .addOption(
      new Option('--decimal-mark <mark>', 'decimal mark of the quantities (default: detect from the file)').choices([
        'comma',
        'point',
      ]),
    )
    .option('--json', 'print the result as JSON')
    .action((options: { imports: string; decimalMark?: DecimalMark; json?: boolean }) => {
      const bytes = readBytes(options.imports);
      let table: ReturnType<typeof readImportFile>;
      try {
        table = readImportFile(bytes, basename(options.imports));
      } catch (cause) {
        if (isAppError(cause)) throw cause;
        throw new AppError('unreadable_file', t('cmr.error.unreadable', { file: options.imports }));
      }
      const read = readImportTable(table, options.decimalMark ? { decimalMark: options.decimalMark } : {});
      const check = read.issues.length === 0 ? checkImports(read.lines) : undefined;
      const issues = [...read.issues, ...(check?.issues ?? [])];
      if (!check || issues.length > 0)
        throw new AppError('invalid_input', `${options.imports}: ${issues.length} problem(s); nothing was checked.`, {
          issues: issues.map((i) => ({
            file: options.imports,
            ...(i.row !== null ? { row: i.row } : {}),
            message: cmrIssueText(i, t, localiseParams(i.params, 'en')),
          })),
          hint: 'Columns: cn_code (4–10 digits), quantity and unit (kg, g, t) or annual_kg, recycled (yes/no, ja/nee), gold_refined (yes/no, for gold), origin_country (ISO code). --decimal-mark comma|point settles figures such as 6.000.',
        });
      if (!options.json) return printTable(io, check, read.convention);
      io.out(
        `${JSON.stringify(
          {
            status: check.status,
            inScope: check.inScope,
            rule: check.rule,
            decimalMark: read.convention,
            gold: check.gold,
            lines: check.lines.map((l) => ({
              line: l.row,
              cnCode: l.cnCode,
              annualKg: l.annualKg,
              recycled: l.recycled,
              thresholdKg: l.thresholdKg,
              annexTotalKg: l.annexTotalKg,
              inScope: l.inScope,
              reason: l.reason,
              nature: l.nature,
              verified: l.verified,
              exUnconfirmed: l.exUnconfirmed,
              annexLines: l.annexLines,
              notes: l.notes.map((n) => ({ ...n, text: noteText(n) })),
              cahra: l.cahra,
            })),
            obligations: check.obligations.map((o) => ({
              id: o.id,
              article: o.article,
              text: o.text,
              verified: o.verified,
              rows: o.rows,
            })),
          },
          null,
          2,
        )}\n`,
      );
    });
}
