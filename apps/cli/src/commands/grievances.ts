import { loadConfig } from '@assay/server';
import { createGrievanceDesk, purgeExpiredGrievances, serviceContext } from '@assay/services';
import { createDatabase, createStore } from '@assay/storage';
import type { Command } from 'commander';
import { type Io, printResult } from '../output.js';

/** `assay grievances purge`: deletes closed cases past each organisation's retention period. */
export function registerGrievances(program: Command, io: Io): void {
  const grievances = program.command('grievances').description('The grievance mechanism (OECD step 6)');
  grievances
    .command('purge')
    .description('Delete closed grievance cases, with their files, whose retention period has ended')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const store = createStore(createDatabase(config.databaseUrl));
      try {
        await store.migrate();
        const deleted = await purgeExpiredGrievances(
          createGrievanceDesk(serviceContext(store), { dataDir: config.dataDir }),
        );
        printResult(io, { deleted }, options.json ?? false);
      } finally {
        await store.close();
      }
    });
}
