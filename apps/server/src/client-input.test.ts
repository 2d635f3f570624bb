/**
 * No response for client input is a 500: every registered route that takes a body gets malformed
 * JSON, the wrong types, an empty form and junk, as a signed-in owner (who passes every guard).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setUp, type TestApp } from './test-support/test-app.js';

const JUNK_BODIES: { type: string; body: string }[] = [
  { type: 'application/json', body: '{"name": ' },
  { type: 'application/json', body: '[1, 2, 3]' },
  { type: 'application/json', body: '{"name": 42, "country": {"x": 1}, "materials": 7, "tier": "many", "role": null}' },
  { type: 'application/json', body: 'null' },
  { type: 'application/x-www-form-urlencoded', body: '' },
  { type: 'application/x-www-form-urlencoded', body: 'name=%00%FF&tier=-1&country=%3Cscript%3E&role=god' },
  { type: 'text/plain', body: '\u0000\u0001 not what you expected' },
];

describe('client input never causes a 500', () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    owner = await setUp(t.app, { name: 'Input Metals', slug: 'input' });
  });

  it('answers junk on every state-changing route with a 4xx or a redirect', async () => {
    // Signing out would end the session and turn every later attempt into a redirect to sign-in.
    const signOut = new Set(['/logout', '/api/v1/auth/logout']);
    const routes = t.app.routes.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && !signOut.has(r.path),
    );
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const failures: string[] = [];
    for (const route of routes) {
      const path = route.path
        .replace(':org', 'input')
        .replace(/:(\w+)/g, (_m, name: string) => (name === 'locale' ? 'en' : `junk-${name}-%27%22%3C`));
      for (const { type, body } of JUNK_BODIES) {
        const headers: Record<string, string> = { 'content-type': type, 'x-csrf-token': owner.csrf };
        const response = await owner.request(path, { method: route.method, headers, body });
        if (response.status >= 500) failures.push(`${route.method} ${route.path} [${type}] → ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await owner.request('/o/input')).status, 'the owner stayed signed in throughout').toBe(200);
    expect(t.logs.join('')).not.toContain('"level":"error"');
  });
});
