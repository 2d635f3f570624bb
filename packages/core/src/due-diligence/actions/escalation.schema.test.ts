import { describe, expect, it } from 'vitest';
import { escalationDecisionSchema } from './escalation.schema.js';

const base = {
  id: 'e1',
  supplierId: 's1',
  reasons: ['mitigation_progressing'],
  explanation: 'The supplier agreed a corrective plan with dated milestones.',
  decidedOn: '2025-05-01',
  decidedBy: 'Management board',
};

describe('escalationDecisionSchema', () => {
  it.each([
    ['continue with a review date', { decision: 'continue_with_mitigation', reviewBy: '2025-11-01' }, true],
    ['continue without a review date', { decision: 'continue_with_mitigation' }, false],
    ['suspend with a review date', { decision: 'suspend', reviewBy: '2025-08-01' }, true],
    ['review date before the decision', { decision: 'suspend', reviewBy: '2025-04-01' }, false],
    [
      'disengage after weighing its impact',
      { decision: 'disengage', disengagementImpact: 'Few jobs depend on us.' },
      true,
    ],
    ['disengage without weighing its impact', { decision: 'disengage' }, false],
    [
      'continue despite an Annex II immediate reason',
      { decision: 'continue_with_mitigation', reviewBy: '2025-11-01', reasons: ['annex_ii_immediate'] },
      false,
    ],
    [
      'suspend for an Annex II immediate reason',
      { decision: 'suspend', reviewBy: '2025-06-01', reasons: ['annex_ii_immediate'] },
      true,
    ],
    ['no reasons', { decision: 'suspend', reviewBy: '2025-06-01', reasons: [] }, false],
  ])('%s → valid: %s', (_name, fields, valid) => {
    expect(escalationDecisionSchema.safeParse({ ...base, ...fields }).success).toBe(valid);
  });
});
