/**
 * `npm run bench:upload-bounds` (issue #14.3): what one hostile upload costs the running server.
 * Starts a real server (a child process, SQLite in a temporary folder, loopback only), signs up,
 * and uploads through the intake route with `Accept: application/json` (as the drag-and-drop
 * island and API clients do):
 *   - a synthetic CMRT with 200,000 extra Smelter List rows,
 *   - a synthetic CMRT with a cell of two million character references,
 *   - a normal synthetic CMRT, for comparison.
 * For each: the wall time, the server's CPU time (user + system, which other load on the machine
 * does not inflate), the server's peak resident memory above its idle (VmHWM after resetting
 * it through /proc/PID/clear_refs, minus VmRSS before), the longest wait of a /healthz probe sent
 * every 20 ms meanwhile, the status and message, and what was stored (rows, files).
 * Targets of the refused files: under 2 s, under 300 MB above idle, nothing stored. Exits 1 otherwise.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCmrt } from '../packages/core/src/test-support/synthetic-cmrt.js';

const MB = 1024 * 1024;

async function serve(): Promise<void> {
  const { createLogger, loadConfig, startServer } = await import('@assay/server');
  const config = loadConfig({ ...process.env, ASSAY_HOST: '127.0.0.1' } as Record<string, string>);
  await startServer(
    config,
    createLogger('error', () => {}),
  );
  process.stdout.write('ready\n');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A field of /proc/PID/status in bytes (VmRSS, VmHWM). */
function procKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.replace(/\D+/g, '') ?? 0) * 1024;
}

/** CPU time the process has used, user and system, in ms (/proc/PID/stat, 100 ticks a second). */
function procCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

class Browser {
  private readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}
  get csrf(): string {
    return this.cookies.get('assay_csrf') ?? '';
  }
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1).trim();
      if (value === '') this.cookies.delete(pair.slice(0, eq).trim());
      else this.cookies.set(pair.slice(0, eq).trim(), value);
    }
    return response;
  }
}

type Measured = {
  label: string;
  bytes: number;
  ms: number;
  cpuMs: number;
  peakAboveIdle: number;
  healthMaxMs: number;
  status: number;
  message: string;
  rows: number;
  files: number;
};

function filesIn(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && !/\.db(-wal|-shm|-journal)?$/.test(entry.name)) n++;
  return n;
}

async function measure(
  child: ChildProcess,
  browser: Browser,
  dataDir: string,
  label: string,
  bytes: Uint8Array,
): Promise<Measured> {
  const pid = child.pid as number;
  await new Promise((r) => setTimeout(r, 500));
  const idle = procKb(pid, 'VmRSS');
  writeFileSync(`/proc/${pid}/clear_refs`, '5'); // resets VmHWM to the current RSS
  let healthMaxMs = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const t = performance.now();
      await fetch(`${browser.base}/healthz`).then((r) => r.arrayBuffer());
      healthMaxMs = Math.max(healthMaxMs, performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const form = new FormData();
  form.append('files', new File([bytes.slice()], `${label.replace(/\W+/g, '-')}.xlsx`));
  const started = performance.now();
  const cpu = procCpuMs(pid);
  const response = await browser.request('/o/bench/intake', {
    method: 'POST',
    headers: { 'x-csrf-token': browser.csrf, accept: 'application/json' },
    body: form,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const cpuMs = procCpuMs(pid) - cpu;
  probing = false;
  await probe;
  const peak = procKb(pid, 'VmHWM');
  let message = '';
  try {
    const body = JSON.parse(text) as { results?: { error?: string; status?: string }[]; error?: { message: string } };
    const first = body.results?.[0];
    message = first?.error ?? (first ? `stored: ${first.status}` : (body.error?.message ?? ''));
  } catch {
    message = text.slice(0, 200);
  }
  const list = await browser.request('/api/v1/orgs/bench/supply-chain/submissions');
  const rows = ((await list.json()) as unknown[]).length;
  return {
    label,
    bytes: bytes.byteLength,
    ms,
    cpuMs,
    peakAboveIdle: peak - idle,
    healthMaxMs,
    status: response.status,
    message,
    rows,
    files: filesIn(dataDir),
  };
}

async function main(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'assay-bench-bounds-'));
  const port = await freePort();
  const extra = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...extra, ...process.execArgv, process.argv[1] as string, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      ASSAY_DATA_DIR: dataDir,
      ASSAY_DATABASE_URL: `sqlite:${join(dataDir, 'assay.db')}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const browser = new Browser(`http://127.0.0.1:${port}`);
    await browser.request('/healthz');
    const setup = await browser.request('/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        _csrf: browser.csrf,
        'organisation.name': 'Bench Metals',
        'organisation.slug': 'bench',
        'organisation.kind': 'company',
        'owner.name': 'Bench Owner',
        'owner.email': 'owner@bench.example',
        'owner.password': 'correct horse battery',
      }).toString(),
    });
    if (setup.status !== 303) throw new Error(`setup failed: ${setup.status}`);
    // Warm up the intake path once, so the first measurement does not pay for loading code.
    await measure(child, browser, dataDir, 'warm-up', syntheticCmrt({ company: 'Warm Up BV' }));
    const cases: [string, Uint8Array, boolean][] = [
      ['200,000 extra Smelter List rows', syntheticCmrt({ company: 'Rows BV', extraListRows: 200_000 }), true],
      ['200,000 extra Smelter List rows, again', syntheticCmrt({ company: 'Rows 2 BV', extraListRows: 200_000 }), true],
      ['two-million-entity cell', syntheticCmrt({ company: 'Entities BV', longText: '&'.repeat(2_000_000) }), true],
      ['normal CMRT', syntheticCmrt({ company: 'Normal BV' }), false],
    ];
    let ok = true;
    let before = { rows: 1, files: filesIn(dataDir) };
    console.log(
      '| upload | file | time | server CPU | server memory above idle | longest /healthz wait | status | stored | message |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [label, bytes, refused] of cases) {
      const m = await measure(child, browser, dataDir, label, bytes);
      const stored = `${m.rows - before.rows} rows, ${m.files - before.files} files`;
      console.log(
        `| ${label} | ${(m.bytes / MB).toFixed(1)} MB | ${(m.ms / 1000).toFixed(2)} s | ${(m.cpuMs / 1000).toFixed(2)} s | ${(m.peakAboveIdle / MB).toFixed(0)} MB | ${(m.healthMaxMs / 1000).toFixed(2)} s | ${m.status} | ${stored} | ${m.message.slice(0, 160)} |`,
      );
      if (refused)
        ok &&= m.ms < 2000 && m.peakAboveIdle < 300 * MB && m.rows === before.rows && m.files === before.files;
      else ok &&= m.rows === before.rows + 1;
      before = { rows: m.rows, files: m.files };
    }
    return ok;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') await serve();
else process.exit((await main()) ? 0 : 1);
