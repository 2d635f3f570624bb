import { describe, expect, test } from 'vitest';
import { translator } from '../i18n/ui/translate.js';
import { cmrIssueText, formatKg, localiseParams } from './issues.js';

describe('issue texts', () => {
  test.each([
    [150000, 'nl', '150\u202f000'],
    [1500.5, 'nl', '1\u202f500,5'],
    [1500.5, 'en', '1\u202f500.5'],
    [6, 'en', '6'],
  ] as const)('formatKg(%f, %s)', (n, locale, text) => {
    expect(formatKg(n, locale)).toBe(text);
  });

  test('an ambiguous figure names the row, the file’s column and both readings, in Dutch and English', () => {
    const issue = {
      row: 2,
      field: 'quantity' as const,
      column: 'hoeveelheid',
      code: 'quantity_ambiguous' as const,
      params: { value: '150,000', point: 150000, comma: 150, unit: 'kg' },
    };
    expect(cmrIssueText(issue, translator('nl'), localiseParams(issue.params, 'nl'))).toBe(
      'Regel 2, hoeveelheid: “150,000” kan gelezen worden als 150\u202f000 kg (decimale punt) of als 150 kg (decimale komma). Kies het decimaalteken van het bestand, of schrijf het getal zonder scheidingstekens voor duizendtallen.',
    );
    const { column: _c, ...formIssue } = issue;
    expect(cmrIssueText(formIssue, translator('en'), localiseParams(issue.params, 'en'))).toMatch(
      /^Row 2, quantity: “150,000” can be read as 150\u202f000 kg \(decimal point\) or as 150 kg \(decimal comma\)\./,
    );
  });
});
