import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTemplate } from '@assay/core';
import { hasPostgres } from '@assay/storage/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../../packages/core/src/test-support/shared-files.js';
import { supplierTemplate } from '../../../../../packages/core/src/test-support/supplier-templates.js';
import { type Client, createTestApp, setUp, type TestApp } from '../../test-support/test-app.js';

const dir = sharedPath('rmi-templates');
const BLANK = 'EMRT-2.1_blank_zh-saved_cirscn.xlsx';
const DIALECTS: readonly ('sqlite' | 'postgres')[] = hasPostgres() ? ['sqlite', 'postgres'] : ['sqlite'];

// Cobalt refiners of the EMRT 2.1 Look-up: one in the DR Congo, two in Finland.
const IN_CONGO = 'CID003264';
const IN_FINLAND = 'CID003226';
const NORILSK = 'CID003390';

async function post(client: Client, path: string, form: FormData) {
  await client.prime();
  return client.request(path, { method: 'POST', headers: { 'x-csrf-token': client.csrf }, body: form });
}

/** The table row of the roll-up for `cid`. */
function rowOf(html: string, cid: string): string {
  const row = html.split('<tr>').find((r) => r.includes(`>${cid}<`));
  if (!row) throw new Error(`${cid} is not in the roll-up`);
  return row.slice(0, row.indexOf('</tr>'));
}

