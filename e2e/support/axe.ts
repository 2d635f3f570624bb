/**
 * Test-only: runs axe-core (WCAG 2.1 A/AA rules) in the page and returns its violations, each as
 * "rule: first failing selector" so a failure message says where to look.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol, which the page's strict CSP (rightly) does not cover;
// a <script> tag would be blocked by it.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeResult = {
  passes: unknown[];
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
};

export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    () =>
      (globalThis as unknown as { axe: { run(o: unknown): Promise<AxeResult> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }) as Promise<AxeResult>,
  );
  // A run that checked nothing would pass vacuously.
  if (result.passes.length === 0) throw new Error('axe-core checked no rule on this page');
  return result.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes[0]?.target.join(' ') ?? ''}`);
}
