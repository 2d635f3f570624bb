import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '@assay/core';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Dialect } from './columns.js';
import type { Database } from './schema.js';

/** A connected database: the Kysely instance plus what callers may need to know about it. */
export type AssayDatabase = {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** A redacted description for logs and `--help` output (no password). */
  readonly description: string;
  /** The SQLite file path (absolute), for online backup. */
  readonly sqlitePath?: string;
  /** The PostgreSQL URL, for pg_dump. */
  readonly postgresUrl?: string;
  /** Closes every connection. */
  close(): Promise<void>;
};

/** Parsed form of `ASSAY_DATABASE_URL`. */
export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

/**
 * Parses a database URL: `sqlite:PATH` (relative to the working directory; `sqlite::memory:` for a
 * throwaway in-memory database) or `postgres://…` / `postgresql://…`.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const trimmed = url.trim();
  if (trimmed.startsWith('postgres://') || trimmed.startsWith('postgresql://')) {
    return { dialect: 'postgres', url: trimmed };
  }
  if (trimmed.startsWith('sqlite:')) {
    const path = trimmed.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw invalidUrl(url);
    return { dialect: 'sqlite', path };
  }
  throw invalidUrl(url);
}

function invalidUrl(url: string): AppError {
  const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return new AppError('config_invalid', `ASSAY_DATABASE_URL "${shown}" is not a database URL.`, {
    hint: 'Use sqlite:./data/assay.db (the default) or postgres://user:password@host:5432/database.',
  });
}

/** Opens the database the URL names. SQLite files (and their folder) are created when missing. */
export function createDatabase(url: string): AssayDatabase {
  const target = parseDatabaseUrl(url);
  return target.dialect === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url);
}

function openSqlite(path: string): AssayDatabase {
  const inMemory = path === ':memory:';
  const absolute = inMemory ? path : resolve(path);
  if (!inMemory) mkdirSync(dirname(absolute), { recursive: true });
  let connection: SqliteDatabase.Database;
  try {
    connection = new SqliteDatabase(absolute);
  } catch (error) {
    throw new AppError(
      'unavailable',
      `The SQLite database at ${absolute} cannot be opened.`,
      {
        hint: 'Check that the folder exists and is writable, or set ASSAY_DATABASE_URL.',
      },
      { cause: error },
    );
  }
  // WAL lets readers proceed while one writer commits; foreign keys are off by default in SQLite;
  // the busy timeout makes a second process wait instead of failing with SQLITE_BUSY.
  if (!inMemory) connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
  return {
    db,
    dialect: 'sqlite',
    description: `sqlite:${absolute}`,
    ...(inMemory ? {} : { sqlitePath: absolute }),
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): AssayDatabase {
  // Return counts and bigints as strings consistently; columns.ts converts them.
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client's connection error must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    description: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    postgresUrl: url,
    close: () => db.destroy(),
  };
}
