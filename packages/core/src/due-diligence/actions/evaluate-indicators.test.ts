import { describe, expect, it } from 'vitest';
import type { TrackingIndicator } from './effectiveness-review.schema.js';
import { evaluateIndicators, suggestConclusion } from './evaluate-indicators.js';

const indicator = (fields: Partial<TrackingIndicator>): TrackingIndicator => ({
  id: 'i',
  name: 'n',
  direction: 'increase',
  baseline: 0,
  target: 100,
  ...fields,
});

describe('evaluateIndicators', () => {
  it.each([
    ['halfway up', { actual: 50 }, 0.5, false],
    ['past the target', { actual: 120 }, 1, true],
    ['worse than baseline', { actual: -10 }, 0, false],
    ['down towards a lower target', { direction: 'decrease', baseline: 10, target: 2, actual: 4 }, 0.75, false],
    ['target equals baseline and held', { baseline: 5, target: 5, actual: 5 }, 1, true],
    ['not measured', {}, null, false],
  ] as const)('%s', (_name, fields, progress, achieved) => {
    expect(evaluateIndicators([indicator(fields)])[0]).toEqual({ id: 'i', progress, achieved });
  });
});

describe('suggestConclusion', () => {
  it.each([
    ['all targets reached', [{ actual: 100 }, { actual: 150 }], 'effective'],
    ['some progress', [{ actual: 100 }, { actual: 0 }], 'partly_effective'],
    ['one target reached, one not measured', [{ actual: 100 }, {}], 'partly_effective'],
    ['no progress', [{ actual: 0 }], 'not_effective'],
    ['nothing measured', [{}], null],
  ] as const)('%s → %s', (_name, list, expected) => {
    expect(suggestConclusion(list.map((f, i) => indicator({ ...f, id: `i${i}` })))).toBe(expected);
  });
});
