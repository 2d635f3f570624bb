import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '@assay/core';
import SqliteDatabase from 'better-sqlite3';
import type { AssayDatabase } from './create-database.js';

/** What a backup wrote. */
export type BackupResult = { file: string; bytes: number; method: 'sqlite-online-backup' | 'pg_dump' };

/**
 * Backs up the database while it stays in use: SQLite's online backup API (a consistent snapshot
 * even during writes), or `pg_dump --format=custom` for PostgreSQL when pg_dump is on PATH.
 */
export async function backupDatabase(database: AssayDatabase, out: string): Promise<BackupResult> {
  const file = resolve(out);
  if (existsSync(file))
    throw new AppError('conflict', `${file} exists already.`, {
      hint: 'Choose a new file name; backups never overwrite.',
    });
  mkdirSync(dirname(file), { recursive: true });
  if (database.sqlitePath) {
    const source = new SqliteDatabase(database.sqlitePath, { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    return { file, bytes: statSync(file).size, method: 'sqlite-online-backup' };
  }
  if (database.postgresUrl) {
    await runPgDump(database.postgresUrl, file);
    return { file, bytes: statSync(file).size, method: 'pg_dump' };
  }
  throw new AppError('unavailable', 'An in-memory database cannot be backed up.');
}

function runPgDump(url: string, file: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${url}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new AppError(
              'unavailable',
              'pg_dump was not found on PATH, so the PostgreSQL database cannot be backed up.',
              {
                hint: 'Install the PostgreSQL client tools (Debian: apt-get install postgresql-client), or back up with your database host’s tools.',
              },
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new AppError('unavailable', `pg_dump failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`));
    });
  });
}
