/**
 * Test-only: an in-process app on a fresh database, and a tiny browser-like client with a cookie
 * jar that fills in the CSRF token the way a form or htmx would.
 */
import { type SignInThrottle, serviceContext } from '@assay/services';
import type { Store } from '@assay/storage';
import { openTestStore } from '@assay/storage/test-support';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { AppEnv } from '../http/env.js';
import { createLogger } from '../http/logger.js';

export type TestApp = { app: Hono<AppEnv>; store: Store; logs: string[] };

/** What a test may replace: the clock, and the sign-in throttle (built on the test's store). */
export type TestAppOptions = {
  now?: () => Date;
  signInThrottle?: (store: Store, now: () => Date) => SignInThrottle;
};

export async function createTestApp(
  dialect: 'sqlite' | 'postgres' = 'sqlite',
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const store = await openTestStore(dialect);
  const logs: string[] = [];
  const config = loadConfig({ ASSAY_DATABASE_URL: 'sqlite::memory:', ...env });
  const now = options.now ?? (() => new Date());
  const signInThrottle = options.signInThrottle?.(store, now);
  const app = createApp({
    config,
    ctx: serviceContext(store, now),
    logger: createLogger('debug', (line) => logs.push(line)),
    ...(signInThrottle ? { signInThrottle } : {}),
  });
  return { app, store, logs };
}

/** A client that keeps cookies between requests, like a browser. */
export class Client {
  readonly cookies = new Map<string, string>();
  /** Headers sent with every request, as a browser sends its Accept-Language. */
  readonly headers = new Headers();
  constructor(private readonly app: Hono<AppEnv>) {}

  get csrf(): string {
    return this.cookies.get('assay_csrf') ?? '';
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    this.headers.forEach((value, name) => {
      if (!headers.has(name)) headers.set(name, value);
    });
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** GETs once so the CSRF cookie exists. */
  async prime(): Promise<void> {
    if (!this.csrf) await this.request('/healthz');
  }

  /** Submits a form the way a browser does, with the CSRF field. */
  async form(path: string, fields: Record<string, string>): Promise<Response> {
    await this.prime();
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.csrf, ...fields }).toString(),
    });
  }

  /** Sends JSON with the CSRF header (as the API documents). */
  async json(method: string, path: string, body?: unknown): Promise<Response> {
    await this.prime();
    return this.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
}

/** Runs first-run setup through the form and returns the signed-in client. */
export async function setUp(app: Hono<AppEnv>, org = { name: 'Acme Metals', slug: 'acme' }): Promise<Client> {
  const client = new Client(app);
  const response = await client.form('/setup', {
    'organisation.name': org.name,
    'organisation.slug': org.slug,
    'organisation.kind': 'company',
    'owner.name': 'Olga Owner',
    'owner.email': `owner@${org.slug}.example`,
    'owner.password': 'correct horse battery',
  });
  if (response.status !== 303) throw new Error(`setup failed: ${response.status} ${await response.text()}`);
  return client;
}
