import { mkdirSync } from 'node:fs';
import { AppError } from '@assay/core';
import {
  dataFiles,
  HOUSEKEEPING_INTERVAL_MS,
  type HousekeepingReport,
  runHousekeeping,
  serviceContext,
} from '@assay/services';
import { createDatabase, createStore } from '@assay/storage';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './http/logger.js';

export type RunningServer = { url: string; close(): Promise<void> };

/**
 * Opens the database, migrates it, runs housekeeping (what a crash left in the data folder), and
 * serves HTTP until SIGINT/SIGTERM, then stops accepting connections, lets running requests finish
 * (up to 10 s) and closes the database. Housekeeping runs again every hour while the server runs.
 */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
): Promise<RunningServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = createDatabase(config.databaseUrl);
  const store = createStore(database);
  const { applied } = await store.migrate();
  if (applied.length > 0) logger.info('database migrated', { applied: applied.join(','), database: database.dialect });
  const ctx = serviceContext(store);
  const app = createApp({ config, ctx, logger });

  const files = dataFiles(config.dataDir);
  let housekeeping: Promise<void> | undefined;
  const tidy = (when: 'start-up' | 'periodic') => {
    housekeeping ??= runHousekeeping(ctx, files)
      .then((report: HousekeepingReport) => {
        // Counts only: no file names, organisations or cases.
        const changed = Object.entries(report).some(([key, n]) => key !== 'organisations' && n > 0);
        if (report.failures > 0) logger.warn('housekeeping', { when, ...report });
        else if (changed || when === 'start-up') logger.info('housekeeping', { when, ...report });
      })
      .catch((error: unknown) => {
        logger.error('housekeeping failed', { when, error: error instanceof Error ? error.name : 'unknown' });
      })
      .finally(() => {
        housekeeping = undefined;
      });
    return housekeeping;
  };
  await tidy('start-up');
  const every = setInterval(() => void tidy('periodic'), HOUSEKEEPING_INTERVAL_MS);
  every.unref();

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new AppError('unavailable', `Port ${config.port} is in use.`, {
              hint: 'Stop the other program, or start with PORT=3001 (or --port 3001).',
            })
          : error,
      ),
    );
  });
  const url = `http://localhost:${config.port}`;
  logger.info('listening', { url, database: database.dialect });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      logger.info('shutting down');
      clearInterval(every);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          resolve();
        }, 10_000);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await housekeeping;
      await store.close();
      logger.info('stopped');
    })();
    return closing;
  };
  return { url, close };
}