describe.skipIf(!dir).each(DIALECTS)(
  'the roll-up page: RMAP status and the source of the CAHRA flag [%s]',
  (dialect) => {
    let t: TestApp;
    let owner: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect, { ASSAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'assay-rollup-')) });
      owner = await setUp(t.app);
      const blankBytes = new Uint8Array(readFileSync(join(dir as string, BLANK)));
      const blank = readTemplate(blankBytes).declaration;
      if (!blank) throw new Error('blank EMRT not readable');
      const norilsk = blank.lookup.find((l) => l.smelterId === NORILSK && l.metal === 'Cobalt');
      const answers = {
        minerals: { Cobalt: { Q1: 'Yes', Q2: 'Yes', Q3: 'Yes', Q4: 'No', Q5: '100%', Q6: 'Yes', Q7: 'Yes' } },
        companyAnswers: {
          A: 'Yes',
          B: 'Yes',
          'B.comment': 'https://supplier.example/policy',
          'C.Cobalt': 'Yes',
          D: 'Yes',
          E: 'Yes, in conformance with IPC1755 (e.g. EMRT)',
          F: 'Yes',
          G: 'Yes',
        },
      };
      const a = supplierTemplate(blankBytes, {
        ...answers,
        company: 'Alpha Cobalt Trading BV',
        smelters: [
          { metal: 'Cobalt', smelterId: IN_CONGO, mineCountry: 'Australia' },
          { metal: 'Cobalt', smelterId: IN_FINLAND, mineCountry: 'Congo, The Democratic Republic of the' },
        ],
      });
      const b = supplierTemplate(blankBytes, {
        ...answers,
        company: 'Beta Metals GmbH',
        smelters: [{ metal: 'Cobalt', smelterId: NORILSK, mineCountry: 'recycled or scrap' }],
        mines: [{ metal: 'Cobalt', smelterName: norilsk?.standardName ?? '', country: 'DRC' }],
      });
      const form = new FormData();
      form.append('files', new File([a.slice()], 'alpha-emrt.xlsx'));
      form.append('files', new File([b.slice()], 'beta-emrt.xlsx'));
      await owner.prime();
      const response = await owner.request('/o/acme/intake', {
        method: 'POST',
        headers: { 'x-csrf-token': owner.csrf, accept: 'application/json' },
        body: form,
      });
      expect(response.status).toBe(200);
      const results = (await response.json()).results as { status: string; errors: number }[];
      expect(results.map((r) => r.status)).toEqual(['valid', 'valid']);
    });

    it('shows every status as unknown, never as not conformant, and says how to import a list', async () => {
      const html = await (await owner.request('/o/acme/rollup')).text();
      for (const cid of [IN_CONGO, IN_FINLAND, NORILSK]) {
        const row = rowOf(html, cid);
        expect(row).toContain('class="conformance-unknown">Unknown</td>');
        expect(row).not.toContain('Not conformant');
      }
      expect(html).toContain('id="conformance-list"');
      expect(html).toContain('No RMI conformant smelter list has been imported for Cobalt');
      expect(html).toContain('download the conformant smelter list as CSV from the RMI website');
      expect(html).toContain('href="/o/acme/smelters#import-title"');
    });

    it('names the country that raised the CAHRA flag: the smelter’s own or a reported origin', async () => {
      const html = await (await owner.request('/o/acme/rollup')).text();
      const congo = rowOf(html, IN_CONGO);
      expect(congo).toContain('CAHRA: smelter country');
      expect(congo).not.toContain('CAHRA: reported origin');
      expect(congo).toContain('data-cahra="smelter_country"');
      expect(congo).toContain('Raised by the smelter’s own country, Democratic Republic of the Congo');
      expect(congo).toContain('Australia');

      const finland = rowOf(html, IN_FINLAND);
      expect(finland).toContain('CAHRA: reported origin');
      expect(finland).not.toContain('CAHRA: smelter country');
      expect(finland).toContain(
        'Raised by a reported origin, Democratic Republic of the Congo (Smelter List, mine country; reported by Alpha Cobalt Trading BV)',
      );

      const norilsk = rowOf(html, NORILSK);
      expect(norilsk).toContain('CAHRA: reported origin');
      expect(norilsk).toContain('(Mine List; reported by Beta Metals GmbH)');

      const api = await owner.request('/api/v1/orgs/acme/supply-chain/rollup');
      expect(api.status).toBe(200);
      const body = (await api.json()) as {
        smelters: { smelterId: string; conformance: string; redFlags: string[]; cahraReasons: unknown[] }[];
      };
      expect(body.smelters.find((s) => s.smelterId === IN_FINLAND)).toMatchObject({
        conformance: 'unknown',
        redFlags: ['cahra_origin'],
        cahraReasons: [{ kind: 'reported_origin', country: 'CD', sources: ['smelter_list'] }],
      });
    });

    it('says it in Dutch', async () => {
      owner.cookies.set('assay_lang', 'nl');
      try {
        const html = await (await owner.request('/o/acme/rollup')).text();
        expect(html).toContain('Voor Cobalt is nog geen RMI-lijst van conformant smelters geïmporteerd');
        expect(rowOf(html, IN_CONGO)).toContain('Door het eigen land van de smelter, Democratische Republiek Congo');
        expect(rowOf(html, IN_FINLAND)).toContain('Smelter List, land van de mijn');
      } finally {
        owner.cookies.set('assay_lang', 'en');
      }
    });

    it('after a conformant list of the metal is imported, a smelter not on it is not conformant', async () => {
      const csv = `Metal,Smelter ID,Standard Smelter Name,Country\nCobalt,${IN_FINLAND},Umicore Finland Oy,FINLAND\n`;
      const form = new FormData();
      form.append('file', new File([csv], 'conformant.csv', { type: 'text/csv' }));
      form.append('kind', 'conformant');
      const imported = await post(owner, '/o/acme/smelters/import', form);
      expect(imported.status).toBe(303);
      const html = await (await owner.request('/o/acme/rollup')).text();
      expect(html).not.toContain('id="conformance-list"');
      expect(rowOf(html, IN_FINLAND)).toContain('class="conformance-conformant">Conformant</td>');
      expect(rowOf(html, IN_CONGO)).toContain('class="conformance-not_conformant">Not conformant</td>');
      expect(rowOf(html, NORILSK)).toContain('class="conformance-not_conformant">Not conformant</td>');
    });
  },
);
