// `npx tsx scripts/risk-moves.ts <old core src>`: every (material, country, theme) whose level moved by
// more than one level between an older risk method and the current one, as Markdown on stdout, each
// with the inputs that differ (the reason). Get the older core with
//   mkdir -p .old && git archive <commit> packages/core/src | tar -x -C .old
// and pass `.old/packages/core/src`. Used for docs/decisions/risk-2026.2-moves.md.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as current from '@assay/core';

type Entry = { indicator: string; value: unknown; contribution: number };
type Theme = { theme: string; score: number; level: string; explanation: readonly Entry[] };
type Pair = { status: string; themes?: Readonly<Record<string, Theme>> };
type Core = {
  METHOD_VERSION: string;
  MATERIALS: readonly { id: string }[];
  COUNTRIES: readonly { alpha2: string; name: { en: string } }[];
  scoreRisk: (row: { materialId: string; country: string }) => Pair;
};

const RANK: Record<string, number> = { low: 0, medium: 1, high: 2, very_high: 3 };
const LEVEL: Record<string, string> = { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' };

/** Inputs that raise a score (DOL listing, hotspots) and their points, as `id +n`. */
function raises(theme: Theme | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of theme?.explanation ?? [])
    if (e.indicator === 'hotspot' || e.indicator === 'dol_tvpra') out.set(String(e.value), e.contribution);
  return out;
}

function reason(before: Theme, after: Theme): string {
  const a = raises(before);
  const b = raises(after);
  const parts: string[] = [];
  for (const [id, points] of b)
    if (!a.has(id)) parts.push(`new input ${id} (+${points})`);
    else if (Math.abs((a.get(id) ?? 0) - points) >= 1) parts.push(`${id}: +${a.get(id)} → +${points}`);
  for (const [id, points] of a) if (!b.has(id)) parts.push(`input ${id} gone (was +${points})`);
  const hazard = (t: Theme) => t.explanation.find((e) => e.indicator === 'material_hazard')?.value;
  if (hazard(before) !== hazard(after)) parts.push(`material hazard ${hazard(before)} → ${hazard(after)}`);
  return parts.length > 0 ? parts.join('; ') : 'country indicators or weights';
}

const oldDir = process.argv[2];
if (!oldDir) throw new Error('Usage: tsx scripts/risk-moves.ts <old packages/core/src>');
const old = (await import(pathToFileURL(path.resolve(oldDir, 'index.ts')).href)) as Core;
const now = current as unknown as Core;

const rows: string[] = [];
// Any move down is listed too: a less cautious answer deserves its reason even when it is one level.
const down: string[] = [];
for (const m of now.MATERIALS)
  for (const c of now.COUNTRIES) {
    const before = old.scoreRisk({ materialId: m.id, country: c.alpha2 });
    const after = now.scoreRisk({ materialId: m.id, country: c.alpha2 });
    if (before.status !== 'scored' || after.status !== 'scored') continue;
    for (const [theme, b] of Object.entries(before.themes ?? {})) {
      const a = after.themes?.[theme];
      if (!a) continue;
      const moved = (RANK[a.level] ?? 0) - (RANK[b.level] ?? 0);
      const row = `| ${m.id} | ${c.name.en} (${c.alpha2}) | ${theme} | ${LEVEL[b.level]} (${b.score}) | ${LEVEL[a.level]} (${a.score}) | ${reason(b, a)} |`;
      if (Math.abs(moved) > 1) rows.push(row);
      else if (moved < 0) down.push(row);
    }
  }

function table(title: string, list: readonly string[]) {
  console.log(`${title}: ${list.length}\n`);
  if (list.length === 0) return;
  console.log('| material | country | theme | before | after | reason |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of list) console.log(row);
  console.log('');
}
table(`Moves of more than one level from \`${old.METHOD_VERSION}\` to \`${now.METHOD_VERSION}\``, rows);
table('Moves down by one level', down);
