import { loadConfig, startServer } from '@assay/server';
import type { Command } from 'commander';
import type { Io } from '../output.js';

export function registerServe(program: Command, io: Io): void {
  program
    .command('serve')
    .description('Serve the web app and API (migrates the database first)')
    .option('--port <n>', 'port to listen on (default: PORT or 3000)')
    .action(async (options: { port?: string }) => {
      const config = loadConfig(process.env, { port: options.port });
      const server = await startServer(config);
      io.err(`Assay is running at ${server.url}  (Ctrl+C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          void server.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
