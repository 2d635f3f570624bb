import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';

const HSTS = 'max-age=31536000; includeSubDomains';

describe('Cache-Control: no-store', () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    owner = await setUp(t.app);
  });

  it('is on every page a signed-in user gets, and on error pages for them', async () => {
    for (const path of ['/o/acme', '/o/acme/suppliers', '/account/password', '/scan', '/o/acme/no-such-page']) {
      const response = await owner.request(path);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('is on /api/v1/me and the rest of the JSON API', async () => {
    for (const path of ['/api/v1/me', '/api/v1/orgs/acme/suppliers']) {
      const response = await owner.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
    expect((await new Client(t.app).request('/api/v1/me')).headers.get('cache-control')).toBe('no-store');
  });

  it('is not on public pages without a session, nor on static assets', async () => {
    const visitor = new Client(t.app);
    expect((await visitor.request('/login')).headers.get('cache-control')).toBeNull();
    expect((await visitor.request('/scan')).headers.get('cache-control')).toBeNull();
    expect((await owner.request('/assets/app.css')).headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('is not on a page whose session cookie is not valid', async () => {
    const stranger = new Client(t.app);
    stranger.cookies.set('assay_session', 'x'.repeat(43));
    expect((await stranger.request('/login')).headers.get('cache-control')).toBeNull();
  });
});

describe('Strict-Transport-Security', () => {
  it('is never sent over plain http without an https public URL', async () => {
    const t = await createTestApp('sqlite');
    expect((await t.app.request('http://assay.example/healthz')).headers.get('strict-transport-security')).toBeNull();
    // Without ASSAY_TRUST_PROXY, X-Forwarded-Proto is anyone's header.
    const claimed = await t.app.request('http://assay.example/healthz', { headers: { 'x-forwarded-proto': 'https' } });
    expect(claimed.headers.get('strict-transport-security')).toBeNull();
  });

  it('is sent on a request that reached us over https', async () => {
    const t = await createTestApp('sqlite');
    expect((await t.app.request('https://assay.example/healthz')).headers.get('strict-transport-security')).toBe(HSTS);
  });

  it('is sent when a trusted proxy says https, and not when it says http', async () => {
    const t = await createTestApp('sqlite', { ASSAY_TRUST_PROXY: 'true', ASSAY_PUBLIC_URL: 'https://assay.example' });
    const https = await t.app.request('http://assay.example/login', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toBe(HSTS);
    const http = await t.app.request('http://assay.example/login', { headers: { 'x-forwarded-proto': 'http' } });
    expect(http.headers.get('strict-transport-security')).toBeNull();
  });

  it('is sent for the host of an https public URL, and not on the same server reached by another address', async () => {
    const t = await createTestApp('sqlite', { ASSAY_PUBLIC_URL: 'https://assay.example' });
    expect((await t.app.request('http://assay.example/login')).headers.get('strict-transport-security')).toBe(HSTS);
    expect((await t.app.request('http://localhost:3000/login')).headers.get('strict-transport-security')).toBeNull();
    const plain = await createTestApp('sqlite', { ASSAY_PUBLIC_URL: 'http://assay.example' });
    expect((await plain.app.request('http://assay.example/login')).headers.get('strict-transport-security')).toBeNull();
  });
});
