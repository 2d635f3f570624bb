import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../test-support/shared-files.js';
import { cahraStatus } from './cahra.js';
import { countryName, findCountry, resolveCountry } from './countries.js';
import type { DatasetId } from './dataset-info.js';
import { datasets } from './datasets.js';
import { cpiScore } from './ti-cpi.js';
import { parseDatasetText, validateDatasetEdition } from './validate-dataset-edition.js';

const dataFile = (file: string) => readFileSync(join(REPO_ROOT, 'packages/reference-data/data', file), 'utf8');

describe('bundled datasets', () => {
  test.each(datasets.map((d) => [d.id, d.file]))('%s passes its own rules', (id, file) => {
    const { header, rows } = parseDatasetText(id as DatasetId, dataFile(file));
    const result = validateDatasetEdition(id, rows, header ? { header } : {});
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('every dataset has provenance and a licence decision', () => {
    for (const d of datasets) {
      expect(d.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(d.attribution.length).toBeGreaterThan(10);
      expect(['yes', 'with_attribution', 'unchanged_only', 'unclear']).toContain(d.redistribution);
    }
  });
});

describe('validateDatasetEdition on a candidate edition', () => {
  const current = parseDatasetText(
    'us-dol-child-labour-findings',
    dataFile('us-dol-child-labour-findings/2022.csv'),
  ).rows;

  test('reports added, removed and changed rows by key', () => {
    const [first, second, ...rest] = current;
    const candidate = [{ ...first, advancement_level: 'Significant Advancement' }, ...rest, { ...second, iso3: 'ZZZ' }];
    const result = validateDatasetEdition('us-dol-child-labour-findings', candidate, { current });
    expect(result.ok).toBe(true);
    expect(result.diff?.added).toEqual(['ZZZ']);
    expect(result.diff?.removed).toEqual([String(second?.iso3)]);
    expect(result.diff?.changed).toEqual([
      {
        key: String(first?.iso3),
        changes: [
          { column: 'advancement_level', from: String(first?.advancement_level), to: 'Significant Advancement' },
        ],
      },
    ]);
  });

  test('bad cells and duplicate keys are row-level issues', () => {
    const [first] = current;
    const result = validateDatasetEdition('us-dol-child-labour-findings', [
      { ...first, iso2: 'xx' },
      { ...first, iso2: 'XX' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { row: 1, path: 'iso2', message: '"xx" does not match ^[A-Z]{2}$' },
      { row: 2, path: 'iso3', message: `duplicate key ${String(first?.iso3)}` },
    ]);
  });

  test('an unknown dataset id is an invalid_input error', () => {
    expect(() => validateDatasetEdition('nope', [])).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('lookups', () => {
  test('countries by alpha-2, alpha-3, numeric and Dutch name', () => {
    expect(findCountry('cod')?.alpha2).toBe('CD');
    expect(findCountry('180')?.alpha2).toBe('CD');
    expect(countryName('CD', 'nl')).toBe('Democratische Republiek Congo');
    expect(countryName('NL', 'nl')).toBe('Nederland');
    expect(resolveCountry('Ivoorkust')?.alpha2).toBe('CI');
  });

  test('CAHRA status of a region, a whole country and an unlisted country', () => {
    expect(cahraStatus('CD', 'Nord-Kivu')).toMatchObject({ listed: true, countryListed: true });
    expect(cahraStatus('CD')).toMatchObject({ listed: false, countryListed: true });
    expect(cahraStatus('VE')).toMatchObject({ listed: true, wholeCountry: true });
    expect(cahraStatus('NL').countryListed).toBe(false);
  });

  test('CPI score read as published', () => {
    expect(cpiScore('DNK')).toEqual({ score: 89, year: 2025 }); // CPI 2025 SOURCE.md check: Denmark 89, rank 1
    expect(cpiScore('BRN')?.score).toBe(63); // no 2024 score, scored again in 2025
    expect(cpiScore('ATA')).toBeUndefined();
  });
});
