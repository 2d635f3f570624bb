/**
 * Test-only: a real Assay HTTP server on a free loopback port with a fresh SQLite database in a
 * temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, startServer } from '@assay/server';

export type TestServer = { url: string; dataDir: string; logs: string[]; close(): Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'assay-e2e-'));
  const port = await freePort();
  const logs: string[] = [];
  const config = loadConfig({
    ASSAY_DATABASE_URL: `sqlite:${join(dataDir, 'assay.db')}`,
    ASSAY_DATA_DIR: dataDir,
    PORT: String(port),
    ASSAY_HOST: '127.0.0.1',
    ...env,
  });
  const server = await startServer(
    config,
    createLogger('info', (line) => logs.push(line)),
  );
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    logs,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
