// Prints the closing line CI reads — "N passed, N failed, N skipped" — from vitest's JSON report.
// Exits non-zero when the report is missing, has failures, or ran no test at all.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-output/vitest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed, 0 skipped');
  console.error(`no test report at ${file}`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
