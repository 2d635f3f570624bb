import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';
import { isLocalPath, localPath } from './redirect.js';

/** Targets a `return` field may carry that must never leave the site (or reach a header). */
const HOSTILE: ReadonlyArray<readonly [string, string]> = [
  ['TAB between the slashes (browsers drop it: //evil.example)', '/\t/evil.example'],
  ['LF between the slashes', '/\n/evil.example'],
  ['CR/LF alone', '\r\n'],
  ['CR/LF after a slash (header injection)', '/\r\nSet-Cookie: assay_session=x'],
  ['CR/LF inside a path', '/o/acme\r\nLocation: https://evil.example'],
  ['scheme-relative', '//evil.example'],
  ['scheme-relative with a path', '//evil.example/o/acme'],
  ['backslash after the slash (browsers read it as /)', '/\\evil.example'],
  ['backslash later in the path', '/o/acme\\..\\x'],
  ['absolute https URL', 'https://evil.example'],
  ['absolute URL without slashes', 'https:evil.example'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['relative path', 'o/acme'],
  ['empty', ''],
  ['a space', '/o/acme settings'],
  ['NUL', '/\u0000'],
  ['DEL', '/\u007f'],
  ['non-ASCII (not percent-encoded)', '/o/acmé'],
  ['overlong', `/${'a'.repeat(2048)}`],
];

describe('localPath: the one judge of a redirect target', () => {
  it.each(HOSTILE)('refuses %s, falling back to the default', (_, value) => {
    expect(isLocalPath(value)).toBe(false);
    expect(localPath(value)).toBe('/');
    expect(localPath(value, '/o/acme')).toBe('/o/acme');
  });

  it.each([
    ['the root', '/'],
    ['an organisation page', '/o/acme/suppliers'],
    ['a query and an anchor', '/scan?material=cobalt&country=CD#maps'],
    ['percent-encoded text', '/o/acme/suppliers/%C3%A9?q=a%20b'],
    ['an encoded slash (a path, not a host)', '/%2F%2Fevil.example'],
  ])('keeps %s', (_, value) => {
    expect(isLocalPath(value)).toBe(true);
    expect(localPath(value, '/other')).toBe(value);
  });

  it('never throws, whatever it is given, and judges the fallback too', () => {
    for (const value of [undefined, null, 42, ['/a', '/b'], { toString: () => '/' }, Symbol('x')])
      expect(localPath(value)).toBe('/');
    expect(localPath('//evil.example', '//evil.example')).toBe('/');
    expect(localPath(undefined, 'https://evil.example')).toBe('/');
  });
});

describe('redirects through the real routes refuse a foreign or broken return target', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
    await setUp(t.app);
  });

  /** The raw query texts of the issue, as a browser or an attacker sends them. */
  const QUERY: ReadonlyArray<readonly [string, string]> = [
    ['%2F%09%2Fevil.example', '/\t/evil.example'],
    ['%0D%0A', '\r\n'],
    ['%2F%0D%0ASet-Cookie%3A%20x%3D1', '/\r\nSet-Cookie: x=1'],
    ['//evil.example', '//evil.example'],
    ['/%5Cevil.example', '/\\evil.example'],
    ['https://evil.example', 'https://evil.example'],
  ];

  it.each(QUERY)('the language switch link with return=%s goes home, without a 5xx', async (query) => {
    const response = await new Client(t.app).request(`/lang/nl?return=${query}`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });

  it.each(QUERY)('sign-in with return=%s goes home, without a 5xx', async (_, value) => {
    const client = new Client(t.app);
    const response = await client.form('/login', {
      email: 'owner@acme.example',
      password: 'correct horse battery',
      return: value,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie') ?? '').not.toContain('x=1');
  });

  it.each(QUERY)('the sign-in page does not carry return=%s into its form', async (query, value) => {
    const response = await new Client(t.app).request(`/login?return=${query}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    // The one return field is the language switch's, back to this page.
    expect(html.match(/name="return" value="[^"]*"/g)).toEqual(['name="return" value="/login"']);
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain(value);
  });

  it('still returns to a page of the site after sign-in and after a language switch', async () => {
    const client = new Client(t.app);
    const gate = await client.request('/o/acme/suppliers');
    expect(gate.headers.get('location')).toBe('/login?return=%2Fo%2Facme%2Fsuppliers');
    const page = await (await client.request(gate.headers.get('location') ?? '')).text();
    expect(page).toContain('name="return" value="/o/acme/suppliers"');
    const login = await client.form('/login', {
      email: 'owner@acme.example',
      password: 'correct horse battery',
      return: '/o/acme/suppliers',
    });
    expect(login.headers.get('location')).toBe('/o/acme/suppliers');
    const lang = await client.request(`/lang/en?return=${encodeURIComponent('/scan?material=tin#maps')}`);
    expect(lang.headers.get('location')).toBe('/scan?material=tin#maps');
  });
});

/** Every `.redirect(` call or hand-set Location header in a source text, as `line: text`. */
function bareRedirects(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, i) => {
    if (/\.redirect\s*\(|['"`]location['"`]\s*[,:]|Response\.redirect/i.test(line))
      found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('no redirect can bypass localPath', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sources(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });

  it('finds a bare redirect, a hand-set Location header and Response.redirect in a sample', () => {
    const sample = [
      "return c.redirect(c.req.query('next') ?? '/', 303);",
      "c.header('Location', target);",
      'return Response.redirect(url);',
      "return seeOther(c, '/o/acme');",
    ].join('\n');
    expect(bareRedirects(sample).map((hit) => hit.slice(0, 2))).toEqual(['1:', '2:', '3:']);
  });

  it('lets only http/redirect.ts call c.redirect: every route redirects with seeOther', () => {
    const files = sources(root);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files
      .filter((file) => relative(root, file) !== join('http', 'redirect.ts'))
      .flatMap((file) => bareRedirects(readFileSync(file, 'utf8')).map((hit) => `${relative(root, file)}:${hit}`));
    expect(offenders).toEqual([]);
    expect(bareRedirects(readFileSync(join(root, 'http', 'redirect.ts'), 'utf8'))).toHaveLength(1);
  });
});
