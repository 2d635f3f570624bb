import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTemplate, readTemplate } from '@assay/core';
import { createOrganisation, serviceContext } from '@assay/services';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../../packages/core/src/test-support/shared-files.js';
import { sharedCids, supplierTemplate } from '../../../../../packages/core/src/test-support/supplier-templates.js';
import { type Client, createTestApp, setUp, type TestApp } from '../../test-support/test-app.js';

const dir = sharedPath('rmi-templates');
const BLANK = 'EMRT-2.1_blank_zh-saved_cirscn.xlsx';
const noStackTrace = /\bat .*\.(ts|tsx|js):\d+/;

const COMPANY = {
  name: 'Acme Metals',
  contactName: 'Compliance desk',
  contactEmail: 'compliance@acme.example',
  contactPhone: '+31 20 000 0000',
  authorizerName: 'Olga Owner',
  authorizerEmail: 'owner@acme.example',
  date: '2025-06-01',
};

/** Uploads files on the intake page the way the drag-and-drop island does (multipart, JSON answer). */
async function upload(client: Client, slug: string, files: readonly { name: string; bytes: Uint8Array }[]) {
  await client.prime();
  const form = new FormData();
  for (const f of files) form.append('files', new File([f.bytes.slice()], f.name));
  const response = await client.request(`/o/${slug}/intake`, {
    method: 'POST',
    headers: { 'x-csrf-token': client.csrf, accept: 'application/json' },
    body: form,
  });
  expect(response.status).toBe(200);
  return (await response.json()).results as { submissionId: string; family: string; status: string }[];
}

describe('the own declaration pages without a blank, and the family parameter', () => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'assay-own-')) });
    owner = await setUp(t.app);
  });

  /** Runs `work` with the language switch on Dutch, then back on English. */
  const inDutch = async <T>(work: () => Promise<T>): Promise<T> => {
    owner.cookies.set('assay_lang', 'nl');
    try {
      return await work();
    } finally {
      owner.cookies.set('assay_lang', 'en');
    }
  };

  it('explains how to get the blank from the RMI when none was uploaded', async () => {
    const response = await owner.request('/o/acme/own-declaration');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('No blank CMRT / EMRT yet');
    expect(html).toContain('href="https://www.responsiblemineralsinitiative.org/reporting-templates/"');
    expect(html).toContain('href="/o/acme/intake"');
    expect(html).toContain('CMRT: no blank uploaded yet');
    expect(html).toContain('EMRT: no blank uploaded yet');
    const emrt = await (await owner.request('/o/acme/own-declaration?family=EMRT')).text();
    expect(emrt).toContain('No blank EMRT yet');
    expect(emrt).toContain('Download the current EMRT free of charge from the RMI website');
    const nl = await inDutch(async () => (await owner.request('/o/acme/own-declaration?family=emrt')).text());
    expect(nl).toContain('Nog geen lege EMRT');
    expect(nl).toContain('Download de actuele EMRT gratis van de website van het RMI');
  });

  it.each([
    ['GET', '/o/acme/own-declaration?family=XYZ'],
    ['GET', '/o/acme/own-declaration?family=AMRT'],
    ['GET', '/o/acme/own-declaration/download?family=%3Cb%3Ebold'],
    ['POST', '/o/acme/own-declaration'],
  ])('refuses an unknown family on %s %s with a clear 400, not a 500', async (method, path) => {
    const response =
      method === 'GET' ? await owner.request(path) : await owner.form(path, { ...COMPANY, family: 'XYZ' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/Unknown template family “(XYZ|AMRT|&lt;b&gt;bold)”/);
    expect(html).toContain('Assay writes your own declaration as a CMRT or an EMRT.');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toMatch(noStackTrace);
  });

  it('says so in Dutch, and as JSON to a client that asks for JSON', async () => {
    const nl = await inDutch(async () => (await owner.request('/o/acme/own-declaration?family=XYZ')).text());
    expect(nl).toContain('Onbekende templatesoort “XYZ”');
    const json = await owner.request('/o/acme/own-declaration?family=XYZ', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(400);
    expect((await json.json()).error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'family' }] });
  });

  it('refuses to save or download a family whose blank is missing, saying where to get it', async () => {
    const saved = await owner.form('/o/acme/own-declaration', { ...COMPANY, family: 'EMRT' });
    expect(saved.status).toBe(400);
    expect(await saved.text()).toContain('Upload a blank EMRT on the template intake page first.');
    const download = await owner.request('/o/acme/own-declaration/download?family=EMRT');
    expect(download.status).toBe(400);
    expect(await download.text()).toContain('Upload a blank EMRT on the template intake page first.');
  });
});

