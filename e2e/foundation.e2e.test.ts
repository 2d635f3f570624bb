import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe.js';
import { chromiumAvailable, newContext, screenshotPath } from './support/browser.js';
import { useServerAndBrowser } from './support/lifecycle.js';
import { startTestServer } from './support/server.js';

describe.skipIf(!chromiumAvailable())('foundation in Chromium: setup → sign in → language → sign out', () => {
  const e2e = useServerAndBrowser();

  it('walks a new user through setup, both languages and signing out', async () => {
    const context = await newContext(e2e.browser, { locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(e2e.server.url);
    await expect.poll(() => page.url()).toContain('/setup');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.screenshot({ path: screenshotPath('setup-nl'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Naam van de organisatie').fill('Staalwerk Twente B.V.');
    await page.getByLabel('Korte naam voor webadressen').fill('staalwerk-twente');
    await page.getByLabel('Uw naam').fill('Sanne de Vries');
    await page.getByLabel('E-mailadres').fill('sanne@staalwerk.example');
    await page.getByLabel('Wachtwoord').fill('een lang en veilig wachtwoord');
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();

    await page.waitForURL('**/o/staalwerk-twente');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dashboard');
    expect(await page.getByText('Staalwerk Twente B.V.').first().isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('dashboard-nl'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    for (const path of ['suppliers', 'settings', 'settings/audit', 'steps/2', 'templates']) {
      await page.goto(`${e2e.server.url}/o/staalwerk-twente/${path}`);
      expect(await accessibilityViolations(page), path).toEqual([]);
    }
    await page.goto(`${e2e.server.url}/o/staalwerk-twente`);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/login?signedOut');
    await page.getByLabel('E-mailadres').fill('sanne@staalwerk.example');
    await page.getByLabel('Wachtwoord').fill('een lang en veilig wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/o/staalwerk-twente');

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL('**/o/staalwerk-twente');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);
    expect(await page.getByText('What to do first').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('dashboard-en'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login?signedOut');
    expect(await page.getByText('You have been signed out.').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${e2e.server.url}/o/staalwerk-twente`);
    await page.waitForURL('**/login?return=*');
    await context.close();
  });

  it('opens a demo organisation filled with synthetic suppliers', async () => {
    const fresh = await startTestServer();
    try {
      const context = await newContext(e2e.browser, { locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(`${fresh.url}/setup`);
      await page.getByRole('button', { name: 'Explore with demo data' }).click();
      await page.waitForURL('**/o/demo-*');
      expect(await page.getByText('This is a demo organisation').isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Suppliers' }).click();
      expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: screenshotPath('demo-suppliers-en'), fullPage: true });
      await context.close();
    } finally {
      await fresh.close();
    }
  });

  it('keeps e-mail addresses and names out of the server log', () => {
    const log = e2e.server.logs.join('');
    expect(log).toContain('"msg":"request"');
    expect(log).not.toContain('sanne@staalwerk.example');
    expect(log).not.toContain('Sanne de Vries');
  });
});
