import { mkdirSync } from 'node:fs';
import { AppError } from '@assay/core';
import { serviceContext } from '@assay/services';
import { createDatabase, createStore } from '@assay/storage';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './http/logger.js';

export type RunningServer = { url: string; close(): Promise<void> };

/**
 * Opens the database, migrates it, and serves HTTP until SIGINT/SIGTERM, then stops accepting
 * connections, lets running requests finish (up to 10 s) and closes the database.
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
  const app = createApp({ config, ctx: serviceContext(store), logger });

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
      await store.close();
      logger.info('stopped');
    })();
    return closing;
  };
  return { url, close };
}
