import { buildModelPolicy, EXAMPLE_PROFILES, policyDocument } from '@assay/core';
import { createOrganisation, getPolicy, inviteMember, serviceContext } from '@assay/services';
import type { ContentText } from 'pdfmake/interfaces.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, setUp, type TestApp } from '../test-support/test-app.js';
import { policyPdfDefinition, renderPolicyPdf } from './policy-pdf.js';

const COMPANY = 'Voorbeeld Profielen B.V.';

const PROFILE = {
  name: COMPANY,
  country: 'NL',
  positions: 'semi_finished',
  'size.band': 'small',
  'size.employees': '42',
  'materials.0.materialId': 'aluminium',
  'materials.0.originCountries': 'GN',
  'materials.0.volumeKgPerYear': '1800000',
  'materials.1.materialId': '',
  'materials.1.originCountries': '',
};

/**
 * The strings of a PDF's object dictionaries (document information, outline titles): literal strings
 * with their escapes undone, UTF-16 where they start with a byte-order mark. Page text is glyph ids and
 * not readable this way; the metadata and the bookmarks are.
 */
function pdfStrings(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return [...raw.matchAll(/\(((?:\\[\s\S]|[^\\()])*)\)/g)].map((m) => {
    const text = (m[1] ?? '').replace(/\\([0-7]{1,3}|[\s\S])/g, (_, c: string) =>
      /^[0-7]+$/.test(c) ? String.fromCharCode(Number.parseInt(c, 8)) : (escapes[c] ?? c),
    );
    if (!text.startsWith('\xfe\xff')) return text;
    const utf16 = Buffer.from(text.slice(2), 'latin1');
    return utf16.swap16().toString('utf16le');
  });
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('the policy as PDF', () => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    owner = await setUp(t.app, { name: 'Voorbeeld Profielen', slug: 'vp' });
    expect((await owner.form('/o/vp/profile', PROFILE)).status).toBe(303);
  });

  const policyOfVp = async () => {
    const org = (await t.store.organisations.findBySlug('vp'))!;
    const user = (await t.store.users.findByEmail('owner@vp.example'))!;
    const actor = { userId: user.id, label: 'user', organisationId: org.id, role: 'owner' as const };
    return { actor, org, ...(await getPolicy(serviceContext(t.store), actor)) };
  };

  it.each(['nl', 'en'] as const)(
    'downloads a real PDF in %s with company, title, sections and metadata',
    async (lang) => {
      const response = await owner.request(`/o/vp/policy/export.pdf?lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="policy-v1-${lang}.pdf"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(isPdf(bytes)).toBe(true);
      expect(Buffer.from(bytes.subarray(-8)).toString('latin1')).toContain('%%EOF');

      const { policy } = await policyOfVp();
      const doc = policyDocument(policy, lang);
      const strings = pdfStrings(bytes);
      expect(strings).toContain(COMPANY); // Author
      expect(strings).toContain(`${COMPANY}: ${doc.title}`); // Title
      expect(Buffer.from(bytes).toString('latin1')).toContain(`/Lang (${lang})`);
      for (const section of doc.sections) expect(strings).toContain(section.title); // bookmarks
      expect(doc.title).toBe(lang === 'nl' ? 'Beleid voor verantwoord inkopen' : 'Responsible sourcing policy');
    },
  );

  it('lays out the whole document: company, title, draft marking, every section and page numbers', () => {
    const policy = buildModelPolicy(EXAMPLE_PROFILES.tinImporter);
    const doc = policyDocument(policy, 'nl');
    const definition = policyPdfDefinition(doc, { compress: false });
    expect(definition.compress).toBe(false);
    expect(definition.language).toBe('nl');
    expect(definition.info).toMatchObject({ title: doc.metadata.title, author: policy.companyName });
    expect(definition.watermark).toMatchObject({ text: 'CONCEPT' });
    const json = JSON.stringify(definition.content);
    expect(json).toContain(JSON.stringify(policy.companyName));
    expect(json).toContain('Beleid voor verantwoord inkopen');
    expect(json).toContain('Concept, nog niet goedgekeurd');
    for (const section of policy.sections) {
      expect(json).toContain(JSON.stringify(section.title.nl));
      for (const block of section.body.nl) expect(json).toContain(JSON.stringify('p' in block ? block.p : block.ul));
    }
    const footer =
      typeof definition.footer === 'function'
        ? definition.footer(2, 5, { width: 595, height: 842, orientation: 'portrait' })
        : null;
    expect(JSON.stringify(footer)).toContain('Pagina 2 van 5');
  });

  it('says who approved an approved version and stamps no draft mark', async () => {
    const policy = buildModelPolicy(EXAMPLE_PROFILES.tinImporter, {
      version: 3,
      approvedOn: '2025-03-03',
      approvedBy: 'the board',
    });
    const definition = policyPdfDefinition(policyDocument(policy, 'en'));
    expect(definition.watermark).toBeUndefined();
    const meta = (definition.content as ContentText[])[2];
    expect(JSON.stringify(meta)).toContain('Version 3 · ');
    expect(JSON.stringify(meta)).toContain('Approved on 3 March 2025 by the board');
    const bytes = await renderPolicyPdf(policyDocument(policy, 'en'), { compress: false });
    expect(isPdf(bytes)).toBe(true);
    expect(pdfStrings(bytes)).toContain(policy.companyName);
  });

  it('exports an earlier version by number and refuses one that does not exist', async () => {
    expect(
      (await owner.form('/o/vp/policy/approve', { approvedBy: 'Directie', approvedOn: '2025-01-02' })).status,
    ).toBe(303);
    const { policy } = await policyOfVp();
    const section = policy.sections[0]!;
    const edited = await owner.form(`/o/vp/policy/sections/${section.id}`, {
      locale: 'nl',
      title: 'Onze eigen titel',
      body: 'Eigen tekst.',
    });
    expect(edited.status).toBe(303);
    const v1 = await owner.request('/o/vp/policy/export.pdf?lang=nl&version=1');
    expect(v1.headers.get('content-disposition')).toContain('policy-v1-nl.pdf');
    const v1Strings = pdfStrings(new Uint8Array(await v1.arrayBuffer()));
    expect(v1Strings).toContain(section.title.nl);
    expect(v1Strings).not.toContain('Onze eigen titel');
    const v2 = await owner.request('/o/vp/policy/export.pdf?lang=nl');
    expect(v2.headers.get('content-disposition')).toContain('policy-v2-nl.pdf');
    expect(pdfStrings(new Uint8Array(await v2.arrayBuffer()))).toContain('Onze eigen titel');
    expect((await owner.request('/o/vp/policy/export.pdf?lang=nl&version=9')).status).toBe(404);
    expect((await owner.request('/o/vp/policy/export.pdf?lang=nl&version=x')).status).toBe(404);
  });

  it('links the PDF next to the HTML export on the policy page', async () => {
    const html = await (await owner.request('/o/vp/policy')).text();
    expect(html).toContain('href="/o/vp/policy/export.pdf?lang=nl"');
    expect(html).toContain('href="/o/vp/policy/export.pdf?lang=en"');
    expect(html).toMatch(/href="\/o\/vp\/policy\/export\.pdf\?lang=\w\w&amp;version=1"/);
  });

  it('lets a viewer download it and gives an outsider a 404', async () => {
    const ctx = serviceContext(t.store);
    const { actor } = await policyOfVp();
    const { token } = await inviteMember(ctx, actor, { email: 'viewer@vp.example', role: 'viewer' });
    const viewer = new Client(t.app);
    await viewer.form(`/invite/${token}`, { name: 'Vera', email: 'viewer@vp.example', password: 'viewer password 1' });
    const download = await viewer.request('/o/vp/policy/export.pdf?lang=en');
    expect(download.status).toBe(200);
    expect(isPdf(new Uint8Array(await download.arrayBuffer()))).toBe(true);

    await createOrganisation(
      ctx,
      {
        organisation: { name: 'Other Metals', slug: 'other' },
        owner: { email: 'owner@other.example', name: 'Otto Other', password: 'other password 1' },
      },
      { userId: null, label: 'test' },
    );
    const outsider = new Client(t.app);
    expect((await outsider.form('/login', { email: 'owner@other.example', password: 'other password 1' })).status).toBe(
      303,
    );
    const refused = await outsider.request('/o/vp/policy/export.pdf?lang=en');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).not.toBe('application/pdf');
    expect(await refused.text()).not.toContain(COMPANY);
    const anonymous = await new Client(t.app).request('/o/vp/policy/export.pdf?lang=en');
    expect(anonymous.headers.get('content-type')).not.toBe('application/pdf');
  });
});
