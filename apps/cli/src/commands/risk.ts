import {
  AppError,
  type ErrorIssue,
  findMaterial,
  getMaterial,
  type Material,
  quickScan,
  resolveCountry,
  type ScanRisk,
  scoreRisk,
  THEMES,
} from '@assay/core';
import type { Command } from 'commander';
import type { Io } from '../output.js';
import { registerCmr } from './cmr.js';
import { registerData } from './data.js';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** A material by id, or by a name/alias that matches exactly one material (English or Dutch). */
function resolveMaterial(query: string): { material?: Material; candidates: readonly Material[] } {
  const byId = getMaterial(query.trim().toLowerCase());
  if (byId) return { material: byId, candidates: [] };
  const found = findMaterial(query);
  const exact = found.filter((m) =>
    [m.id, m.name.en, m.name.nl, ...m.aliases].some((term) => fold(term) === fold(query)),
  );
  const material = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
  return material ? { material, candidates: [] } : { candidates: found.slice(0, 5) };
}

function resolveInputs(materialNames: readonly string[], countryCodes: readonly string[]) {
  const issues: ErrorIssue[] = [];
  const materials: Material[] = [];
  const countries: string[] = [];
  for (const name of materialNames) {
    const { material, candidates } = resolveMaterial(name);
    if (material) {
      if (!materials.includes(material)) materials.push(material);
    } else
      issues.push({
        path: 'material',
        message:
          candidates.length > 1
            ? `"${name}" matches several materials: ${candidates.map((m) => m.id).join(', ')}; use one of these ids`
            : `no material "${name}" in the catalogue`,
      });
  }
  for (const code of countryCodes) {
    const country = resolveCountry(code);
    if (!country) issues.push({ path: 'country', message: `"${code}" is not an ISO 3166-1 country code or name` });
    else if (!countries.includes(country.alpha2)) countries.push(country.alpha2);
  }
  if (materials.length === 0 && issues.every((i) => i.path !== 'material'))
    issues.push({ path: 'material', message: 'give at least one --material' });
  if (countries.length === 0 && issues.every((i) => i.path !== 'country'))
    issues.push({ path: 'country', message: 'give at least one --country' });
  if (issues.length > 0)
    throw new AppError('invalid_input', 'The scan cannot run with these inputs.', {
      issues,
      hint: 'Materials by id or name (e.g. cobalt, "tin ore", kobalt); countries by ISO code (CD, COD) or name.',
    });
  return { materials, countries };
}

const LEVEL_TEXT = { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' } as const;

/** The two entries that added most, e.g. `hotspot drc-cobalt-asm (+40)`, for the human table. */
function drivers(risk: ScanRisk): string {
  return [...risk.explanation]
    .filter((e) => e.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 2)
    .map((e) => `${e.indicator}${typeof e.value === 'string' ? ` ${e.value}` : ''} (+${Math.round(e.contribution)})`)
    .join(', ');
}

function printTable(io: Io, scan: ReturnType<typeof quickScan>, materials: readonly Material[]): void {
  io.out(`Risk scan, method ${scan.methodVersion}\n`);
  const risks = scan.groups.flatMap((g) => g.risks);
  const themeWidth = Math.max(...THEMES.map((t) => t.label.en.length));
  for (const material of materials) {
    for (const country of scan.heatMap.countries) {
      const pair = scoreRisk({ materialId: material.id, country });
      if (pair.status !== 'scored') continue;
      const share =
        pair.productionSharePct !== null
          ? `; ${pair.productionSharePct} % of world production (USGS)`
          : pair.unlistedOrigin
            ? '; RED FLAG: not a listed producer (USGS), check the claimed origin'
            : '';
      io.out(`\n${material.name.en} (${material.id}) from ${resolveCountry(country)?.name.en} (${country})${share}\n`);
      io.out(`  ${'THEME'.padEnd(themeWidth)}  ${'LEVEL'.padEnd(9)}  SCORE  MAIN DRIVERS\n`);
      for (const t of THEMES) {
        const risk = risks.find((r) => r.materialId === material.id && r.country === country && r.theme === t.id);
        if (!risk) continue;
        io.out(
          `  ${t.label.en.padEnd(themeWidth)}  ${LEVEL_TEXT[risk.level].padEnd(9)}  ${String(risk.score).padStart(5)}  ${drivers(risk)}\n`,
        );
      }
    }
  }
  io.out(
    '\nScores are a screening aid (OECD step 2); "low" never means "no risk". Run with --json for the full explanation of every score (indicators, values, datasets, editions, sources).\n',
  );
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `assay risk scan`: the quick risk scan of materials × countries, as a table or JSON. */
export function registerRisk(program: Command, io: Io): void {
  const risk = program.command('risk').description('Screen raw materials and countries of origin for risks');
  risk
    .command('scan')
    .description('Score every theme for each material × country, with explanations and OECD advice')
    .option('--material <name>', 'material id or name, e.g. cobalt (repeatable)', collect, [])
    .option('--country <iso>', 'country ISO code or name, e.g. CD (repeatable)', collect, [])
    .option('--json', 'print the risks as JSON, each with its explanation[]')
    .action((options: { material: string[]; country: string[]; json?: boolean }) => {
      const { materials, countries } = resolveInputs(options.material, options.country);
      const scan = quickScan({ materials: materials.map((m) => m.id), countries });
      if (!options.json) return printTable(io, scan, materials);
      const risks = scan.groups.flatMap((g) =>
        g.risks.map((r) => ({
          material: r.materialId,
          country: r.country,
          theme: r.theme,
          themeGroup: g.group,
          score: r.score,
          level: r.level,
          explanation: r.explanation,
          sources: r.sources,
          advice: r.advice,
          annexII: r.annexII.map((a) => ({
            id: a.id,
            response: a.response,
            paragraphs: a.paragraphs,
            verified: a.verified,
          })),
        })),
      );
      io.out(`${JSON.stringify({ methodVersion: scan.methodVersion, risks, heatMap: scan.heatMap }, null, 2)}\n`);
    });
}

/** Registers `risk`, `cmr` and `data` (one line in program.ts). */
export function registerRiskCommands(program: Command, io: Io): void {
  registerRisk(program, io);
  registerCmr(program, io);
  registerData(program, io);
}
