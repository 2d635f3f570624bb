import { inviteMember, serviceContext } from '@assay/services';
import { hasPostgres } from '@assay/storage/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownLanguageText } from '../../test-support/page-walk.js';
import { Client, createTestApp, setUp, type TestApp } from '../../test-support/test-app.js';

const DIALECTS: readonly ('sqlite' | 'postgres')[] = hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite'];
const NNBSP = '\u202f';
const noStackTrace = /\bat .*\.(ts|tsx|js):\d+/;

/** The lines form's fields: one record per line, numbered from 1. */
function lines(
  rows: readonly Partial<Record<'cn' | 'description' | 'quantity' | 'unit' | 'origin' | 'recycled' | 'gold', string>>[],
  extra: Record<string, string> = {},
): Record<string, string> {
  const fields: Record<string, string> = { lines: String(Math.max(5, rows.length)), ...extra };
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) fields[`${k}-${i + 1}`] = v;
  });
  return fields;
}

async function upload(client: Client, slug: string, name: string, bytes: Uint8Array, mark = '') {
  await client.prime();
  const form = new FormData();
  form.append('_csrf', client.csrf);
  form.append('file', new File([bytes.slice()], name));
  form.append('decimal_mark', mark);
  return client.request(`/o/${slug}/cmr/upload`, { method: 'POST', body: form });
}

const csv = (text: string) => new TextEncoder().encode(text);

