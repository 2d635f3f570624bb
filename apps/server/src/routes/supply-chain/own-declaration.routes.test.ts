import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkTemplate, readTemplate, UI_CATALOGUES } from '@assay/core';
import { createOrganisation, serviceContext } from '@assay/services';
import { hasPostgres } from '@assay/storage/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../../packages/core/src/test-support/shared-files.js';
import { sharedCids, supplierTemplate } from '../../../../../packages/core/src/test-support/supplier-templates.js';
import { visibleText } from '../../test-support/page-walk.js';
import { type Client, createTestApp, setUp, type TestApp } from '../../test-support/test-app.js';

const dir = sharedPath('rmi-templates');
const BLANK = 'EMRT-2.1_blank_zh-saved_cirscn.xlsx';
const noStackTrace = /\bat .*\.(ts|tsx|js):\d+/;
const DIALECTS: readonly ('sqlite' | 'postgres')[] = hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite'];

/** The HTML of the element with `id` (a select and its options). */
function selectHtml(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no element ${id}`);
  return html.slice(start, html.indexOf('</select>', start));
}

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

describe.each(DIALECTS)('the own declaration pages without a blank, and the family parameter [%s]', (dialect) => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp(dialect, { ASSAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'assay-own-')) });
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

describe.skipIf(!dir).each(DIALECTS)(
  'our own EMRT over HTTP: blank and supplier EMRTs in, reviewed EMRT out [%s]',
  (dialect) => {
    let t: TestApp;
    let owner: Client;
    let supplierSubmission: string;
    let blankSubmission: string;
    let otherOrgSubmission: string;
    let cids: string[];

    beforeAll(async () => {
      t = await createTestApp(dialect, { ASSAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'assay-own-')) });
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
      // A second cobalt supplier that disagrees: no CAHRA sourcing (Q3), not all smelters identified (Q6).
      const second = supplierTemplate(blankBytes, {
        company: 'Lubumbashi Cobalt SARL',
        minerals: {
          Cobalt: { Q1: 'Yes', Q2: 'Yes', Q3: 'No', Q4: 'No', Q5: '100%', Q6: 'No', Q7: 'Yes' },
        },
        companyAnswers: {
          A: 'Yes',
          B: 'No',
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
        { name: 'lubumbashi-emrt.xlsx', bytes: second },
      ]);
      expect(results.map((r) => [r.family, r.status])).toEqual([
        ['EMRT', 'needs_correction'],
        ['EMRT', 'valid'],
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
      expect(html).toContain('Answers aggregated from the newest EMRT of 2 supplier(s).');
      // Every question with its full text; each answer labelled with its mineral.
      expect(html).toContain(
        '<legend>Question Q1: Is any of the specified mineral/metal intentionally added or used in the product(s) or in the production process?</legend>',
      );
      expect(html).toContain(
        '<legend>Question A: Have you established a responsible minerals sourcing policy?</legend>',
      );
      expect(html).toMatch(/<label for="a-Cobalt-Q1">Cobalt<\/label>/);
      expect(html).toMatch(/<option value="Not declaring"[^>]*>Not declaring<\/option>/);
      expect(selectHtml(html, 'a-Cobalt-Q1')).toContain('<option value="Yes" selected="">Yes</option>');
      expect(html).toContain('<label for="q-C-Cobalt">Cobalt</label>');
      expect(html).toContain('<label for="q-A">Answer to question A</label>');
      const cmrt = await owner.request('/o/acme/own-declaration?family=CMRT');
      expect(cmrt.status).toBe(200);
      expect(await cmrt.text()).toContain('No blank CMRT yet');
    });

    it('proposes the cautious answer where the suppliers disagree and says who said what', async () => {
      const html = await (await owner.request('/o/acme/own-declaration?family=EMRT')).text();
      // Q3 (CAHRA sourcing): Katanga says Yes, Lubumbashi No → Yes. Q6 (all identified): No wins.
      expect(selectHtml(html, 'a-Cobalt-Q3')).toContain('<option value="Yes" selected="">Yes</option>');
      expect(selectHtml(html, 'a-Cobalt-Q6')).toContain('<option value="No" selected="">No</option>');
      expect(html).toContain(
        'Suppliers disagree or left this open. Proposed: Yes (the cautious answer). Katanga Cobalt Refining Ltd: Yes; Lubumbashi Cobalt SARL: No. You decide.',
      );
      expect(html).toContain(
        'Proposed: No (the cautious answer). Katanga Cobalt Refining Ltd: Yes; Lubumbashi Cobalt SARL: No. You decide.',
      );
      // Nobody's EMRT covers nickel: nothing is proposed, and the page says why.
      expect(selectHtml(html, 'a-Nickel-Q1')).toContain('<option value="" selected="">(no answer)</option>');
      expect(html).toContain('No supplier’s template covers Nickel, so nothing is proposed');
    });

    it('leaves every company question empty in a new organisation, whatever the suppliers answered', async () => {
      const html = await (await owner.request('/o/acme/own-declaration?family=EMRT')).text();
      for (const id of ['q-A', 'q-B', 'q-C-Cobalt', 'q-D', 'q-E', 'q-F', 'q-G'])
        expect(selectHtml(html, id), id).toMatch(/^[^>]*>\s*<option value="" selected="">/);
      expect(html).toContain('Assay never takes them from your suppliers’ answers.');
    });

    it('shows the questions, answers, minerals and proposals in Dutch', async () => {
      owner.cookies.set('assay_lang', 'nl');
      const html = await (await owner.request('/o/acme/own-declaration?family=EMRT')).text();
      owner.cookies.set('assay_lang', 'en');
      expect(html).toContain(
        '<legend>Vraag Q3: Betrekt een van de smelterijen of verwerkers in uw toeleveringsketen het opgegeven mineraal of metaal uit conflict- en hoogrisicogebieden? (OESO-richtsnoer voor due diligence, zie de definities in de template)</legend>',
      );
      expect(html).toContain(
        '<legend>Vraag A: Hebt u een beleid voor verantwoorde inkoop van mineralen vastgesteld?</legend>',
      );
      expect(html).toMatch(/<label for="a-Cobalt-Q1">Kobalt<\/label>/);
      // The template's English stays the value; the user reads Dutch.
      expect(selectHtml(html, 'a-Cobalt-Q3')).toContain('<option value="Yes" selected="">Ja</option>');
      expect(html).toContain(
        'Voorstel: Ja (het voorzichtige antwoord). Katanga Cobalt Refining Ltd: Ja; Lubumbashi Cobalt SARL: Nee. U beslist.',
      );
      // No English text of the own declaration in the Dutch form (option values aside).
      const visible = visibleText(html.slice(html.indexOf('<form method="post"')));
      const en = UI_CATALOGUES.en as Readonly<Record<string, string>>;
      const nl = UI_CATALOGUES.nl as Readonly<Record<string, string>>;
      const english = Object.entries(en)
        .filter(([key, text]) => key.startsWith('sc.own.') && text !== nl[key])
        .map(([, text]) => (text.split(/\{\w+\}/).sort((x, y) => y.length - x.length)[0] ?? '').trim())
        .filter((part) => part.length >= 6 && visible.includes(part));
      expect(english).toEqual([]);
      expect(visible).not.toContain('Is any of the specified mineral');
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
      expect((await owner.request(`/api/v1/orgs/other/supply-chain/submissions/${otherOrgSubmission}`)).status).toBe(
        404,
      );
      expect((await owner.request('/api/v1/orgs/acme/supply-chain/submissions/not-an-id')).status).toBe(404);
    });

    it('documents the endpoint in the OpenAPI document', async () => {
      const doc = await (await owner.request('/api/v1/openapi.json')).json();
      const op = doc.paths['/api/v1/orgs/{org}/supply-chain/submissions/{submissionId}']?.get;
      expect(op?.parameters.map((p: { name: string }) => p.name)).toEqual(['org', 'submissionId']);
      expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401', '404']));
    });
  },
);
