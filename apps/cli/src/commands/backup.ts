import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '@assay/core';
import { loadConfig } from '@assay/server';
import { backupDatabase, createDatabase } from '@assay/storage';
import type { Command } from 'commander';
import { backupDataFiles } from '../backup-files.js';
import { type Io, printResult } from '../output.js';

export function registerBackup(program: Command, io: Io): void {
  program
    .command('backup')
    .description(
      'Back up the database while it is in use (SQLite online backup, or pg_dump), and the submitted ' +
        'templates and grievance attachments of the data folder into FILE.files/ with a checksum manifest',
    )
    .requiredOption('--out <file>', 'file to write (must not exist)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { out: string; json?: boolean }) => {
      const config = loadConfig();
      const filesFolder = `${resolve(options.out)}.files`;
      if (existsSync(filesFolder))
        throw new AppError('conflict', `${filesFolder} exists already.`, {
          hint: 'Choose a new file name; backups never overwrite.',
        });
      const database = createDatabase(config.databaseUrl);
      try {
        const result = await backupDatabase(database, options.out);
        // After the database: every file a backed-up row refers to was written before that row.
        const files = backupDataFiles(config.dataDir, filesFolder);
        printResult(io, { ...result, files: files ?? 'none in the data folder' }, options.json ?? false);
      } finally {
        await database.close();
      }
    });
}
