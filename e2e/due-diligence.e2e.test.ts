import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe.js';
import { chromiumAvailable, newContext, screenshotPath } from './support/browser.js';
import { useServerAndBrowser } from './support/lifecycle.js';
import { startTestServer } from './support/server.js';

/** Every workflow page passes axe-core; the name says which page failed. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  expect(await accessibilityViolations(page), name).toEqual([]);
}

/** Answers every question of the self-assessment by keyboard: Space on the chosen radio of each group. */
async function answerAll(page: Page, level: 'partly' | 'largely'): Promise<void> {
  const radios = page.locator(`input[type=radio][value=${level}]`);
  const count = await radios.count();
  for (let i = 0; i < count; i++) {
    await radios.nth(i).focus();
    await page.keyboard.press('Space');
  }
}

async function setUpOrganisation(page: Page, url: string, fields: Record<string, string>, submit: string) {
  await page.goto(`${url}/setup`);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: submit }).click();
}

describe.skipIf(!chromiumAvailable())('due-diligence workflow in Chromium', () => {
  const e2e = useServerAndBrowser();

  it('takes a small Dutch aluminium extruder from profile to dashboard, in Dutch', async () => {
    const context = await newContext(e2e.browser, { locale: 'nl-NL' });
    const page = await context.newPage();
    await setUpOrganisation(
      page,
      e2e.server.url,
      {
        'Naam van de organisatie': 'Profielwerk Twente B.V.',
        'Korte naam voor webadressen': 'profielwerk',
        'Uw naam': 'Sanne de Vries',
        'E-mailadres': 'sanne@profielwerk.example',
        Wachtwoord: 'een lang en veilig wachtwoord',
      },
      'Organisatie aanmaken',
    );
    await page.waitForURL('**/o/profielwerk');
    await page.getByRole('link', { name: 'Vul het bedrijfsprofiel in' }).click();
    await page.waitForURL('**/o/profielwerk/profile');
    await expectAccessible(page, 'profile nl');

    await page.getByLabel('Land van het hoofdkantoor').fill('NL');
    await page.getByLabel('Bedrijfsgrootte').selectOption('small');
    await page.getByLabel('Aantal medewerkers').fill('42');
    await page.getByLabel('halffabricaten').check();
    const first = page.getByRole('group', { name: 'Materiaal 1' });
    await first.getByLabel('Materiaal', { exact: true }).selectOption('aluminium');
    await first.getByLabel('Herkomstlanden').fill('GN');
    await first.getByLabel('Volume per jaar (kg)').fill('1800000');
    const second = page.getByRole('group', { name: 'Materiaal 2' });
    await second.getByLabel('Materiaal', { exact: true }).selectOption('aluminium-scrap');
    await second.getByLabel('Herkomstlanden').fill('NL, BE');
    await page.screenshot({ path: screenshotPath('dd-profile-nl'), fullPage: true });
    await page.getByRole('button', { name: 'Profiel opslaan en plan tonen' }).click();

    await page.waitForURL('**/o/profielwerk/plan?saved');
    const plan = (await page.locator('main').textContent()) ?? '';
    expect(plan).toContain('De eerste drie dingen om deze maand te doen');
    expect(plan).toContain('Identificeren en beoordelen van negatieve impact');
    expect(plan).toContain('niet van toepassing op aluminium');
    expect(await page.locator('.first-steps > li').count()).toBe(3);
    await expectAccessible(page, 'plan nl');
    await page.screenshot({ path: screenshotPath('dd-plan-nl'), fullPage: true });

    await page.goto(`${e2e.server.url}/o/profielwerk/assessment`);
    await expectAccessible(page, 'assessment nl');
    await answerAll(page, 'partly');
    await page.getByLabel('Bewijs bij vraag 1.1').fill('Conceptbeleid op intranet');
    await page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await page.waitForURL('**/assessment?saved*');
    expect(await page.locator('#score-title + .stat').textContent()).toMatch(/33,3%/);
    expect(await page.getByText('Onder het doel van 80%').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('dd-assessment-nl'), fullPage: true });

    await page.getByRole('link', { name: 'Maak van de zwakste antwoorden een verbeterplan' }).click();
    await page.getByRole('button', { name: 'Doelen voorstellen uit de zelfevaluatie' }).click();
    await page.waitForURL('**/goals?proposed');
    expect(await page.locator('.goal-list > li').count()).toBeGreaterThan(3);
    await expectAccessible(page, 'goals nl');
    await page.screenshot({ path: screenshotPath('dd-goals-nl'), fullPage: true });

    await page.goto(`${e2e.server.url}/o/profielwerk/risks`);
    await expectAccessible(page, 'risks nl');
    await page
      .getByRole('button', { name: /^Toevoegen aan register: .*Guinee/ })
      .first()
      .click();
    await page.waitForURL('**/risks/*?added');
    expect(await page.getByRole('heading', { name: 'OESO-bijlage II: hoe te reageren' }).count()).toBeLessThanOrEqual(
      1,
    );
    const due = new Date();
    due.setUTCDate(28);
    const dueDate = due.toISOString().slice(0, 10);
    await page.getByLabel('Soort actie').selectOption('mitigate');
    await page.getByLabel('Wat er gebeurt').fill('Smelter vragen om het auditrapport');
    await page.getByLabel('Verantwoordelijke rol').selectOption('purchasing');
    await page.locator('#na-due').fill(dueDate);
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.waitForURL('**/risks/*?action*');
    expect(await page.getByRole('heading', { name: 'Smelter vragen om het auditrapport' }).isVisible()).toBe(true);
    await expectAccessible(page, 'risk nl');
    await page.screenshot({ path: screenshotPath('dd-risk-nl'), fullPage: true });

    await page.goto(`${e2e.server.url}/o/profielwerk/policy`);
    await expectAccessible(page, 'policy nl');

    await page.goto(`${e2e.server.url}/o/profielwerk`);
    const dashboard = (await page.locator('main').textContent()) ?? '';
    expect(dashboard).toContain('Waar u staat per OESO-stap');
    expect(dashboard).toContain('Volwassenheid dit jaar: 33,3%');
    expect(dashboard).toContain('Smelter vragen om het auditrapport');
    expect(dashboard).toContain('Risico’s naar prioriteit');
    await expectAccessible(page, 'dashboard nl');
    await page.screenshot({ path: screenshotPath('dd-dashboard-nl'), fullPage: true });
    await context.close();
  });

  it('plans a tin importer under the EU Conflict Minerals Regulation, in English', async () => {
    const fresh = await startTestServer();
    try {
      const context = await newContext(e2e.browser, { locale: 'en-GB' });
      const page = await context.newPage();
      await setUpOrganisation(
        page,
        fresh.url,
        {
          'Organisation name': 'Example Tin Trading Ltd',
          'Short name for web addresses': 'tin-trading',
          'Your name': 'Tom Trader',
          'E-mail address': 'tom@tin.example',
          Password: 'a long and safe password',
        },
        'Create organisation',
      );
      await page.waitForURL('**/o/tin-trading');
      await page.goto(`${fresh.url}/o/tin-trading/profile`);
      await page.getByLabel('Company size').selectOption('medium');
      await page.getByLabel('trading', { exact: true }).check();
      const first = page.getByRole('group', { name: 'Material 1' });
      await first.getByLabel('Material', { exact: true }).selectOption('tin');
      await first.getByLabel('Countries of origin').fill('ID, MM');
      await first.getByLabel('Volume per year (kg)').fill('250000');
      await first.getByLabel('We import this material into the EU ourselves').check();
      await page.getByLabel('Conflict Minerals Reporting Template (CMRT)').check();
      await expectAccessible(page, 'profile en');
      await page.getByRole('button', { name: 'Save profile and show the plan' }).click();
      await page.waitForURL('**/plan?saved');
      const plan = (await page.locator('main').textContent()) ?? '';
      expect(plan).toContain('The EU Conflict Minerals Regulation applies');
      expect(plan).toContain('reaches the Annex I threshold');
      await expectAccessible(page, 'plan en');
      await page.screenshot({ path: screenshotPath('dd-plan-en'), fullPage: true });

      await page.goto(`${fresh.url}/o/tin-trading/assessment`);
      await answerAll(page, 'largely');
      await page.getByRole('button', { name: 'Save answers' }).click();
      await page.waitForURL('**/assessment?saved*');
      expect(await page.locator('#score-title + .stat').textContent()).toMatch(/66\.7%/);
      await expectAccessible(page, 'assessment en');
      await page.goto(`${fresh.url}/o/tin-trading/goals`);
      await page.getByRole('button', { name: 'Propose goals from the self-assessment' }).click();
      await page.waitForURL('**/goals?proposed');
      await expectAccessible(page, 'goals en');

      await page.goto(`${fresh.url}/o/tin-trading/risks`);
      await page
        .getByRole('button', { name: /^Add to register: / })
        .first()
        .click();
      await page.waitForURL('**/risks/*?added');
      await page.getByLabel('What will be done').fill('Collect the CMRT of every smelter');
      await page.locator('#na-due').fill(`${new Date().toISOString().slice(0, 8)}28`);
      await page.getByRole('button', { name: 'Add action' }).click();
      await page.waitForURL('**/risks/*?action*');
      await expectAccessible(page, 'risk en');
      await page.goto(`${fresh.url}/o/tin-trading/risks`);
      await expectAccessible(page, 'risks en');
      await page.goto(`${fresh.url}/o/tin-trading/policy`);
      await expectAccessible(page, 'policy en');
      await page.goto(`${fresh.url}/o/tin-trading`);
      const dashboard = (await page.locator('main').textContent()) ?? '';
      expect(dashboard).toContain('Maturity this year: 66.7%');
      expect(dashboard).toContain('Collect the CMRT of every smelter');
      await expectAccessible(page, 'dashboard en');
      await page.screenshot({ path: screenshotPath('dd-dashboard-en'), fullPage: true });
      await context.close();
    } finally {
      await fresh.close();
    }
  });
});
