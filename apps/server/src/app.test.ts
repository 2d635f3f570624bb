import { createUser, inviteMember, serviceContext } from '@assay/services';
import { hasPostgres } from '@assay/storage/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from './test-support/test-app.js';

describe('first run, sign-in and pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });

  it('sends a new installation to the setup page, in the browser’s language', async () => {
    const client = new Client(t.app);
    const home = await client.request('/');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/setup');
    const page = await client.request('/setup', { headers: { 'accept-language': 'nl-NL,nl;q=0.9' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Welkom bij Assay');
    expect(html).toContain('Verkennen met demogegevens');
  });

  it('shows field errors and keeps the values when setup input is invalid', async () => {
    const client = new Client(t.app);
    const response = await client.form('/setup', {
      'organisation.name': 'Acme Metals',
      'organisation.slug': 'Not A Slug',
      'owner.name': 'Olga',
      'owner.email': 'olga@example',
      'owner.password': 'short',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="Acme Metals"');
    expect(html).not.toContain('short');
  });

  it('creates the organisation and its owner, then the dashboard greets the owner', async () => {
    const client = await setUp(t.app);
    const dashboard = await client.request('/o/acme');
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    expect(html).toContain('Acme Metals');
    expect(html).toContain('Olga Owner');
    expect((await new Client(t.app).request('/setup')).headers.get('location')).toBe('/login');
  });

  it('refuses a state-changing form without the CSRF token', async () => {
    const client = new Client(t.app);
    const response = await client.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=owner%40acme.example&password=correct+horse+battery',
    });
    expect(response.status).toBe(403);
    expect(await response.text()).not.toMatch(/at .*\.ts:\d+/);
  });

  it('signs in, switches language, and signs out', async () => {
    const client = new Client(t.app);
    const login = await client.form('/login', { email: 'owner@acme.example', password: 'correct horse battery' });
    expect(login.status).toBe(303);
    expect(client.cookies.has('assay_session')).toBe(true);
    await client.request('/lang/nl?return=/o/acme');
    expect(await (await client.request('/o/acme')).text()).toContain('Uitloggen');
    await client.request('/lang/en?return=/o/acme');
    expect(await (await client.request('/o/acme')).text()).toContain('Sign out');
    await client.form('/logout', {});
    expect((await client.request('/o/acme')).status).toBe(303);
  });

  it('rate-limits repeated failed sign-ins with 429 and Retry-After', async () => {
    const client = new Client(t.app);
    let last: Response | undefined;
    for (let i = 0; i < 12; i++)
      last = await client.form('/login', { email: 'owner@acme.example', password: `wrong-${i}` });
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('serves security headers and a health check', async () => {
    const response = await new Client(t.app).request('/healthz');
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !hasPostgres())(`invitation links [${dialect}]`, () => {
    let t: TestApp;
    let owner: Client;
    const invite = async (email: string) => {
      const organisation = (await t.store.organisations.findBySlug('acme'))!;
      const ownerUser = (await t.store.users.findByEmail('owner@acme.example'))!;
      const actor = { userId: ownerUser.id, label: 'user', organisationId: organisation.id, role: 'owner' as const };
      return inviteMember(serviceContext(t.store), actor, { email, role: 'viewer' });
    };
    const dutch = () => {
      const client = new Client(t.app);
      client.headers.set('accept-language', 'nl-NL,nl;q=0.9');
      return client;
    };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      owner = await setUp(t.app);
      await createUser(
        serviceContext(t.store),
        { user: { email: 'mallory@elsewhere.example', name: 'Mallory', password: 'mallory password 1' } },
        { userId: null, label: 'cli' },
      );
    });

    it('refuses another signed-in account, in the page language with the address masked, and joins nobody', async () => {
      const { token, invitation } = await invite('vera.viewer@acme.example');
      const mallory = dutch();
      expect(
        (await mallory.form('/login', { email: 'mallory@elsewhere.example', password: 'mallory password 1' })).status,
      ).toBe(303);

      const page = await mallory.request(`/invite/${token}`);
      const html = await page.text();
      expect(html).toContain('Deze uitnodiging is verstuurd naar v***@acme.example');
      expect(html).not.toContain('vera.viewer');
      expect(html).not.toContain('Uitnodiging aannemen');

      const accepted = await mallory.form(`/invite/${token}`, {});
      expect(accepted.status).toBe(403);
      const refusal = await accepted.text();
      expect(refusal).toContain('Deze uitnodiging is verstuurd naar v***@acme.example');
      expect(refusal).toContain('Log uit');
      const organisation = (await t.store.organisations.findBySlug('acme'))!;
      const malloryUser = (await t.store.users.findByEmail('mallory@elsewhere.example'))!;
      expect(await t.store.memberships.roleOf(organisation.id, malloryUser.id)).toBeUndefined();
      expect((await mallory.request('/o/acme')).status).toBe(404);
      expect((await t.store.invitations.listOpen(organisation.id)).map((i) => i.id)).toContain(invitation.id);

      // Signing out from the refusal comes back to the link, where the invited address can still join.
      const signedOut = await mallory.form('/logout', { return: `/invite/${token}` });
      expect(signedOut.headers.get('location')).toBe(`/invite/${token}`);
      const vera = await mallory.form(`/invite/${token}`, {
        name: 'Vera Viewer',
        email: ' Vera.Viewer@ACME.example ',
        password: 'viewer password 1',
      });
      expect(vera.status).toBe(303);
      expect(vera.headers.get('location')).toBe('/o/acme');
      expect((await mallory.request('/o/acme')).status).toBe(200);
    });

    it('refuses registering through the link with another address, in English too', async () => {
      const { token } = await invite('ann@acme.example');
      const stranger = new Client(t.app);
      const refused = await stranger.form(`/invite/${token}`, {
        name: 'Someone',
        email: 'someone@elsewhere.example',
        password: 'someone password 1',
      });
      expect(refused.status).toBe(403);
      const html = await refused.text();
      expect(html).toContain('This invitation was sent to a***@acme.example');
      expect(html).toContain('Use the invited address (a***@acme.example).');
      expect(await t.store.users.findByEmail('someone@elsewhere.example')).toBeUndefined();
      expect(stranger.cookies.has('assay_session')).toBe(false);
      // The owner (signed in as the wrong account too) is refused and the link stays usable.
      expect((await owner.form(`/invite/${token}`, {})).status).toBe(403);
      const ann = await new Client(t.app).form(`/invite/${token}`, {
        name: 'Ann',
        email: 'ANN@acme.example',
        password: 'ann password 12',
      });
      expect(ann.status).toBe(303);
    });
  });
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !hasPostgres())(`the CSRF token at sign-in [${dialect}]`, () => {
    let t: TestApp;
    const OWNER = { email: 'owner@acme.example', password: 'correct horse battery' };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      await setUp(t.app);
    });

    /** A signed-out browser that has seen a page, so it holds a pre-sign-in token. */
    const beforeSignIn = async () => {
      const client = new Client(t.app);
      await client.request('/login');
      const token = client.csrf;
      expect(token).toHaveLength(43);
      return { client, token };
    };
    /** Sends a form with a chosen token, the CSRF cookie set back to it (as a planted cookie would be). */
    const formWith = (client: Client, token: string, path: string, fields: Record<string, string> = {}) => {
      client.cookies.set('assay_csrf', token);
      return client.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, ...fields }).toString(),
      });
    };
    const metaToken = async (client: Client, path: string) =>
      /<meta name="csrf-token" content="([^"]+)"/.exec(await (await client.request(path)).text())?.[1];

    it('refuses the token from before a form sign-in, and accepts the one the signed-in page carries', async () => {
      const { client, token: before } = await beforeSignIn();
      expect((await client.form('/login', OWNER)).status).toBe(303);
      const after = client.csrf;
      expect(after).toHaveLength(43);
      expect(after).not.toBe(before);
      expect(await metaToken(client, '/o/acme')).toBe(after);

      const refused = await formWith(client, before, '/logout');
      expect(refused.status).toBe(403);
      expect((await client.request('/o/acme')).status).toBe(200);
      expect((await formWith(client, after, '/logout')).status).toBe(303);
      expect((await client.request('/o/acme')).status).toBe(303);
      // Signed out, the session's token is worthless too, and a fresh one is issued.
      expect(client.csrf).not.toBe(after);
    });

    it('gives every session its own token: one session’s token is refused in another', async () => {
      const first = new Client(t.app);
      const second = new Client(t.app);
      await first.form('/login', OWNER);
      await second.form('/login', OWNER);
      expect(first.csrf).not.toBe(second.csrf);
      expect((await formWith(second, first.csrf, '/logout')).status).toBe(403);
      expect((await second.request('/o/acme')).status).toBe(200);
    });

    it('refuses the token from before a JSON API sign-in', async () => {
      const { client, token: before } = await beforeSignIn();
      const login = await client.json('POST', '/api/v1/auth/login', OWNER);
      expect(login.status).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      expect(csrfToken).not.toBe(before);
      expect(((await (await client.request('/api/v1/me')).json()) as { csrfToken: string }).csrfToken).toBe(csrfToken);
      client.cookies.set('assay_csrf', before);
      const stale = await client.request('/api/v1/orgs/acme/suppliers', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': before },
        body: JSON.stringify({ name: 'Stale Token Metals', country: 'DE' }),
      });
      expect(stale.status).toBe(403);
      expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
      const fresh = await client.request('/api/v1/orgs/acme/suppliers', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'Fresh Token Metals', country: 'DE' }),
      });
      expect(fresh.status).toBe(201);
    });

    it('refuses the token from before accepting an invitation that signs the new member in', async () => {
      const organisation = (await t.store.organisations.findBySlug('acme'))!;
      const ownerUser = (await t.store.users.findByEmail(OWNER.email))!;
      const actor = { userId: ownerUser.id, label: 'user', organisationId: organisation.id, role: 'owner' as const };
      const { token: link } = await inviteMember(serviceContext(t.store), actor, {
        email: 'nina@acme.example',
        role: 'viewer',
      });
      const { client, token: before } = await beforeSignIn();
      const joined = await client.form(`/invite/${link}`, {
        name: 'Nina',
        email: 'nina@acme.example',
        password: 'nina password 12',
      });
      expect(joined.status).toBe(303);
      expect(client.csrf).not.toBe(before);
      expect((await formWith(client, before, '/logout')).status).toBe(403);
      expect((await client.request('/o/acme')).status).toBe(200);
    });
  });
}

