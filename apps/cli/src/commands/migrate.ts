import { loadConfig } from '@assay/server';
import { createDatabase, createStore } from '@assay/storage';
import type { Command } from 'commander';
import { type Io, printResult } from '../output.js';

export function registerMigrate(program: Command, io: Io): void {
  program
    .command('migrate')
    .description('Create or update the database schema')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const database = createDatabase(config.databaseUrl);
      const store = createStore(database);
      try {
        const { applied, total } = await store.migrate();
        printResult(io, { database: database.description, applied, total }, options.json ?? false);
      } finally {
        await store.close();
      }
    });
}
