import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTemplate } from '@assay/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../packages/core/src/test-support/shared-files.js';
import { accessibilityViolations } from './support/axe.js';
import { chromiumAvailable, launchBrowser, newContext, screenshotPath, type TestBrowser } from './support/browser.js';
import { startTestServer, type TestServer } from './support/server.js';

const dir = sharedPath('rmi-templates');

/** The company's own answers to the CMRT's company questions. */
const CMRT_COMPANY = {
  A: 'Yes',
  B: 'Yes',
  C: 'Yes',
  D: 'Yes',
  E: 'Yes, in conformance with IPC1755 (e.g., CMRT)',
  F: 'Yes',
  G: 'Yes',
  H: 'No',
};

describe.skipIf(!chromiumAvailable() || !dir)(
  'supply chain in Chromium: upload → board → roll-up → our own CMRT and EMRT',
  () => {
    let server: TestServer;
    let chrome: TestBrowser;

    beforeAll(async () => {
      server = await startTestServer();
      chrome = await launchBrowser();
    });
    afterAll(async () => {
      await chrome?.close();
      await server?.close();
    });

    it('receives the shared templates, shows their findings, rolls up the smelters and writes our CMRT and EMRT', async () => {
      const folder = dir as string;
      const files = [
        ...readdirSync(folder)
          .filter((f) => f.endsWith('.xlsx'))
          .map((f) => join(folder, f)),
        ...readdirSync(join(folder, 'real-filled')).map((f) => join(folder, 'real-filled', f)),
      ];
      const context = await newContext(chrome.browser, { locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${server.url}/setup`);
      await page.getByLabel('Organisation name').fill('Ketting Metaal B.V.');
      await page.getByLabel('Short name for web addresses').fill('ketting');
      await page.getByLabel('Your name').fill('Kim Keten');
      await page.getByLabel('E-mail address').fill('kim@ketting.example');
      await page.getByLabel('Password').fill('a long and safe password');
      await page.getByRole('button', { name: 'Create organisation' }).click();
      await page.waitForURL('**/o/ketting');

      await page.goto(`${server.url}/o/ketting/intake`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.setInputFiles('#intake-files', files);
      const reloaded = page.waitForEvent('load', { timeout: 120_000 });
      await page.getByRole('button', { name: 'Upload and check' }).click();
      await reloaded;
      const rows = page.locator('#intake-board tbody tr');
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(files.length);
      const board = (await page.locator('#intake-board').textContent()) ?? '';
      expect(board).toContain('Valid');
      expect(board).toContain('Needs correction');
      await page.screenshot({ path: screenshotPath('sc-intake-board'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'CMRT-6.5_blank_zh-saved_cirscn.xlsx' }).click();
      expect(await page.locator('#findings tbody tr').count()).toBeGreaterThan(10);
      expect(await page.locator('#request-text').inputValue()).toContain('Dear');
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`${server.url}/o/ketting/rollup`);
      const rollup = (await page.locator('#rollup').textContent()) ?? '';
      expect(rollup).toContain('CID002082');
      await page.screenshot({ path: screenshotPath('sc-rollup'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`${server.url}/o/ketting/own-declaration`);
      await page.getByLabel('Contact person').fill('Compliance desk');
      await page.getByLabel('Contact e-mail').fill('compliance@ketting.example');
      await page.getByLabel('Contact phone').fill('+31 20 000 0000');
      await page.getByLabel('Authorised by', { exact: true }).fill('Kim Keten');
      await page.getByLabel('E-mail of the authoriser').fill('kim@ketting.example');
      // The company questions A–H are the company's own: Assay does not take them from the suppliers.
      for (const [id, answer] of Object.entries(CMRT_COMPANY)) await page.locator(`#q-${id}`).selectOption(answer);
      await page.getByLabel('Comment or link for B').fill('https://ketting.example/policy');
      await page.getByRole('button', { name: 'Save and check' }).click();
      await page.waitForURL('**/own-declaration?family=CMRT&saved');
      expect(await accessibilityViolations(page)).toEqual([]);
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download our CMRT' }).click();
      const path = await (await download).path();
      const back = checkTemplate(readFileSync(path));
      expect(back.declaration?.company.name).toBe('Ketting Metaal B.V.');
      expect(back.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);

      // Our own EMRT: its own review (nothing of the CMRT's carried over), written into the newest blank EMRT.
      await page.getByRole('link', { name: /^EMRT 2\.1 \(blank: / }).click();
      await page.waitForURL('**/own-declaration?family=EMRT');
      expect(await page.getByLabel('Contact person').inputValue()).toBe('');
      await page.getByLabel('Contact person').fill('Compliance desk');
      await page.getByLabel('Contact e-mail').fill('compliance@ketting.example');
      await page.getByLabel('Contact phone').fill('+31 20 000 0000');
      await page.getByLabel('Authorised by', { exact: true }).fill('Kim Keten');
      await page.getByLabel('E-mail of the authoriser').fill('kim@ketting.example');
      // No supplier sent an EMRT: no mineral is proposed either way, the company answers Q1 itself.
      for (const mineral of ['Cobalt', 'Copper', 'Graphite', 'Lithium', 'Mica', 'Nickel'])
        await page.locator(`#a-${mineral}-Q1`).selectOption('No');
      await page.getByRole('button', { name: 'Save and check' }).click();
      await page.waitForURL('**/own-declaration?family=EMRT&saved');
      await page.screenshot({ path: screenshotPath('sc-own-emrt'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      const emrtDownload = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download our EMRT' }).click();
      const emrt = checkTemplate(readFileSync(await (await emrtDownload).path()));
      expect(emrt.declaration?.family).toBe('EMRT');
      expect(emrt.declaration?.version).toBe('2.1');
      expect(emrt.declaration?.company.name).toBe('Ketting Metaal B.V.');
      expect(emrt.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
      await context.close();
    }, 240_000);
  },
);
