/**
 * Test-only: Debian's Chromium driven by playwright-core (Playwright's own browser download does
 * not work here). Missing Chromium skips the suite with a visible message — except with CI=true,
 * where it is a failure.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.ASSAY_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when Chromium is installed; logs the skip otherwise (and fails under CI). */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  console.warn(`skipped: browser tests (no Chromium at ${CHROMIUM_PATH})`);
  return false;
}

export type TestBrowser = { browser: Browser; close(): Promise<void> };

/** Launches headless Chromium with the flags this machine needs (closed network, root). */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    // playwright-core gives every launch a fresh, temporary profile of its own.
    close: () => browser.close(),
  };
}

/** A fresh browser context (its own cookies) in the given language, optionally without JavaScript. */
export function newContext(
  browser: Browser,
  options: { locale?: string; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: options.locale ?? 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
  });
}

/** Where screenshots go: test-output/screenshots (git-ignored). */
export function screenshotPath(name: string): string {
  const dir = resolve('test-output', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
