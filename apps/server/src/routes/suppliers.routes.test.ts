import { readTable } from '@assay/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';

const noStackTrace = /\bat .*\.(ts|tsx|js):\d+/;

describe('supplier register pages, export and API (in-process)', () => {
  let t: TestApp;
  let owner: Client;
  let supplierId: string;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    owner = await setUp(t.app);
    const added = await owner.form('/o/acme/suppliers', { name: 'Katanga Cobalt', country: 'CD', materials: 'cobalt' });
    expect(added.status).toBe(303);
    const org = await t.store.organisations.findBySlug('acme');
    const [supplier] = await t.store.suppliers.list(org?.id ?? '');
    supplierId = supplier?.id ?? '';
  });

  it('lists suppliers with their inherent risk and a link to the scan that explains it', async () => {
    const html = await (await owner.request('/o/acme/suppliers')).text();
    expect(html).toContain(`<a href="/o/acme/suppliers/${supplierId}">Katanga Cobalt</a>`);
    expect(html).toContain('<strong>Very high</strong>');
    expect(html).toContain('href="/scan?material=cobalt&amp;country=CD"');
    expect(html).toMatch(/Why\? <span class="visually-hidden">Cobalt from [^<]+ in the risk scan<\/span>/);
    expect(html).toContain('href="/o/acme/suppliers/export?format=csv"');
    expect(html).toContain('href="/o/acme/suppliers/export?format=xlsx"');
    expect(html).toContain('<th scope="row">');
  });

  it('refuses an unknown material on the add form with a message and close matches, not a 500', async () => {
    const response = await owner.form('/o/acme/suppliers', { name: 'X', materials: 'unobtanium steel' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('“unobtanium steel” is not in the raw-material catalogue.');
    expect(html).toContain('Did you mean: Steel (steel), Iron and steel scrap (steel-scrap)?');
    expect(html).toContain('id="f-materials-error"');
  });

  it('edits the profile on the detail page: errors next to the fields, then saved', async () => {
    const page = await owner.request(`/o/acme/suppliers/${supplierId}`);
    expect(page.status).toBe(200);
    const detail = await page.text();
    expect(detail).toContain('<h1>Katanga Cobalt</h1>');
    expect(detail).toContain(`action="/o/acme/suppliers/${supplierId}"`);

    const bad = await owner.form(`/o/acme/suppliers/${supplierId}`, {
      name: 'Katanga Cobalt',
      country: 'Narnia',
      materials: 'cobalt, ore',
      cnCodes: 'abc',
      spend: 'a lot',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).not.toMatch(noStackTrace);
    expect(html).toContain('Check these fields: Country, Materials, CN codes, Spend.');
    expect(html).toContain('<span class="field-error" id="f-country-error">Unknown country');
    expect(html).toContain('“ore” matches more than one raw material.');
    expect(html).toContain('value="a lot"');

    const ok = await owner.form(`/o/acme/suppliers/${supplierId}`, {
      name: 'Katanga Cobalt Refining',
      country: 'cd',
      materials: 'cobalt',
      sites: 'Likasi',
      contacts: 'Anna <anna@katanga.example>',
      cnCodes: '8105',
      annualVolume: '120',
      volumeUnit: 't',
      spend: '1.500.000',
      leverage: 'small buyer',
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/o/acme/suppliers/${supplierId}?saved`);
    const saved = await (await owner.request(`/o/acme/suppliers/${supplierId}?saved`)).text();
    expect(saved).toContain('Supplier saved.');
    expect(saved).toContain('Likasi');
    expect(saved).toContain('8105');
  });

  it('shows Dutch messages in Dutch', async () => {
    await owner.request('/lang/nl');
    const bad = await owner.form(`/o/acme/suppliers/${supplierId}`, { name: 'K', materials: 'onbekendium' });
    const html = await bad.text();
    await owner.request('/lang/en');
    expect(bad.status).toBe(400);
    expect(html).toContain('“onbekendium” staat niet in de grondstoffencatalogus.');
    expect(html).toContain('Controleer deze velden: Materialen.');
  });

  it('exports the register as CSV and XLSX; an unknown format is a 400 naming the format', async () => {
    const csv = await owner.request('/o/acme/suppliers/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="suppliers-acme-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = await csv.text();
    expect(text.split('\r\n')[1]).toContain('"Katanga Cobalt Refining"');

    const xlsx = await owner.request('/o/acme/suppliers/export?format=xlsx');
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const table = readTable(new Uint8Array(await xlsx.arrayBuffer()), 'x.xlsx');
    expect(table.rows[0]?.values.Name).toBe('Katanga Cobalt Refining');

    const bad = await owner.request('/o/acme/suppliers/export?format=pdf');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose csv or xlsx as the export format.');
  });

  it('answers the register, submissions and roll-up as JSON, documented in OpenAPI', async () => {
    const list = await owner.request('/api/v1/orgs/acme/supply-chain/suppliers');
    expect(list.status).toBe(200);
    const [supplier] = await list.json();
    expect(supplier).toMatchObject({
      id: supplierId,
      country: 'CD',
      materials: ['cobalt'],
      profile: { sites: ['Likasi'], cnCodes: ['8105'], spend: 1_500_000 },
      risk: { status: 'scored', top: { materialId: 'cobalt', level: 'very_high' } },
    });
    expect(supplier.organisationId).toBeUndefined();

    const bad = await owner.json('PUT', `/api/v1/orgs/acme/supply-chain/suppliers/${supplierId}`, {
      name: 'K',
      materials: ['unobtanium'],
    });
    expect(bad.status).toBe(400);
    const error = await bad.json();
    expect(error.error.issues[0]).toMatchObject({ path: 'materials' });
    expect(error.error.issues[0].message).toContain('"unobtanium" is not in the materials catalogue');

    const put = await owner.json('PUT', `/api/v1/orgs/acme/supply-chain/suppliers/${supplierId}`, {
      name: 'Katanga Cobalt Refining',
      country: 'CD',
      materials: ['cobalt ore'],
      contacts: [{ name: 'Anna', email: 'anna@katanga.example' }],
      annualVolume: 5,
      recycled: false,
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ materials: ['cobalt-ore'], profile: { annualVolume: 5, sites: [] } });

    const missing = await owner.request('/api/v1/orgs/acme/supply-chain/suppliers/nope');
    expect(missing.status).toBe(404);
    expect(await (await owner.request('/api/v1/orgs/acme/supply-chain/submissions')).json()).toEqual([]);
    const rollup = await (await owner.request('/api/v1/orgs/acme/supply-chain/rollup')).json();
    expect(rollup).toMatchObject({ smelters: [], coverage: { suppliers: 1, responded: 0 } });

    const openapi = await (await owner.request('/api/v1/openapi.json')).json();
    for (const path of ['suppliers', 'suppliers/{id}', 'submissions', 'rollup'])
      expect(Object.keys(openapi.paths)).toContain(`/api/v1/orgs/{org}/supply-chain/${path}`);
  });
});
