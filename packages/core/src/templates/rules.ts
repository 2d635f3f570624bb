/**
 * Every finding the template engine can report, as data: stable code, severity, what it checks,
 * where the rule comes from, and the message and suggested fix in English and Dutch. Texts may
 * hold `{placeholders}` filled from the finding's parameters; parameters never carry contact data.
 * docs/TEMPLATE-RULES.md lists this table (a test keeps the two in sync).
 */
import type { Finding } from './declaration.schema.js';
import type { RuleDefinition } from './rule-definition.js';
import { COMPANY_RULES } from './rules-company.js';
import { QUESTION_RULES } from './rules-questions.js';
import { READING_RULES } from './rules-reading.js';
import { SMELTER_RULES } from './rules-smelters.js';

export type { RuleDefinition } from './rule-definition.js';

/** All rules, in the order of the rules table. */
export const RULES = [...READING_RULES, ...COMPANY_RULES, ...QUESTION_RULES, ...SMELTER_RULES] as const;

/** A rule code. */
export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE = new Map<string, RuleDefinition>(RULES.map((r) => [r.code, r]));

/** The definition of a rule. */
export function ruleFor(code: RuleCode): RuleDefinition {
  const rule = BY_CODE.get(code);
  if (!rule) throw new Error(`unknown rule ${code}`);
  return rule;
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

/** Where a finding points, and the values its texts need. */
export type FindingAt = {
  readonly sheet?: string | null;
  readonly cell?: string | null;
  readonly params?: Readonly<Record<string, string | number>>;
};

/** Builds a finding from its rule; `cell`/`sheet` are also available as `{cell}`/`{sheet}`. */
export function makeFinding(code: RuleCode, at: FindingAt = {}): Finding {
  const rule = ruleFor(code);
  const params = { sheet: at.sheet ?? '', cell: at.cell ?? '', ...at.params };
  return {
    severity: rule.severity,
    code: rule.code,
    sheet: at.sheet ?? null,
    cell: at.cell ?? null,
    message: { en: fill(rule.message.en, params), nl: fill(rule.message.nl, params) },
    fix: { en: fill(rule.fix.en, params), nl: fill(rule.fix.nl, params) },
  };
}
