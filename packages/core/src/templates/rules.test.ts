import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../test-support/shared-files.js';
import { makeFinding, RULES } from './rules.js';

describe('rule definitions', () => {
  it('have unique codes', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('are all listed in docs/TEMPLATE-RULES.md with their severity', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'TEMPLATE-RULES.md'), 'utf8');
    for (const r of RULES) expect(doc).toMatch(new RegExp(`\\|\\s*\`${r.code}\`\\s*\\|\\s*${r.severity}\\s*\\|`));
  });
  it('build findings with the parameters filled in', () => {
    const f = makeFinding('answer_missing', {
      sheet: 'Declaration',
      cell: 'D33',
      params: { question: 'Q2', mineral: 'Tin' },
    });
    expect(f).toEqual({
      severity: 'error',
      code: 'answer_missing',
      sheet: 'Declaration',
      cell: 'D33',
      message: { en: 'Question Q2 for Tin (D33) is not answered.', nl: 'Vraag Q2 voor Tin (D33) is niet beantwoord.' },
      fix: {
        en: 'Please answer question Q2 for Tin in Declaration!D33.',
        nl: 'Beantwoord vraag Q2 voor Tin op Declaration!D33.',
      },
    });
  });
});
