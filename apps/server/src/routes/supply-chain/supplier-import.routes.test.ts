import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setUp, type TestApp } from '../../test-support/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'assay-import-route-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('supplier import: the staged file goes on import and on cancel', () => {
  let t: TestApp;
  let owner: Client;
  let folder: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_DATA_DIR: dataDir });
    owner = await setUp(t.app);
    const org = await t.store.organisations.findBySlug('acme');
    folder = join(dataDir, 'imports', org?.id ?? '');
  });

  const upload = async (csv: string, locale = 'en') => {
    await owner.prime();
    const form = new FormData();
    form.append('_csrf', owner.csrf);
    form.append('file', new File([csv], 'suppliers.csv', { type: 'text/csv' }));
    const response = await owner.request('/o/acme/suppliers/import', {
      method: 'POST',
      headers: { 'accept-language': locale },
      body: form,
    });
    const html = await response.text();
    expect(response.status, html).toBe(200);
    const staged = /name="staged" value="([0-9a-f]{64})"/.exec(html)?.[1];
    if (!staged) throw new Error('no staged file in the preview');
    return { html, staged };
  };

  it('cancel deletes the staged file and goes back to the upload form; the page says it in Dutch too', async () => {
    const { html, staged } = await upload('Name,Country\nCancel BV,NL\n');
    expect(html).toMatch(/<button[^>]*value="cancel"[^>]*>Cancel<\/button>/);
    expect(readdirSync(folder)).toEqual([staged]);
    const response = await owner.form('/o/acme/suppliers/import/apply', {
      staged,
      fileName: 'suppliers.csv',
      step: 'cancel',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/o/acme/suppliers/import');
    expect(existsSync(join(folder, staged))).toBe(false);
    expect((await t.store.suppliers.list((await t.store.organisations.findBySlug('acme'))?.id ?? '')).length).toBe(0);

    owner.cookies.set('assay_lang', 'nl');
    const dutch = await upload('Naam,Land\nAnnuleer BV,NL\n', 'nl');
    owner.cookies.delete('assay_lang');
    expect(dutch.html).toMatch(/<button[^>]*value="cancel"[^>]*>Annuleren<\/button>/);
  });

  it('import deletes the staged file', async () => {
    const { staged } = await upload('Name,Country\nImported BV,NL\n');
    const response = await owner.form('/o/acme/suppliers/import/apply', {
      staged,
      fileName: 'suppliers.csv',
      step: 'apply',
      'map.name': 'Name',
      'map.country': 'Country',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/o/acme/suppliers/import?done=1.0.0');
    expect(existsSync(join(folder, staged))).toBe(false);
  });
});
