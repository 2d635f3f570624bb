import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, declarationSchema, fillTemplate, readTemplate } from '@assay/core';
// The subpath keeps storage, pg and argon2 out of every worker thread that checks files.
import { nodeInflateRaw } from '@assay/services/node-inflate';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { EXIT_FINDINGS } from '../exit-codes.js';
import type { Io } from '../output.js';
import type { FileCheck } from '../templates/check-file.js';
import { checkFiles } from '../templates/check-pool.js';
import { expandInputs } from '../templates/expand-inputs.js';

function readBytes(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new AppError('invalid_input', `Cannot read ${what} ${path}.`, {
      hint: 'Check the path and that the file is readable.',
    });
  }
}

function printTable(io: Io, results: readonly FileCheck[]): void {
  for (const r of results) {
    const what = r.family ? `${r.family} ${r.version}` : '';
    io.out(
      `${r.status.toUpperCase().padEnd(10)} ${basename(r.file)}  ${what}  errors ${r.errors}, warnings ${r.warnings}\n`,
    );
    if (r.reason) io.out(`    ${r.reason}\n`);
    for (const f of r.findings.filter((x) => x.severity !== 'info')) {
      const where = [f.sheet, f.cell].filter(Boolean).join('!');
      io.out(`    ${f.severity.padEnd(7)} ${f.code.padEnd(28)} ${where.padEnd(22)} ${f.message}\n`);
    }
  }
  const count = (s: FileCheck['status']) => results.filter((r) => r.status === s).length;
  io.out(
    `\n${results.length} file(s): ${count('valid')} valid, ${count('warnings')} with warnings, ${count('errors')} with errors, ${count('unreadable')} unreadable\n`,
  );
}

/** Exit code of a check: 2 when any file could not be read, 1 when any has errors, else 0. */
export function checkExitCode(results: readonly FileCheck[]): number {
  if (results.some((r) => r.status === 'unreadable')) return 2;
  if (results.some((r) => r.status === 'errors')) return EXIT_FINDINGS;
  return 0;
}

export function registerTemplate(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const template = program
    .command('template')
    .description('Read, check and fill RMI reporting templates (CMRT, EMRT, AMRT, CRT)');

  template
    .command('read')
    .description('Read one workbook into the canonical declaration model (JSON)')
    .argument('<file>', 'the workbook (.xlsx)')
    .option('--json', 'print JSON (the default and only format)')
    .action((file: string) => {
      const result = readTemplate(readBytes(file, 'the workbook'), {
        fileName: basename(file),
        inflateRaw: nodeInflateRaw,
      });
      io.out(
        `${JSON.stringify({ file: basename(file), ...result.declaration, findings: result.findings }, null, 2)}\n`,
      );
      if (result.findings.some((f) => f.severity === 'error')) setExitCode(EXIT_FINDINGS);
    });

  template
    .command('check')
    .description('Validate workbooks like RMI’s Checker: files, folders (recursive) or glob patterns, on all cores')
    .argument('<inputs...>', 'files, folders or patterns such as "replies/**/*.xlsx"')
    .option('--json', 'print the findings per file as JSON')
    .option('--today <date>', 'the date to judge declaration dates against (YYYY-MM-DD)')
    .option('--workers <n>', 'number of worker threads (default: all cores)')
    .action(async (inputs: string[], options: { json?: boolean; today?: string; workers?: string }) => {
      const files = expandInputs(inputs);
      const bar =
        io.isTty && !options.json && files.length > 1
          ? new cliProgress.SingleBar(
              { format: 'checking {bar} {value}/{total} files', stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      bar?.start(files.length, 0);
      const results = await checkFiles(files, {
        ...(options.today ? { today: options.today } : {}),
        ...(options.workers ? { workers: Number(options.workers) } : {}),
        onResult: (_r, done) => bar?.update(done),
      });
      bar?.stop();
      if (options.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
      else printTable(io, results);
      setExitCode(checkExitCode(results));
    });

  template
    .command('fill')
    .description('Write a declaration (JSON, as printed by `template read`) into an official blank template')
    .requiredOption('--template <blank>', 'the official blank workbook from the RMI (.xlsx)')
    .requiredOption('--data <model>', 'the declaration as JSON')
    .requiredOption('--out <file>', 'where to write the filled workbook')
    .option('--json', 'print the result as JSON')
    .action((options: { template: string; data: string; out: string; json?: boolean }) => {
      const blank = readBytes(options.template, 'the blank template');
      let raw: unknown;
      try {
        raw = JSON.parse(new TextDecoder().decode(readBytes(options.data, 'the data file')));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('invalid_input', `${options.data} is not valid JSON.`);
      }
      const parsed = declarationSchema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError('invalid_input', `${options.data} is not a declaration.`, {
          issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      }
      const filled = fillTemplate(blank, parsed.data);
      // Write beside the target and rename, so a failure never leaves half a workbook.
      const temp = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
      writeFileSync(temp, filled);
      renameSync(temp, options.out);
      const summary = {
        out: options.out,
        bytes: filled.byteLength,
        family: parsed.data.family,
        version: parsed.data.version,
      };
      io.out(
        options.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `wrote ${summary.out} (${summary.family} ${summary.version}, ${summary.bytes} bytes)\n`,
      );
    });
}
