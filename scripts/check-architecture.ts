import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArchitecture } from './architecture.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const violations = checkArchitecture(root);
for (const v of violations) console.error(`${v.file}:${v.line}: imports "${v.specifier}" — ${v.reason}`);
if (violations.length > 0) {
  console.error(`architecture: ${violations.length} forbidden import(s); see docs/ARCHITECTURE.md`);
  process.exit(1);
}
console.log('architecture: dependency rules hold');
