/**
 * The template reader runs in the browser: the core's template engine is bundled for the browser
 * platform with esbuild and reads a real workbook inside Chromium, with no server involved —
 * what a supplier's in-browser check needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, sharedPath } from '@assay/core/test-support';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, newContext } from './support/browser.js';
import { useBrowser } from './support/lifecycle.js';

const samples = sharedPath('rmi-templates');

describe.skipIf(!chromiumAvailable() || !samples)('template reader in Chromium', () => {
  const chrome = useBrowser();
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      stdin: {
        contents:
          "import { checkTemplate } from './packages/core/src/templates/index.ts'; import { ByteScan } from './packages/core/src/templates/byte-scan.ts'; globalThis.assayCheck = checkTemplate; globalThis.assayWasm = () => ByteScan.get() !== undefined;",
        resolveDir: REPO_ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]?.text ?? '';
  });

  it('reads and checks an official CMRT 6.5 and an EMRT 2.1 in the page', async () => {
    const context = await newContext(chrome.browser);
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>check</title>');
    await page.addScriptTag({ content: bundle });
    for (const [file, family, version] of [
      ['CMRT-6.5_blank_zh-saved_cirscn.xlsx', 'CMRT', '6.5'],
      ['EMRT-2.1_blank_zh-saved_cirscn.xlsx', 'EMRT', '2.1'],
    ] as const) {
      const base64 = readFileSync(join(samples ?? '', file)).toString('base64');
      const result = await page.evaluate((b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const check = (
          globalThis as unknown as {
            assayCheck: (b: Uint8Array) => {
              declaration?: { family: string; version: string; lookup?: unknown[] };
              findings: { severity: string }[];
            };
          }
        ).assayCheck;
        const { declaration, findings } = check(bytes);
        return {
          family: declaration?.family,
          version: declaration?.version,
          errors: findings.filter((f) => f.severity === 'error').length,
        };
      }, base64);
      expect(result.family).toBe(family);
      expect(result.version).toBe(version);
      // A blank template is incomplete: the Checker rules find the empty required fields.
      expect(result.errors).toBeGreaterThan(0);
    }
    await context.close();
  });

  // The byte searches run in WebAssembly where the page allows it, else in JavaScript: same result.
  for (const [label, csp, wasm] of [
    ['allows WebAssembly', "script-src 'unsafe-inline' 'wasm-unsafe-eval'", true],
    ['refuses WebAssembly', "script-src 'unsafe-inline'", false],
  ] as const) {
    it(`reads the same model with and without WebAssembly, in a page that ${label}`, async () => {
      const context = await newContext(chrome.browser);
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}"><title>check</title>`,
      );
      await page.addScriptTag({ content: bundle });
      const base64 = readFileSync(join(samples ?? '', 'CMRT-6.5_blank_zh-saved_cirscn.xlsx')).toString('base64');
      const result = await page.evaluate((b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const g = globalThis as unknown as {
          assayCheck: (b: Uint8Array, o?: { simd?: boolean }) => unknown;
          assayWasm: () => boolean;
        };
        const simd = JSON.stringify(g.assayCheck(bytes));
        const plain = JSON.stringify(g.assayCheck(bytes, { simd: false }));
        return { wasm: g.assayWasm(), same: simd === plain, length: simd.length };
      }, base64);
      expect(result.wasm).toBe(wasm);
      expect(result.same).toBe(true);
      expect(result.length).toBeGreaterThan(10_000);
      await context.close();
    });
  }

  it('rejects a file that is not a workbook with a clear message, in the page too', async () => {
    const context = await newContext(chrome.browser);
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>check</title>');
    await page.addScriptTag({ content: bundle });
    const base64 = readFileSync(
      join(samples ?? '', 'legacy-and-negative', 'invalid_cmrt_actually-jpeg_ddm.xls'),
    ).toString('base64');
    const message = await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      try {
        (globalThis as unknown as { assayCheck: (b: Uint8Array) => unknown }).assayCheck(bytes);
        return 'no error';
      } catch (error) {
        return (error as Error).message;
      }
    }, base64);
    expect(message).toMatch(/JPEG|image/i);
    await context.close();
  });
});