/** The text of the page's latest-check section. */
async function latest(client: Client, path = '/o/acme/cmr'): Promise<string> {
  const response = await client.request(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  return html.slice(html.indexOf('id="cmr-latest"'), html.indexOf('id="cmr-form"'));
}

describe.each(DIALECTS)('the importer check page /o/:org/cmr [%s]', (dialect) => {
  let t: TestApp;
  let owner: Client;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await setUp(t.app);
  });
  afterAll(async () => {
    await t.store.close();
  });

  const inDutch = async <T>(work: () => Promise<T>): Promise<T> => {
    owner.cookies.set('assay_lang', 'nl');
    try {
      return await work();
    } finally {
      owner.cookies.set('assay_lang', 'en');
    }
  };

  it('shows the form and says no check was run yet', async () => {
    const response = await owner.request('/o/acme/cmr');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('EU Conflict Minerals Regulation: importer check');
    expect(html).toContain('No check yet.');
    expect(html).toContain('name="cn-5"');
    expect(html).not.toContain('name="cn-6"');
    expect(html).toContain('enctype="multipart/form-data"');
  });

  it('adds lines without JavaScript and keeps what was typed', async () => {
    const response = await owner.form('/o/acme/cmr', lines([{ cn: '2609 00 00', quantity: '12' }], { more: '1' }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('name="cn-10"');
    expect(html).toContain('value="2609 00 00"');
  });

  it('checks typed lines: per Annex I line, thresholds and totals, notes, gold reading and duties', async () => {
    const response = await owner.form(
      '/o/acme/cmr',
      lines(
        [
          { cn: '8103 91 00', description: 'Tantalum crucibles', quantity: '200', unit: 'kg' },
          { cn: '2609 00 00', quantity: '6000', unit: 'kg', recycled: 'yes' },
          { cn: '7108 13 10', quantity: '150', unit: 'kg', gold: 'yes' },
          { cn: '8001 10 00', quantity: '2', unit: 't', origin: 'NL' },
        ],
        { decimal_mark: 'point' },
      ),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/o/acme/cmr?checked');
    const page = await (await owner.request('/o/acme/cmr?checked')).text();
    expect(page).toContain('The check has been run and saved.');
    const html = await latest(owner);
    expect(html).toContain('In scope');
    expect(html).toContain('Checked on');
    expect(html).toContain('from the form');
    // Tantalum crucibles: CN 2022 code under Annex I 8103 90 (150 kg), in scope at 200 kg.
    expect(html).toContain('8103 91 00 is a CN 2022 code; Annex I (CN 2017–2020) lists its goods under 8103 90');
    expect(html).toContain('150 kg');
    // Tin ore ticked recycled: counted, and the page says why.
    expect(html).toContain('the recycled exclusion applies to recycled metals only, never to ores and concentrates');
    expect(html).toContain(`5${NNBSP}000 kg`);
    expect(html).toContain(`6${NNBSP}000 kg`);
    // Refined gold 150 kg: the footnote's reading is shown.
    expect(html).toContain('The two gold lines (ex 7108): which reading Assay applies');
    expect(html).toContain('Compared with both gold lines together: 150 kg against 100 kg.');
    // 2 t of unwrought tin: 2 000 kg against 100 000 kg, not in scope.
    expect(html).toContain(`“2 t” read as 2${NNBSP}000 kg`);
    expect(html).toContain(`100${NNBSP}000 kg`);
    expect(html).toContain('Not in scope: the annual total is below the threshold');
    // Duties of minerals (tin ore) and metals (tantalum, refined gold), with their rows.
    expect(html).toContain('data-duty="records-minerals"');
    expect(html).toContain('data-duty="records-metals"');
    expect(html).toContain('data-duty="audit-exemption"');
    expect(html).toMatch(/data-duty="records-minerals">[\s\S]*?for rows 2[;)]/);
    expect(html).toMatch(/data-duty="records-metals">[\s\S]*?for rows 1, 3[;)]/);
    // The form comes back filled with the saved lines, quantities in kg.
    expect(page).toContain('value="8103 91 00"');
    expect(page).toContain('value="2000"');
  });

  it('shows the page in Dutch without English', async () => {
    const html = await inDutch(async () => (await owner.request('/o/acme/cmr')).text());
    const text = ownLanguageText(html, 'nl');
    expect(text).toContain('EU-verordening conflictmineralen: importeurscheck');
    expect(text).toContain('Valt eronder');
    expect(text).toContain('Uw plichten (art. 4–7)');
    expect(text).toContain('Of vul de regels in');
    for (const english of ['In scope', 'Your duties', 'Checked on', 'recycled metals only', 'Upload a file', 'Row '])
      expect(text).not.toContain(english);
  });

  it('reads a Dutch CSV with 6.000;kg by its convention and says how it read it', async () => {
    // Only the `;` separator decides: 6.000 is six thousand, as Dutch Excel writes it.
    const alone = await upload(owner, 'acme', 'invoer.csv', csv('gn_code;hoeveelheid;eenheid\n2609 00 00;6.000;kg\n'));
    expect(alone.status).toBe(303);
    const first = await latest(owner);
    expect(first).toContain(`“6.000 kg” read as 6${NNBSP}000 kg`);
    expect(first).toContain('Decimal comma: the file separates its fields with “;”');
    // With a figure that only a decimal comma reads, the figures decide.
    const file = csv('gn_code;hoeveelheid;eenheid;gerecycled\n2609 00 00;6.000;kg;nee\n8103 91 00;0,2;t;nee\n');
    const response = await upload(owner, 'acme', 'invoer.csv', file);
    expect(response.status).toBe(303);
    const html = await latest(owner);
    expect(html).toContain('from the file invoer.csv');
    expect(html).toContain(`“6.000 kg” read as 6${NNBSP}000 kg`);
    expect(html).toContain('“0,2 t” read as 200 kg');
    expect(html).toContain('Decimal comma: figures such as the one in row 3 can only be read that way.');
    const nl = await inDutch(() => latest(owner));
    expect(nl).toContain(`“6.000 kg” gelezen als 6${NNBSP}000 kg`);
    expect(nl).toContain('Decimale komma: getallen zoals dat in regel 3 zijn alleen zo te lezen.');
    expect(nl).toContain('Valt eronder');
  });

  it('names the row and both readings of an ambiguous 6.000, in the page language, and saves nothing', async () => {
    const before = await latest(owner);
    const file = csv('cn_code,quantity,unit\n2609 00 00,6.000,kg\n');
    const response = await upload(owner, 'acme', 'imports.csv', file);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Nothing was checked. Correct these and try again:');
    expect(html).toContain(
      `Row 2, quantity: “6.000” can be read as 6 kg (decimal point) or as 6${NNBSP}000 kg (decimal comma).`,
    );
    const nl = await inDutch(async () => (await upload(owner, 'acme', 'imports.csv', file)).text());
    expect(nl).toContain(
      `Regel 2, quantity: “6.000” kan gelezen worden als 6 kg (decimale punt) of als 6${NNBSP}000 kg (decimale komma).`,
    );
    // The chosen decimal mark settles it.
    expect(await latest(owner)).toBe(before);
    const settled = await upload(owner, 'acme', 'imports.csv', file, 'point');
    expect(settled.status).toBe(303);
    expect(await latest(owner)).toContain(`“6.000 kg” read as 6 kg`);
  });

  it.each([
    [
      'an unknown unit',
      lines([{ cn: '2609 00 00', quantity: '10', unit: 'stones' }]),
      'Row 1, unit: “stones” is not a unit of mass Assay knows.',
      'Regel 1, eenheid: “stones” is geen massa-eenheid die Assay kent.',
    ],
    [
      'a wrong CN code',
      lines([{}, { cn: '26O9', quantity: '10', unit: 'kg' }]),
      'Row 2, CN code: “26O9” is not a CN or TARIC code of 4 to 10 digits.',
      'Regel 2, GN-code: “26O9” is geen GN- of TARIC-code van 4 tot 10 cijfers.',
    ],
    [
      'an ambiguous ton',
      lines([{ cn: '8001', quantity: '3', unit: 'ton' }]),
      'Row 1, unit: “ton” means different masses in different places',
      'Regel 1, eenheid: “ton” betekent op verschillende plaatsen een andere massa',
    ],
    [
      'a figure against the chosen mark',
      lines([{ cn: '8001', quantity: '1,500.5' }], { decimal_mark: 'comma' }),
      'Row 1, quantity: “1,500.5” cannot be read with the decimal mark you chose.',
      'Regel 1, hoeveelheid: “1,500.5” is niet te lezen met het decimaalteken dat u koos.',
    ],
    [
      'no lines at all',
      lines([]),
      'Enter at least one line with a customs code and a quantity.',
      'Vul minstens één regel in met een douanecode en een hoeveelheid.',
    ],
  ])('refuses %s in the form by row and field, keeps the values, saves nothing', async (_, fields, en, nl) => {
    const before = await latest(owner);
    const response = await owner.form('/o/acme/cmr', fields);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(en);
    expect(html).not.toMatch(noStackTrace);
    for (const [k, v] of Object.entries(fields)) if (k.startsWith('cn-') && v) expect(html).toContain(`value="${v}"`);
    const dutch = await inDutch(async () => (await owner.form('/o/acme/cmr', fields)).text());
    expect(dutch).toContain(nl);
    expect(await latest(owner)).toBe(before);
  });

  it.each([
    [
      'a zip that is no workbook',
      'x.xlsx',
      new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]),
      'The file x.xlsx could not be read as CSV or Excel.',
      'Het bestand x.xlsx kon niet als CSV of Excel worden gelezen.',
    ],
    [
      'a file without the columns',
      'x.csv',
      csv('name;weight\nfoo;1\n'),
      'CN code: the column cn_code is missing.',
      'GN-code: de kolom cn_code ontbreekt.',
    ],
    ['an empty file', 'x.csv', new Uint8Array(), 'Choose a file to upload.', 'Kies een bestand om te uploaden.'],
  ])('refuses %s on upload with a message, not a 500', async (_, name, bytes, en, nl) => {
    const response = await upload(owner, 'acme', name, bytes);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(en);
    expect(await inDutch(async () => (await upload(owner, 'acme', name, bytes)).text())).toContain(nl);
  });

  it('answers an upload sent without a file (a plain form post) with the page, not a 500', async () => {
    const response = await owner.form('/o/acme/cmr/upload', { file: '', decimal_mark: 'zzz' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Choose a file to upload.');
  });

  it('links the plan of approach to the check and shows its latest result there', async () => {
    const profile = await owner.form('/o/acme/profile', {
      name: 'Acme Metals B.V.',
      country: 'NL',
      positions: 'trading',
      'size.band': 'small',
      'size.employees': '42',
      'materials.0.materialId': 'aluminium',
      'materials.0.originCountries': 'GN',
      'materials.0.volumeKgPerYear': '6000',
    });
    expect(profile.status).toBe(303);
    const html = await (await owner.request('/o/acme/plan')).text();
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(html).toContain(`Latest importer check (${today.format(new Date())}): Not in scope.`);
    expect(html).toContain('href="/o/acme/cmr"');
    await owner.form('/o/acme/cmr', lines([{ cn: '2609', quantity: '5000', unit: 'kg' }]));
    const nl = await inDutch(async () => (await owner.request('/o/acme/plan')).text());
    expect(nl).toMatch(/Laatste importeurscheck \(\d+ \w+ \d{4}\): Valt eronder\./);
    expect(nl).toContain('Open de importeurscheck');
  });

  it('shows a viewer the result but no forms, and refuses a viewer’s post', async () => {
    const org = await t.store.organisations.findBySlug('acme');
    const ownerUser = await t.store.users.findByEmail('owner@acme.example');
    if (!org || !ownerUser) throw new Error('set-up missing');
    const { token } = await inviteMember(
      serviceContext(t.store),
      { userId: ownerUser.id, label: 'user', organisationId: org.id, role: 'owner' },
      { email: 'viewer@acme.example', role: 'viewer' },
    );
    const viewer = new Client(t.app);
    await viewer.form(`/invite/${token}`, {
      name: 'Vera',
      email: 'viewer@acme.example',
      password: 'viewer password 1',
    });
    const html = await (await viewer.request('/o/acme/cmr')).text();
    expect(html).toContain('id="cmr-latest"');
    expect(html).not.toContain('id="cmr-form"');
    expect((await viewer.form('/o/acme/cmr', lines([{ cn: '2609', quantity: '1', unit: 'kg' }]))).status).toBe(403);
  });
});
