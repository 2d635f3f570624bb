/**
 * Test-only: provisions PostgreSQL for the repository suite.
 * 1. `ASSAY_TEST_PG_URL` when set (a server you run; each test file gets its own database in it);
 * 2. otherwise a throwaway cluster (initdb + pg_ctl on a free port in a temp dir) when PostgreSQL
 *    binaries are found (as root they run as the `postgres` user, since initdb refuses root);
 * 3. otherwise none: the suite is skipped with a visible message, except with CI=true, where a
 *    missing PostgreSQL is a failure.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type PostgresProvision = { url: string; stop(): void; origin: string };

/** Where PostgreSQL's server binaries live, newest version first. */
export function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function runAsOwner(bin: string, args: string[], asPostgres: boolean): void {
  const [cmd, argv] = asPostgres ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: 'pipe', timeout: 60_000 });
}

/** Starts a throwaway cluster, or returns the configured server, or undefined when neither exists. */
export async function provisionPostgres(): Promise<PostgresProvision | undefined> {
  const configured = process.env.ASSAY_TEST_PG_URL;
  if (configured) return { url: configured, stop: () => {}, origin: 'ASSAY_TEST_PG_URL' };

  const bin = findPostgresBin();
  if (!bin) return undefined;
  const asPostgres = typeof process.getuid === 'function' && process.getuid() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'assay-pg-'));
  const data = join(dir, 'data');
  if (asPostgres) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  runAsOwner(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    asPostgres,
  );
  runAsOwner(
    join(bin, 'pg_ctl'),
    [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ],
    asPostgres,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    origin: `throwaway cluster (${bin}, port ${port})`,
    stop: () => {
      try {
        runAsOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], asPostgres);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}
