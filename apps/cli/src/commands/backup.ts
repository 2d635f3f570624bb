import { loadConfig } from '@assay/server';
import { backupDatabase, createDatabase } from '@assay/storage';
import type { Command } from 'commander';
import { type Io, printResult } from '../output.js';

export function registerBackup(program: Command, io: Io): void {
  program
    .command('backup')
    .description('Back up the database while it is in use (SQLite online backup, or pg_dump)')
    .requiredOption('--out <file>', 'file to write (must not exist)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { out: string; json?: boolean }) => {
      const database = createDatabase(loadConfig().databaseUrl);
      try {
        const result = await backupDatabase(database, options.out);
        printResult(io, result, options.json ?? false);
      } finally {
        await database.close();
      }
    });
}
