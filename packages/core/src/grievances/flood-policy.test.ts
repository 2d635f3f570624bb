import { describe, expect, it } from 'vitest';
import { REPORT_FLOOD_POLICY, reportFingerprint, reportWaitSeconds } from './flood-policy.js';

const now = Date.parse('2026-12-05T10:30:00Z');
const hour = Date.parse('2026-12-05T10:00:00Z');
const count = (failures: number, lastFailureAt = hour) => ({ failures, lastFailureAt });

describe('reportWaitSeconds', () => {
  it('accepts at once within the free reports of a client and of a content', () => {
    expect(reportWaitSeconds({}, now, REPORT_FLOOD_POLICY)).toBe(0);
    expect(reportWaitSeconds({ client: count(9), content: count(4) }, now, REPORT_FLOOD_POLICY)).toBe(0);
  });

  it('asks for a wait that doubles past the free reports, up to the longest wait', () => {
    const waits = [10, 11, 12, 13, 14, 200].map((n) =>
      reportWaitSeconds({ client: count(n) }, now, REPORT_FLOOD_POLICY),
    );
    expect(waits).toEqual([10, 20, 40, 80, 120, 120]);
    expect(reportWaitSeconds({ content: count(5) }, now, REPORT_FLOOD_POLICY)).toBe(10);
    expect(reportWaitSeconds({ client: count(10), content: count(7) }, now, REPORT_FLOOD_POLICY)).toBe(40);
  });

  it('forgets a client after two quiet hours and a content after a quiet day', () => {
    const old = count(50, hour - 2 * 60 * 60 * 1000 + 30 * 60 * 1000);
    expect(reportWaitSeconds({ client: old }, now, REPORT_FLOOD_POLICY)).toBe(0);
    expect(reportWaitSeconds({ content: old }, now, REPORT_FLOOD_POLICY)).toBe(120);
  });
});

describe('reportFingerprint', () => {
  it('makes a text dressed up with case, accents, punctuation and spaces the same content', () => {
    const one = reportFingerprint('Workers had their passports taken by the recruiter.');
    expect(reportFingerprint('  WORKERS had   their passports, taken by the recruiter!!! ')).toBe(one);
    expect(reportFingerprint('Wörkers had their passports taken by the recruiter')).toBe(one);
    expect(reportFingerprint('Workers had their papers taken by the recruiter.')).not.toBe(one);
  });
});