describe('JSON API errors', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_BODY_LIMIT: '2048' });
    client = await setUp(t.app);
  });

  it('answers malformed JSON with 400 and a code', async () => {
    const response = await client.request('/api/v1/orgs/acme/suppliers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': client.csrf },
      body: '{"name": "Tin Co",',
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('malformed_request');
  });

  it('answers an oversize body with 413', async () => {
    const response = await client.json('POST', '/api/v1/orgs/acme/suppliers', { name: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe('payload_too_large');
  });

  it('answers wrong types with 400 naming the field', async () => {
    const response = await client.json('POST', '/api/v1/orgs/acme/suppliers', { name: 42, country: 'Germanie' });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['name', 'country']));
  });

  it('answers the wrong media type with 415 and unknown routes with 404 JSON', async () => {
    const wrongType = await client.request('/api/v1/orgs/acme/suppliers', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-csrf-token': client.csrf },
      body: 'name=x',
    });
    expect(wrongType.status).toBe(415);
    const unknown = await client.request('/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('not_found');
  });

  it('creates, reads, updates and deletes a supplier, validating output too', async () => {
    const created = await client.json('POST', '/api/v1/orgs/acme/suppliers', {
      name: 'Tin Co',
      country: 'id',
      materials: ['tin'],
    });
    expect(created.status).toBe(201);
    const supplier = await created.json();
    expect(supplier).toMatchObject({ name: 'Tin Co', country: 'ID', materials: ['tin'], tier: 1, recycled: false });
    const updated = await client.json('PUT', `/api/v1/orgs/acme/suppliers/${supplier.id}`, {
      name: 'Tin Co Ltd',
      country: 'ID',
    });
    expect((await updated.json()).name).toBe('Tin Co Ltd');
    expect((await client.json('DELETE', `/api/v1/orgs/acme/suppliers/${supplier.id}`)).status).toBe(200);
    expect((await client.request(`/api/v1/orgs/acme/suppliers/${supplier.id}`)).status).toBe(404);
  });

  it('lists suppliers a page at a time, with a search, a sort and the total; a bad page size is a 400', async () => {
    for (const name of ['Delta Tin', 'alpha Tin', 'Charlie Scrap', 'Bravo Tin'])
      expect((await client.json('POST', '/api/v1/orgs/acme/suppliers', { name })).status).toBe(201);
    const page = async (query: string) => {
      const response = await client.request(`/api/v1/orgs/acme/suppliers?${query}`);
      expect(response.status).toBe(200);
      const body = await response.json();
      return { ...body, names: body.items.map((s: { name: string }) => s.name) };
    };
    const first = await page('q=tin&limit=2');
    expect(first).toMatchObject({ names: ['alpha Tin', 'Bravo Tin'], total: 3, offset: 0, limit: 2, next: 2 });
    expect(await page('q=TIN&limit=2&offset=2')).toMatchObject({ names: ['Delta Tin'], next: null });
    expect((await page('sort=name&dir=desc&limit=1')).names).toEqual(['Delta Tin']);
    const tooBig = await client.request('/api/v1/orgs/acme/suppliers?limit=100000');
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).error.code).toBe('invalid_input');
    expect((await client.request('/api/v1/orgs/acme/suppliers?sort=password')).status).toBe(400);
    const doc = await (await client.request('/api/v1/openapi.json')).json();
    const names = doc.paths['/api/v1/orgs/{org}/suppliers'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(['org', 'q', 'sort', 'dir', 'offset', 'limit']);
  });

  it('publishes an OpenAPI document generated from the endpoint schemas', async () => {
    const doc = await (await client.request('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.0.3');
    const post = doc.paths['/api/v1/orgs/{org}/suppliers'].post;
    expect(post.requestBody.content['application/json'].schema.properties.name.type).toBe('string');
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '413']));
  });
});
