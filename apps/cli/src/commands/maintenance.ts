import { loadConfig } from '@assay/server';
import { dataFiles, runHousekeeping } from '@assay/services';
import type { Command } from 'commander';
import { withDatabase } from '../database.js';
import { type Io, printResult } from '../output.js';

/**
 * `assay maintenance cleanup`: the housekeeping the server runs at start-up and every hour, once:
 * partial and unrecorded files of every organisation, expired staged imports, grievance
 * attachments left between commit and rename. Prints counts only.
 */
export function registerMaintenance(program: Command, io: Io): void {
  const maintenance = program.command('maintenance').description('Maintenance of the database and the data folder');
  maintenance
    .command('cleanup')
    .description(
      'Remove partial upload files and files without a row, staged supplier imports older than a day, ' +
        'and put in place grievance attachments a crash left half-done (files younger than ten minutes are left alone)',
    )
    .option('--json', 'print the counts as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const report = await withDatabase((ctx) => runHousekeeping(ctx, dataFiles(config.dataDir)));
      printResult(io, report, options.json ?? false);
    });
}
