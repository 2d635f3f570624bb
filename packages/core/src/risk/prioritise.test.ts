import { describe, expect, test } from 'vitest';
import { ANNEX_II_RULES } from './annex-ii-responses.js';
import { type ImpactAssessment, prioritise } from './prioritise.js';

describe('prioritise (OECD RBC Guidance, Step 2.4): severity outranks likelihood', () => {
  test.each([
    [{ scale: 1, scope: 1, irremediability: 4, likelihood: 1 }, 4, 13],
    [{ scale: 3, scope: 2, irremediability: 1, likelihood: 4 }, 3, 12],
    [{ scale: 1, scope: 1, irremediability: 1, likelihood: 1 }, 1, 1],
  ] as [ImpactAssessment, number, number][])('%j → severity %i, rank %i', (a, severity, rank) => {
    expect(prioritise(a)).toMatchObject({ severity, rank });
  });

  test('a severe, unlikely impact comes before a less severe, certain one', () => {
    const severe = prioritise({ scale: 4, scope: 1, irremediability: 1, likelihood: 1 });
    const likely = prioritise({ scale: 3, scope: 3, irremediability: 3, likelihood: 4 });
    expect(severe.rank).toBeGreaterThan(likely.rank);
  });
});

test('Annex II: serious abuses and armed-group support demand immediate suspension; security forces get 6 months', () => {
  const by = Object.fromEntries(ANNEX_II_RULES.map((r) => [r.id, r]));
  expect(by.serious_abuses?.response).toBe('immediate_suspend_or_disengage');
  expect(by.non_state_armed_groups?.response).toBe('immediate_suspend_or_disengage');
  expect(by.security_forces).toMatchObject({ response: 'mitigate_then_suspend', timeLimitMonths: 6 });
  expect(by.money_laundering?.response).toBe('mitigate_then_suspend');
});
