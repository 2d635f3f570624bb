import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';
import { isForeignRequest, type OriginFacts } from './same-origin.js';

const OURS: OriginFacts = {
  secFetchSite: undefined,
  origin: undefined,
  ownHosts: ['assay.example'],
  publicUrl: 'https://assay.example',
};

describe('isForeignRequest', () => {
  it('passes requests without either header (CLI clients, curl)', () => {
    expect(isForeignRequest(OURS)).toBe(false);
  });

  it('refuses Sec-Fetch-Site cross-site and same-site, passes same-origin and none', () => {
    expect(isForeignRequest({ ...OURS, secFetchSite: 'cross-site' })).toBe(true);
    expect(isForeignRequest({ ...OURS, secFetchSite: 'same-site' })).toBe(true);
    expect(isForeignRequest({ ...OURS, secFetchSite: 'same-origin' })).toBe(false);
    expect(isForeignRequest({ ...OURS, secFetchSite: 'none' })).toBe(false);
  });

  it('refuses an Origin that is not ours, even when Sec-Fetch-Site claims same-origin', () => {
    for (const origin of [
      'https://evil.example',
      'https://assay.example.evil.example',
      'https://sub.assay.example',
      'https://assay.example:8443',
      'ftp://assay.example',
      'not a url',
      'https://assay.example/path',
    ]) {
      expect(isForeignRequest({ ...OURS, origin }), origin).toBe(true);
      expect(isForeignRequest({ ...OURS, origin, secFetchSite: 'same-origin' }), origin).toBe(true);
    }
  });

  it('passes the public URL’s origin and http(s) on the request’s own host', () => {
    expect(isForeignRequest({ ...OURS, origin: 'https://assay.example' })).toBe(false);
    expect(isForeignRequest({ ...OURS, origin: 'HTTPS://Assay.Example' })).toBe(false);
    expect(isForeignRequest({ ...OURS, origin: 'http://localhost:3000', ownHosts: ['localhost:3000'] })).toBe(false);
    expect(isForeignRequest({ ...OURS, origin: 'https://intern.example', ownHosts: ['intern.example'] })).toBe(false);
    expect(isForeignRequest({ ...OURS, origin: 'http://localhost:3001', ownHosts: ['localhost:3000'] })).toBe(true);
    expect(isForeignRequest({ ...OURS, origin: 'https://assay.example', publicUrl: undefined, ownHosts: [] })).toBe(
      true,
    );
  });

  it('reads Origin: null as no Origin, so Sec-Fetch-Site decides (forms under Referrer-Policy: no-referrer)', () => {
    expect(isForeignRequest({ ...OURS, origin: 'null', secFetchSite: 'same-origin' })).toBe(false);
    expect(isForeignRequest({ ...OURS, origin: 'null', secFetchSite: 'cross-site' })).toBe(true);
  });
});

describe('the origin check on state-changing requests', () => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_PUBLIC_URL: 'https://assay.example' });
    owner = await setUp(t.app);
  });

  const supplierNames = async () => {
    const list = await owner.request('/api/v1/orgs/acme/suppliers');
    return ((await list.json()) as { items: { name: string }[] }).items.map((s) => s.name);
  };

  it('refuses a cross-site form POST that carries a valid CSRF token', async () => {
    await owner.prime();
    const body = new URLSearchParams({ _csrf: owner.csrf, name: 'Forged Tin', country: 'CD', materials: 'tin' });
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const response = await owner.request('/o/acme/suppliers', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: body.toString(),
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain('This request was sent from another website');
    }
    expect(await supplierNames()).not.toContain('Forged Tin');
  });

  it('words the refusal in the page language', async () => {
    const visitor = new Client(t.app);
    visitor.headers.set('accept-language', 'nl-NL,nl;q=0.9');
    await visitor.prime();
    const response = await visitor.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams({ _csrf: visitor.csrf, email: 'owner@acme.example', password: 'x' }).toString(),
    });
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Dit verzoek kwam van een andere website');
    expect(html).not.toContain('This request');
  });

  it('refuses a cross-site JSON API request with the JSON error shape', async () => {
    await owner.prime();
    const response = await owner.request('/api/v1/orgs/acme/suppliers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': owner.csrf, origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'Forged Cobalt' }),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('csrf_failed');
    expect(body.error.message).toContain('another website');
    expect(await supplierNames()).not.toContain('Forged Cobalt');
  });

  it('lets a same-origin form POST through, as a browser sends it (Origin null or ours, Sec-Fetch-Site same-origin)', async () => {
    for (const [name, headers] of [
      ['Same Origin Tin', { origin: 'null', 'sec-fetch-site': 'same-origin' }],
      ['Public Origin Tin', { origin: 'https://assay.example', 'sec-fetch-site': 'same-origin' }],
      ['Own Host Tin', { origin: 'http://localhost' }],
    ] as const) {
      await owner.prime();
      const response = await owner.request('/o/acme/suppliers', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ _csrf: owner.csrf, name, country: 'CD', materials: 'tin' }).toString(),
      });
      expect(response.status, name).toBe(303);
    }
    expect(await supplierNames()).toEqual(
      expect.arrayContaining(['Same Origin Tin', 'Public Origin Tin', 'Own Host Tin']),
    );
  });

  it('lets an API client without Origin or Sec-Fetch-Site POST (session cookie and X-CSRF-Token)', async () => {
    const response = await owner.json('POST', '/api/v1/orgs/acme/suppliers', { name: 'Script Tin' });
    expect(response.status).toBe(201);
    expect(await supplierNames()).toContain('Script Tin');
  });

  it('lets the public grievance channel form be sent from its own page, and refuses it from another site', async () => {
    const reporter = new Client(t.app);
    await reporter.prime();
    const report = (headers: Record<string, string>) => {
      const body = new FormData();
      body.set('_csrf', reporter.csrf);
      for (const [key, value] of Object.entries({
        category: 'forced_labour',
        country: 'CD',
        place: 'Kolwezi',
        concerned: 'Tin Smelter Ltd',
        description: 'Workers had their passports taken by the recruiter.',
        language: 'en',
        website: '',
      }))
        body.set(key, value);
      return reporter.request('/report/acme?lang=en', { method: 'POST', body, headers });
    };
    const own = await report({ origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(201);
    const foreign = await report({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('This request was sent from another website');
  });
});