describe.skipIf(!dir)('our own EMRT over HTTP: blank and supplier EMRT in, reviewed EMRT out', () => {
  let t: TestApp;
  let owner: Client;
  let supplierSubmission: string;
  let blankSubmission: string;
  let otherOrgSubmission: string;
  let cids: string[];

  beforeAll(async () => {
    t = await createTestApp('sqlite', { ASSAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'assay-own-')) });
    owner = await setUp(t.app);
    const blankBytes = new Uint8Array(readFileSync(join(dir as string, BLANK)));
    const blank = readTemplate(blankBytes).declaration;
    if (!blank) throw new Error('blank EMRT not readable');
    cids = sharedCids([blank], 'Cobalt').slice(0, 2);
    const supplier = supplierTemplate(blankBytes, {
      company: 'Katanga Cobalt Refining Ltd',
      minerals: {
        Cobalt: { Q1: 'Yes', Q2: 'Yes', Q3: 'Yes', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'Yes' },
        Lithium: { Q1: 'No' },
      },
      companyAnswers: {
        A: 'Yes',
        B: 'Yes',
        'B.comment': 'https://katanga.example/policy',
        'C.Cobalt': 'Yes',
        D: 'Yes',
        E: 'Yes, in conformance with IPC1755 (e.g. EMRT)',
        F: 'Yes',
        G: 'Yes',
      },
      smelters: cids.map((smelterId) => ({ metal: 'Cobalt', smelterId })),
    });
    const results = await upload(owner, 'acme', [
      { name: BLANK, bytes: blankBytes },
      { name: 'katanga-emrt.xlsx', bytes: supplier },
    ]);
    expect(results.map((r) => [r.family, r.status])).toEqual([
      ['EMRT', 'needs_correction'],
      ['EMRT', 'valid'],
    ]);
    blankSubmission = results[0]?.submissionId ?? '';
    supplierSubmission = results[1]?.submissionId ?? '';

    // Another organisation with a received template of its own.
    const ctx = serviceContext(t.store);
    const other = await createOrganisation(
      ctx,
      { organisation: { name: 'Other Metals', slug: 'other' } },
      { userId: null, label: 'test' },
    );
    const stored = await t.store.submissions.insert(other.organisation.id, {
      supplierId: null,
      suggestedSupplierId: null,
      sha256: 'e'.repeat(64),
      fileName: 'other.xlsx',
      size: 1,
      family: 'EMRT',
      version: '2.1',
      companyName: 'Other Supplier',
      declaredOn: null,
      status: 'valid',
      errors: 0,
      warnings: 0,
      linkStatus: 'unlinked',
      linkScore: 0,
      findings: [],
      declaration: null,
    });
    otherOrgSubmission = stored.id;
  });

  it('offers the EMRT (the only family with a blank) and explains the missing CMRT blank', async () => {
    const html = await (await owner.request('/o/acme/own-declaration')).text();
    expect(html).toContain(`EMRT 2.1 (blank: ${BLANK})`);
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('CMRT: no blank uploaded yet');
    expect(html).toContain('<input type="hidden" name="family" value="EMRT"/>');
    expect(html).toContain('Answers aggregated from the newest EMRT of 1 supplier(s).');
    expect(html).toMatch(/<label for="a-Cobalt-Q1">Cobalt Q1<\/label>/);
    expect(html).toMatch(/<option value="Not declaring"[^>]*>Not declaring<\/option>/);
    expect(html).toMatch(/<option value="Yes" selected="">Yes<\/option>/);
    expect(html).toContain('<label for="q-C-Cobalt">C (Cobalt)</label>');
    const cmrt = await owner.request('/o/acme/own-declaration?family=CMRT');
    expect(cmrt.status).toBe(200);
    expect(await cmrt.text()).toContain('No blank CMRT yet');
  });

  it('refuses the download while errors remain, and an answer the EMRT does not offer', async () => {
    const early = await owner.request('/o/acme/own-declaration/download?family=EMRT');
    expect(early.status).toBe(400);
    expect(await early.text()).toContain('The EMRT is not complete yet');
    const bad = await owner.form('/o/acme/own-declaration', {
      ...COMPANY,
      family: 'EMRT',
      'answers.Cobalt.Q1': 'Maybe',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Cobalt Q1: choose one of Yes / No / Unknown / Not declaring.');
    expect(html).toContain('id="a-Cobalt-Q1-error"');
    expect(html).not.toMatch(noStackTrace);
  });

  it('saves the review per family, then downloads an EMRT that reads back without errors', async () => {
    // The company answers its own questions, and Q1 of the minerals no supplier declares.
    const saved = await owner.form('/o/acme/own-declaration', {
      ...COMPANY,
      family: 'EMRT',
      ...Object.fromEntries(['Copper', 'Graphite', 'Mica', 'Nickel'].map((m) => [`answers.${m}.Q1`, 'No'])),
      'answers.A': 'Yes',
      'answers.B': 'Yes',
      'answers.B.comment': 'https://acme.example/policy',
      'answers.C.Cobalt': 'Yes',
      'answers.D': 'Yes',
      'answers.E': 'Yes, in conformance with IPC1755 (e.g. EMRT)',
      'answers.F': 'Yes',
      'answers.G': 'Yes',
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/o/acme/own-declaration?family=EMRT&saved');
    const page = await (await owner.request('/o/acme/own-declaration?family=EMRT&saved')).text();
    expect(page).toContain('Saved.');
    expect(page).toContain('href="/o/acme/own-declaration/download?family=EMRT"');
    const org = await t.store.organisations.findBySlug('acme');
    expect((await t.store.ownDeclarations.list(org?.id ?? '')).map((d) => d.family)).toEqual(['EMRT']);

    const download = await owner.request('/o/acme/own-declaration/download?family=EMRT');
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/filename="EMRT-2\.1_Acme-Metals_2025-06-01\.xlsx"/);
    const bytes = new Uint8Array(await download.arrayBuffer());
    const back = checkTemplate(bytes, { today: '2025-06-01' });
    expect(back.declaration?.family).toBe('EMRT');
    expect(back.declaration?.version).toBe('2.1');
    expect(back.declaration?.company.name).toBe('Acme Metals');
    expect(back.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
    expect(back.declaration?.smelters.map((s) => s.smelterId).sort()).toEqual(cids);
  });

  it('answers one submission’s findings as JSON, and 404 for another organisation’s', async () => {
    const response = await owner.request(`/api/v1/orgs/acme/supply-chain/submissions/${blankSubmission}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      id: blankSubmission,
      fileName: BLANK,
      family: 'EMRT',
      version: '2.1',
      status: 'needs_correction',
      supplier: null,
    });
    expect(body.errors).toBeGreaterThan(0);
    expect(body.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'required_missing', sheet: 'Declaration', cell: 'D8' }),
    );
    for (const f of body.findings) {
      expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'fix', 'message', 'severity', 'sheet']);
      expect(typeof f.message.en).toBe('string');
      expect(typeof f.message.nl).toBe('string');
    }
    const valid = await (
      await owner.request(`/api/v1/orgs/acme/supply-chain/submissions/${supplierSubmission}`)
    ).json();
    expect(valid).toMatchObject({ status: 'valid', companyName: 'Katanga Cobalt Refining Ltd' });
    expect(valid.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);

    const foreign = await owner.request(`/api/v1/orgs/acme/supply-chain/submissions/${otherOrgSubmission}`);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('Other Supplier');
    expect((await owner.request(`/api/v1/orgs/other/supply-chain/submissions/${otherOrgSubmission}`)).status).toBe(404);
    expect((await owner.request('/api/v1/orgs/acme/supply-chain/submissions/not-an-id')).status).toBe(404);
  });

  it('documents the endpoint in the OpenAPI document', async () => {
    const doc = await (await owner.request('/api/v1/openapi.json')).json();
    const op = doc.paths['/api/v1/orgs/{org}/supply-chain/submissions/{submissionId}']?.get;
    expect(op?.parameters.map((p: { name: string }) => p.name)).toEqual(['org', 'submissionId']);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401', '404']));
  });
});
