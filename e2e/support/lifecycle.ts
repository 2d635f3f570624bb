/**
 * Test-only: starts what a browser suite needs before its tests and closes it after, registering
 * the hooks in the calling describe block. What it returns reads the running instances through
 * getters, so they can be taken inside the tests only (they do not exist before beforeAll).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

export type RunningBrowser = { readonly browser: Browser };
export type RunningServerAndBrowser = RunningBrowser & { readonly server: TestServer };

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not running: read it inside a test, not at collection`);
  return value;
}

/** One headless Chromium for the describe block. */
export function useBrowser(): RunningBrowser {
  let chrome: TestBrowser | undefined;
  beforeAll(async () => {
    chrome = await launchBrowser();
  });
  afterAll(async () => {
    await chrome?.close();
  });
  return {
    get browser() {
      return started(chrome, 'Chromium').browser;
    },
  };
}

/** One Assay server (fresh database) and one headless Chromium for the describe block. */
export function useServerAndBrowser(): RunningServerAndBrowser {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  // Registered last: afterAll hooks run in reverse, so the browser closes before the server.
  const chrome = useBrowser();
  return {
    get browser() {
      return chrome.browser;
    },
    get server() {
      return started(server, 'The test server');
    },
  };
}
