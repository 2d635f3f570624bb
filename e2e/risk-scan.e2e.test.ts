import { describe, expect, it } from 'vitest';
import { chromiumAvailable, newContext, screenshotPath } from './support/browser.js';
import { useServerAndBrowser } from './support/lifecycle.js';

describe.skipIf(!chromiumAvailable())('quick risk scan in Chromium, without an account', () => {
  const e2e = useServerAndBrowser();

  it('scans cobalt and tin from DR Congo and Indonesia with JavaScript off, in Dutch', async () => {
    const context = await newContext(e2e.browser, { locale: 'nl-NL', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/scan`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Snelle risicoscan');
    await page.getByLabel('Grondstoffen').selectOption(['cobalt', 'tin']);
    await page.getByLabel('Landen van herkomst').selectOption(['CD', 'ID']);
    await page.getByRole('button', { name: 'Scannen' }).click();
    await page.waitForURL('**/scan?material=cobalt&material=tin&country=CD&country=ID&theme=top');
    const heat = page.getByRole('region', { name: /Heatmap/ });
    expect(await heat.locator('tbody tr').count()).toBe(2);
    expect(await heat.getByRole('rowheader', { name: 'Kobalt' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: 'Kobalt: Hoogste risico van alle thema’s, per land' }).isVisible()).toBe(
      true,
    );
    await page.screenshot({ path: screenshotPath('risk-scan-nl'), fullPage: false });

    await page.getByLabel('Toon de kaarten voor').selectOption('child_labour');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await page.waitForURL('**theme=child_labour#maps');
    expect(await page.getByRole('img', { name: 'Kobalt: Kinderarbeid, per land' }).isVisible()).toBe(true);
    await page.getByRole('img', { name: 'Kobalt: Kinderarbeid, per land' }).screenshot({
      path: screenshotPath('risk-map-child-labour-nl'),
    });

    // The language switch keeps the scan.
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL('**/scan?material=cobalt&material=tin&country=CD&country=ID&theme=child_labour');
    expect(await page.getByRole('img', { name: 'Cobalt: Child labour, by country' }).isVisible()).toBe(true);
    await context.close();
  });

  it('explains a score with its datasets in English and links to About the data', async () => {
    const context = await newContext(e2e.browser, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/scan?material=mica&country=IN`);
    const first = page.locator('details.card').first();
    await first.locator('summary').click();
    expect(await first.getByRole('columnheader', { name: 'Dataset' }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('risk-scan-en'), fullPage: true });
    await page.getByRole('link', { name: 'About the data' }).first().click();
    await page.waitForURL('**/about/data');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('About the data');
    expect(await page.getByText('CC BY-ND 4.0').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('about-data-en'), fullPage: true });
    await context.close();
  });
});
