import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, newContext, screenshotPath } from './support/browser.js';
import { useServerAndBrowser } from './support/lifecycle.js';

describe.skipIf(!chromiumAvailable())('grievance channel in Chromium: report without JavaScript → reply → read', () => {
  const e2e = useServerAndBrowser();

  it('takes an anonymous report in German without JavaScript, and the reporter reads the officer’s reply', async () => {
    // The officer sets up the organisation (JavaScript on, English).
    const officerContext = await newContext(e2e.browser, { locale: 'en-GB' });
    const officer = await officerContext.newPage();
    await officer.goto(`${e2e.server.url}/setup`);
    await officer.getByLabel('Organisation name').fill('Tin Works B.V.');
    await officer.getByLabel('Short name for web addresses').fill('tin-works');
    await officer.getByLabel('Your name').fill('Olga Officer');
    await officer.getByLabel('E-mail address').fill('olga@tinworks.example');
    await officer.getByLabel('Password').fill('a long and safe password');
    await officer.getByRole('button', { name: 'Create organisation' }).click();
    await officer.waitForURL('**/o/tin-works');

    // The reporter: no JavaScript, no account, a German browser.
    const reporterContext = await newContext(e2e.browser, { javaScriptEnabled: false, locale: 'de-DE' });
    const reporter = await reporterContext.newPage();
    await reporter.goto(`${e2e.server.url}/report/tin-works`);
    expect(await reporter.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => reporter.getByRole('heading', { level: 1 }).textContent()).toBe('Ein Problem melden');
    await reporter.getByLabel('Kinder, die arbeiten').check();
    await reporter.getByLabel('Ort: Mine, Fabrik, Schrottplatz, Dorf oder Stadt (wenn Sie möchten)').fill('Bangka');
    await reporter.getByLabel('Was ist passiert?').fill('Kinder tragen jeden Morgen Erz aus der Grube im Norden.');
    const statement = join(e2e.server.dataDir, 'aussage.txt');
    writeFileSync(statement, 'Ich habe es selbst gesehen.');
    await reporter.getByLabel('Fotos oder Dokumente (wenn Sie möchten)').setInputFiles(statement);
    await reporter.screenshot({ path: screenshotPath('grievance-form-de-nojs'), fullPage: true });
    await reporter.getByRole('button', { name: 'Meldung absenden' }).click();

    await expect
      .poll(() => reporter.getByRole('heading', { level: 1 }).textContent())
      .toBe('Danke. Ihre Meldung wurde gesendet.');
    const caseNumber = (await reporter.getByTestId('case-number').textContent()) ?? '';
    const passphrase = (await reporter.getByTestId('passphrase').textContent()) ?? '';
    expect(caseNumber).toMatch(/^G-/);
    await reporter.screenshot({ path: screenshotPath('grievance-receipt-de-nojs'), fullPage: true });

    // Following up with the receipt.
    await reporter.getByRole('link', { name: 'Zur Seite „Meldung verfolgen“' }).click();
    await reporter.getByLabel('Fallnummer').fill(caseNumber);
    await reporter.getByLabel('Kennwort').fill(passphrase);
    await reporter.getByRole('button', { name: 'Meine Meldung öffnen' }).click();
    expect(await reporter.getByText('Noch keine Nachrichten.').isVisible()).toBe(true);
    await reporter.getByLabel('Nachricht schreiben').fill('Es sind etwa zwanzig Kinder.');
    await reporter.getByRole('button', { name: 'Nachricht senden' }).click();
    expect(await reporter.getByText('Ihre Nachricht wurde gesendet.').isVisible()).toBe(true);

    // The officer confirms receipt and replies in the case view.
    await officer.getByRole('link', { name: 'Grievance cases' }).click();
    await officer.getByRole('link', { name: caseNumber }).click();
    expect(await officer.getByText('Kinder tragen jeden Morgen Erz').isVisible()).toBe(true);
    expect(await officer.getByText('Es sind etwa zwanzig Kinder.').isVisible()).toBe(true);
    await officer.getByRole('button', { name: 'Confirm receipt' }).click();
    await officer.waitForURL('**?saved');
    await officer.getByLabel('Reply to the reporter').fill('Danke. Wir prüfen das mit dem Lieferanten.');
    await officer.getByRole('button', { name: 'Send reply' }).click();
    await officer.waitForURL('**?saved');
    await officer.getByLabel('New internal note').fill('Nur intern: Lieferant anrufen.');
    await officer.getByRole('button', { name: 'Add note' }).click();
    await officer.waitForURL('**?saved');
    await officer.screenshot({ path: screenshotPath('grievance-case-officer-en'), fullPage: true });

    // The reporter opens the report again and reads the reply, but not the internal note.
    await reporter.goto(`${e2e.server.url}/report/tin-works/follow-up?lang=de`);
    await reporter.getByLabel('Fallnummer').fill(caseNumber);
    await reporter.getByLabel('Kennwort').fill(passphrase);
    await reporter.getByRole('button', { name: 'Meine Meldung öffnen' }).click();
    expect(await reporter.getByText('Danke. Wir prüfen das mit dem Lieferanten.').isVisible()).toBe(true);
    expect(await reporter.getByText('Eingang bestätigt').isVisible()).toBe(true);
    expect(await reporter.content()).not.toContain('Lieferant anrufen');
    await reporter.screenshot({ path: screenshotPath('grievance-follow-up-de-nojs'), fullPage: true });

    await reporterContext.close();
    await officerContext.close();
  });

  it('keeps the reporter’s words out of the server log', () => {
    const log = e2e.server.logs.join('');
    expect(log).toContain('/report/:channel');
    expect(log).not.toContain('Kinder tragen');
    expect(log).not.toContain('tin-works/follow-up');
  });
});
