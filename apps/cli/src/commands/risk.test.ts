import { datasetInfo, THEMES } from '@assay/core';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../test-support/run-captured.js';

type JsonRisk = {
  material: string;
  country: string;
  theme: string;
  level: string;
  score: number;
  explanation: { dataset: string; edition: string; indicator: string; value: unknown; contribution: number }[];
};

describe('assay risk scan', () => {
  it('scores every theme of each material × country as JSON, each risk with its explanation', async () => {
    const result = await runCaptured(
      'risk',
      'scan',
      '--material',
      'cobalt',
      '--material',
      'tin',
      '--country',
      'CD',
      '--country',
      'ID',
      '--json',
    );
    expect(result.code).toBe(0);
    const body = JSON.parse(result.out) as { methodVersion: string; risks: JsonRisk[] };
    expect(body.methodVersion).toMatch(/^assay-risk-/);
    expect(body.risks).toHaveLength(2 * 2 * THEMES.length);
    for (const risk of body.risks) {
      expect(risk.explanation.length).toBeGreaterThan(0);
      for (const e of risk.explanation) {
        expect(e).toHaveProperty('dataset');
        expect(e).toHaveProperty('edition');
        expect(e).toHaveProperty('indicator');
        expect(e).toHaveProperty('value');
      }
    }
    const cobaltChildLabour = body.risks.find(
      (r) => r.material === 'cobalt' && r.country === 'CD' && r.theme === 'child_labour',
    );
    expect(cobaltChildLabour?.level).toBe('very_high');
    expect(cobaltChildLabour?.explanation).toContainEqual(
      expect.objectContaining({ dataset: 'wb-wgi', edition: datasetInfo('wb-wgi').edition, indicator: 'wgi.rl' }),
    );
  });

  it('prints a readable table per material and country', async () => {
    const result = await runCaptured(
      'risk',
      'scan',
      '--material',
      'kobalt',
      '--country',
      'Democratic Republic of the Congo',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('Cobalt (cobalt) from Democratic Republic of the Congo (CD)');
    expect(result.out).toMatch(/Child labour\s+very high\s+\d+/);
    expect(result.out).toContain('of world production (USGS)');
    expect(result.out).toContain('--json');
  });

  it('flags an origin that is not a listed producer', async () => {
    const result = await runCaptured('risk', 'scan', '--material', 'cobalt-ore', '--country', 'NL');
    expect(result.out).toContain('RED FLAG: not a listed producer (USGS)');
  });

  it.each([
    [['--material', 'unobtainium', '--country', 'CD'], 'no material "unobtainium" in the catalogue'],
    [['--material', 'cobalt', '--country', 'XX'], '"XX" is not an ISO 3166-1 country code or name'],
    [['--material', 'ore', '--country', 'CD'], '"ore" matches several materials'],
    [['--country', 'CD'], 'give at least one --material'],
  ])('refuses %j with exit 2 and a message naming the input', async (args, message) => {
    const result = await runCaptured('risk', 'scan', ...args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});
