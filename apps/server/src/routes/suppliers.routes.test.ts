import { readTable } from '@assay/core';
import { hasPostgres } from '@assay/storage/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const DIALECTS: readonly ('sqlite' | 'postgres')[] = hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite'];

/** The supplier names in the rows of a register page, in order. */
const rowNames = (html: string) => [...html.matchAll(/<th scope="row"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
/** The target of the link with `rel` on a page, as a path. */
const linkOf = (html: string, rel: 'next' | 'prev') =>
  new RegExp(`<a rel="${rel}" href="([^"]+)">`).exec(html)?.[1]?.replaceAll('&amp;', '&');
const pad = (n: number) => String(n).padStart(3, '0');

for (const dialect of DIALECTS)
  describe(`the supplier register page, one page at a time [${dialect}]`, () => {
    let t: TestApp;
    let owner: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      owner = await setUp(t.app);
      const org = await t.store.organisations.findBySlug('acme');
      // 120 suppliers: every tenth is a "Tin Works", sorted after the "Supplier"s; number 2 buys cobalt from Congo.
      for (let i = 1; i <= 120; i++)
        await t.store.suppliers.create(org?.id ?? '', {
          name: i % 10 === 0 ? `Tin Works ${pad(i)}` : `Supplier ${pad(i)}`,
          country: i === 2 ? 'CD' : i % 2 ? 'DE' : 'NL',
          materials: i === 2 ? ['cobalt'] : [],
          tier: (i % 3) + 1,
          recycled: false,
        });
    });
    afterAll(async () => {
      await t.store.close();
    });

    it('shows 50 of 120 suppliers with a pager, and the next links walk the whole register once', async () => {
      const first = await owner.request('/o/acme/suppliers');
      expect(first.status).toBe(200);
      const html = await first.text();
      const names = rowNames(html);
      expect(names).toHaveLength(50);
      expect(names[0]).toBe('Supplier 001');
      expect(html).toContain('1–50 of 120');
      expect(linkOf(html, 'prev')).toBeUndefined();
      expect(linkOf(html, 'next')).toBe('/o/acme/suppliers?offset=50');
      // The rows keep their inherent risk, and the export links are still there.
      expect(html).toContain('href="/scan?material=cobalt&amp;country=CD"');
      expect(html).toContain('href="/o/acme/suppliers/export?format=csv"');
      expect(html).toContain('<th scope="col" aria-sort="ascending"><a href="/o/acme/suppliers?dir=desc">');
      expect(html).toContain('<th scope="col"><a href="/o/acme/suppliers?sort=tier">');

      const seen = [...names];
      let next = linkOf(html, 'next');
      let last = html;
      while (next) {
        last = await (await owner.request(next)).text();
        seen.push(...rowNames(last));
        next = linkOf(last, 'next');
      }
      expect(last).toContain('101–120 of 120');
      expect(linkOf(last, 'prev')).toBe('/o/acme/suppliers?offset=50');
      expect(new Set(seen).size).toBe(120);
      expect(seen).toHaveLength(120);
    });

    it('searches on a part of the name, case-insensitively, and says when nothing matches', async () => {
      const html = await (await owner.request('/o/acme/suppliers?q=tin+WORKS&limit=5')).text();
      expect(rowNames(html)).toEqual([
        'Tin Works 010',
        'Tin Works 020',
        'Tin Works 030',
        'Tin Works 040',
        'Tin Works 050',
      ]);
      expect(html).toContain('1–5 of 12');
      expect(html).toContain('value="tin WORKS"');
      expect(linkOf(html, 'next')).toBe('/o/acme/suppliers?q=tin+WORKS&limit=5&offset=5');
      expect(html).toContain('<a href="/o/acme/suppliers?limit=5">Clear search</a>');

      const none = await (await owner.request('/o/acme/suppliers?q=nothing+like+this')).text();
      expect(rowNames(none)).toEqual([]);
      expect(none).toContain('Nothing matches this search.');
      expect(none).not.toContain('No suppliers yet.');
      expect(none).toContain('value="nothing like this"');
    });

    it('sorts by name descending, and the pager keeps the search and the sort', async () => {
      const html = await (await owner.request('/o/acme/suppliers?sort=name&dir=desc')).text();
      expect(rowNames(html).slice(0, 3)).toEqual(['Tin Works 120', 'Tin Works 110', 'Tin Works 100']);
      expect(html).toContain('<th scope="col" aria-sort="descending"><a href="/o/acme/suppliers">');
      expect(linkOf(html, 'next')).toBe('/o/acme/suppliers?dir=desc&offset=50');

      const byCountry = await (
        await owner.request('/o/acme/suppliers?q=supplier&sort=country&dir=desc&offset=50')
      ).text();
      expect(rowNames(byCountry)).toHaveLength(50);
      expect(byCountry).toContain('51–100 of 108');
      expect(linkOf(byCountry, 'prev')).toBe('/o/acme/suppliers?q=supplier&sort=country&dir=desc');
      expect(linkOf(byCountry, 'next')).toBe('/o/acme/suppliers?q=supplier&sort=country&dir=desc&offset=100');
      // The search form keeps the sort for a new search.
      expect(byCountry).toContain('<input type="hidden" name="sort" value="country"/>');
      expect(byCountry).toContain('<input type="hidden" name="dir" value="desc"/>');
    });

    it('shows the first page with the defaults for values it cannot use, never a 5xx', async () => {
      for (const query of [
        'limit=abc',
        'sort=evil',
        'dir=sideways',
        'offset=-5',
        'offset=1e99',
        `q=${'x'.repeat(500)}`,
      ]) {
        const response = await owner.request(`/o/acme/suppliers?${query}`);
        expect(response.status, query).toBe(200);
        const html = await response.text();
        expect(rowNames(html), query).toHaveLength(50);
        expect(rowNames(html)[0], query).toBe('Supplier 001');
        expect(html, query).toContain('1–50 of 120');
      }
      const past = await (await owner.request('/o/acme/suppliers?offset=5000')).text();
      expect(rowNames(past)).toEqual([]);
      expect(past).toContain('This page is past the end of the list.');
      expect(linkOf(past, 'prev')).toBe('/o/acme/suppliers?offset=100');
    });

    it('has a Dutch pager on the Dutch page', async () => {
      await owner.request('/lang/nl');
      const html = await (await owner.request('/o/acme/suppliers?offset=50')).text();
      await owner.request('/lang/en');
      expect(html).toContain('51–100 van 120');
      expect(html).toContain('>Vorige</a>');
      expect(html).toContain('>Volgende</a>');
      expect(html).toContain('Leveranciers zoeken op naam');
      expect(html).toContain('>Zoeken</button>');
      expect(html).not.toContain('Previous');
    });

    it('still exports every supplier, not one page', async () => {
      const csv = await (await owner.request('/o/acme/suppliers/export?format=csv')).text();
      expect(csv.trim().split('\r\n')).toHaveLength(121);
    });
  });
