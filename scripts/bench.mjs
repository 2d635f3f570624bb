// `npm run bench`: runs every `bench:*` script of package.json in turn, in one process tree, so
// each prints its ratios against its named baseline in the same run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {}).filter((name) =>
  name.startsWith('bench:'),
);
if (scripts.length === 0) {
  console.log('no bench:* scripts defined');
  process.exit(0);
}
let failed = 0;
for (const name of scripts) {
  console.log(`\n=== npm run ${name} ===`);
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
