import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';

/** The stored language preference of the owner. */
async function storedLocale(t: TestApp): Promise<string | null | undefined> {
  return (await t.store.users.findByEmail('owner@acme.example'))?.locale;
}

/** Signs the owner in on a fresh client (no language cookie). */
async function signIn(t: TestApp): Promise<Client> {
  const client = new Client(t.app);
  const login = await client.form('/login', { email: 'owner@acme.example', password: 'correct horse battery' });
  if (login.status !== 303) throw new Error(`sign-in failed: ${login.status}`);
  return client;
}

describe('the language switch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    await setUp(t.app);
  });

  it('is a POST form with the CSRF field that returns to this page, not a link', async () => {
    const owner = await signIn(t);
    const html = await (await owner.request('/o/acme/suppliers')).text();
    expect(html).not.toContain('href="/lang/');
    const form = /<form method="post" action="\/lang\/nl">([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
    expect(form).toContain(`name="_csrf" value="${owner.csrf}"`);
    expect(form).toContain('name="return" value="/o/acme/suppliers"');
    expect(form).toMatch(/<button type="submit" class="linklike" lang="nl">Nederlands<\/button>/);
  });

  it('GET /lang/nl while signed in sets this browser’s cookie only, even sent from another site', async () => {
    expect(await storedLocale(t)).toBe('en');
    const owner = await signIn(t);
    const response = await owner.request('/lang/nl?return=/o/acme', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/o/acme');
    expect(owner.cookies.get('assay_lang')).toBe('nl');
    expect(await storedLocale(t)).toBe('en');
    expect(await (await owner.request('/o/acme')).text()).toContain('<html lang="nl">');
    // Another browser of the same user still gets the stored preference: English.
    expect(await (await (await signIn(t)).request('/o/acme')).text()).toContain('<html lang="en">');
  });

  it('POST /lang/nl with the CSRF token writes the stored preference and returns', async () => {
    const owner = await signIn(t);
    const response = await owner.form('/lang/nl', { return: '/scan?material=tin#maps' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/scan?material=tin#maps');
    expect(owner.cookies.get('assay_lang')).toBe('nl');
    expect(await storedLocale(t)).toBe('nl');
    // A new browser without the cookie now gets Dutch from the preference.
    expect(await (await (await signIn(t)).request('/o/acme')).text()).toContain('<html lang="nl">');
    await owner.form('/lang/en', { return: '/o/acme' });
    expect(await storedLocale(t)).toBe('en');
  });

  it('refuses the POST without the CSRF token, or from another site, and keeps the preference', async () => {
    const owner = await signIn(t);
    await owner.prime();
    const forged = await owner.request('/lang/nl', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'return=%2Fo%2Facme',
    });
    expect(forged.status).toBe(403);
    const crossSite = await owner.request('/lang/nl', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: new URLSearchParams({ _csrf: owner.csrf, return: '/o/acme' }).toString(),
    });
    expect(crossSite.status).toBe(403);
    expect(await storedLocale(t)).toBe('en');
  });

  it('works signed out (the cookie only), sends a foreign return home, and 404s an unknown language', async () => {
    const visitor = new Client(t.app);
    const switched = await visitor.form('/lang/nl', { return: '/scan' });
    expect(switched.headers.get('location')).toBe('/scan');
    expect(await (await visitor.request('/login')).text()).toContain('<html lang="nl">');
    for (const target of ['//evil.example', '/\t/evil.example', '\r\n', 'https://evil.example']) {
      const response = await visitor.form('/lang/en', { return: target });
      expect(response.status, target).toBe(303);
      expect(response.headers.get('location'), target).toBe('/');
    }
    expect((await visitor.form('/lang/xx', { return: '/' })).status).toBe(404);
    expect((await visitor.request('/lang/xx')).status).toBe(404);
  });
});
