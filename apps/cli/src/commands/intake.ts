import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '@assay/core';
import { loadConfig } from '@assay/server';
import { dataFiles, type IntakeResult, intakeTemplate, type OrgActor, recoverIntake } from '@assay/services';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { withDatabase } from '../database.js';
import { EXIT_FINDINGS } from '../exit-codes.js';
import type { Io } from '../output.js';
import { expandInputs } from '../templates/expand-inputs.js';

/** One line of the JSON summary. */
type IntakeLine = Pick<IntakeResult, 'supplier' | 'family' | 'version' | 'status' | 'errors' | 'warnings'> & {
  file: string;
  duplicate?: boolean;
  message?: string;
};

export function registerIntake(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('intake')
    .description('Receive supplier templates from a folder into an organisation: store, check, link, match smelters')
    .argument('<folder>', 'a folder (searched recursively), file or pattern of .xlsx templates')
    .requiredOption('--org <slug>', 'the organisation that receives them')
    .option('--json', 'print { file, supplier, family, version, status, errors, warnings } per file as JSON')
    .action(async (folder: string, options: { org: string; json?: boolean }) => {
      const paths = expandInputs([folder]);
      const config = loadConfig();
      const files = dataFiles(config.dataDir).submissions;
      const lines = await withDatabase(async (ctx) => {
        const organisation = await ctx.store.organisations.findBySlug(options.org);
        if (!organisation) throw new AppError('not_found', `There is no organisation "${options.org}".`);
        // The command line acts with the owner's rights as the operator ("cli" in the audit log).
        const actor = {
          userId: null,
          label: 'cli',
          organisationId: organisation.id,
          role: 'owner',
        } as unknown as OrgActor;
        await recoverIntake(ctx, files, actor);
        const bar =
          io.isTty && !options.json && paths.length > 1
            ? new cliProgress.SingleBar(
                { format: 'intake {bar} {value}/{total} files', stream: process.stderr },
                cliProgress.Presets.shades_classic,
              )
            : undefined;
        bar?.start(paths.length, 0);
        const out: IntakeLine[] = [];
        for (const path of paths) {
          const file = basename(path);
          try {
            const r = await intakeTemplate(ctx, files, actor, { fileName: file, bytes: readFileSync(path) });
            out.push({
              file,
              supplier: r.supplier,
              family: r.family,
              version: r.version,
              status: r.status,
              errors: r.errors,
              warnings: r.warnings,
              ...(r.duplicate ? { duplicate: true } : {}),
            });
          } catch (error) {
            if (!(error instanceof AppError) || error.code === 'internal' || error.code === 'unavailable') throw error;
            out.push({
              file,
              supplier: null,
              family: null,
              version: null,
              status: 'rejected',
              errors: 1,
              warnings: 0,
              message: error.message,
            });
          }
          bar?.increment();
        }
        bar?.stop();
        return out;
      });
      if (options.json) io.out(`${JSON.stringify(lines, null, 2)}\n`);
      else {
        for (const l of lines)
          io.out(
            `${l.status.padEnd(17)} ${l.file}  ${l.family ? `${l.family} ${l.version}` : ''}  ${l.supplier ?? '(no supplier)'}  errors ${l.errors}, warnings ${l.warnings}${l.duplicate ? '  (already received)' : ''}\n`,
          );
        const count = (s: string) => lines.filter((l) => l.status === s).length;
        io.out(
          `\n${lines.length} file(s): ${count('valid')} valid, ${count('needs_correction')} need correction, ${count('unreadable') + count('rejected')} unreadable\n`,
        );
      }
      if (lines.some((l) => l.status !== 'valid')) setExitCode(EXIT_FINDINGS);
    });
}
