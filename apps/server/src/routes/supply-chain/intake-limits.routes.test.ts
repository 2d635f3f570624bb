import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCmrt } from '@assay/core/test-support';
import { hasPostgres } from '@assay/storage/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setUp, type TestApp } from '../../test-support/test-app.js';

const DIALECTS: readonly ('sqlite' | 'postgres')[] = hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite'];

async function upload(client: Client, bytes: Uint8Array, name: string, json: boolean): Promise<Response> {
  const form = new FormData();
  form.append('files', new File([bytes.slice()], name));
  await client.prime();
  return client.request('/o/acme/intake', {
    method: 'POST',
    headers: { 'x-csrf-token': client.csrf, ...(json ? { accept: 'application/json' } : {}) },
    body: form,
  });
}

/** Every file in the data folder apart from the database. */
function storedFiles(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

// Issue #14.3: the workbook of the issue (200,000 extra Smelter List rows) is refused at upload,
// in the page language, and leaves no row and no file. Time and memory: npm run bench:upload-bounds.
describe.each(DIALECTS)('intake refuses a workbook beyond the read limits [%s]', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let dataDir: string;
  const rows = syntheticCmrt({ company: 'Rows BV', extraListRows: 200_000 });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'assay-intake-limits-'));
    t = await createTestApp(dialect, { ASSAY_DATA_DIR: dataDir });
    owner = await setUp(t.app);
  });

  it('answers the upload (JSON, as the drag-and-drop island sends it) with the refusal naming the sheet and the limit', async () => {
    const response = await upload(owner, rows, 'rows.xlsx', true);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: { file: string; error?: string }[] };
    expect(body.results).toHaveLength(1);
    expect(body.results[0]?.file).toBe('rows.xlsx');
    expect(body.results[0]?.error).toMatch(
      /^Sheet "Smelter List" has a value in row 20001, beyond the limit of 20,000 rows/,
    );
  });

  it('shows the refusal in Dutch on a Dutch page (the form without JavaScript)', async () => {
    owner.cookies.set('assay_lang', 'nl');
    try {
      const response = await upload(owner, rows, 'rijen.xlsx', false);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('rijen.xlsx');
      expect(html).toMatch(/Werkblad (&quot;|")Smelter List(&quot;|") heeft een waarde in rij 20001/);
      expect(html).toContain('voorbij de grens van 20.000 rijen');
    } finally {
      owner.cookies.set('assay_lang', 'en');
    }
  });

  it('stores nothing: no submission row, no file, no audit entry', async () => {
    const list = await owner.request('/api/v1/orgs/acme/supply-chain/submissions');
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual([]);
    expect(storedFiles(dataDir)).toEqual([]);
    const org = await t.store.organisations.findBySlug('acme');
    expect((await t.store.audit.list(org?.id ?? '')).filter((a) => a.entity === 'submission')).toEqual([]);
  });

  it('still receives a workbook within the limits', async () => {
    const response = await upload(owner, syntheticCmrt({ company: 'Fine BV', extraListRows: 50 }), 'fine.xlsx', true);
    const body = (await response.json()) as { results: { status?: string; error?: string }[] };
    expect(body.results[0]?.error).toBeUndefined();
    expect(storedFiles(dataDir)).toHaveLength(1);
  });
});
