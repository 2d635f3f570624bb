import { describe, expect, it } from 'vitest';
import { classifySize, type SizeFigures } from './size-bands.js';

describe('classifySize (Recommendation 2003/361/EC, Annex Art. 2)', () => {
  const cases: [string, SizeFigures, string][] = [
    ['9 staff and €1.5 m turnover is micro', { employees: 9, turnoverEur: 1_500_000 }, 'micro'],
    [
      '9 staff with €3 m turnover but €1 m balance sheet is still micro',
      { employees: 9, turnoverEur: 3_000_000, balanceSheetEur: 1_000_000 },
      'micro',
    ],
    ['9 staff and €3 m turnover only is small', { employees: 9, turnoverEur: 3_000_000 }, 'small'],
    ['10 staff is small', { employees: 10 }, 'small'],
    ['49 staff and €10 m turnover is small', { employees: 49, turnoverEur: 10_000_000 }, 'small'],
    ['50 staff is medium', { employees: 50 }, 'medium'],
    [
      '200 staff, €60 m turnover, €40 m balance sheet is medium',
      { employees: 200, turnoverEur: 60_000_000, balanceSheetEur: 40_000_000 },
      'medium',
    ],
    [
      '200 staff, €60 m turnover, €45 m balance sheet is large',
      { employees: 200, turnoverEur: 60_000_000, balanceSheetEur: 45_000_000 },
      'large',
    ],
    ['250 staff is large', { employees: 250 }, 'large'],
  ];
  it.each(cases)('%s', (_name, figures, band) => {
    expect(classifySize(figures)).toBe(band);
  });
});
