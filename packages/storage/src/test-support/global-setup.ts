/**
 * vitest global setup: one PostgreSQL for the whole run, handed to test files with `inject`.
 */
import type { TestProject } from 'vitest/node';
import { provisionPostgres } from './postgres-cluster.js';
import './provided-context.js';

export default async function setup(project: TestProject): Promise<() => void> {
  const provision = await provisionPostgres().catch((error: unknown) => {
    console.warn(`PostgreSQL could not be started: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (!provision) {
    if (process.env.CI === 'true') {
      throw new Error('CI=true but no PostgreSQL: set ASSAY_TEST_PG_URL or install PostgreSQL server binaries.');
    }
    console.warn('skipped: PostgreSQL suites (no ASSAY_TEST_PG_URL and no PostgreSQL binaries found)');
  } else {
    console.log(`PostgreSQL for tests: ${provision.origin}`);
  }
  project.provide('pgAdminUrl', provision?.url ?? '');
  return () => provision?.stop();
}
