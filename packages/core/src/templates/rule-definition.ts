/** The shape of one template rule; the rules themselves are in `rules-*.ts`, combined in `rules.ts`. */
import type { Bilingual, Finding } from './declaration.schema.js';

/** One rule definition. */
export type RuleDefinition = {
  readonly code: string;
  readonly severity: Finding['severity'];
  /** One line for the rules table. */
  readonly what: string;
  /** Where the rule comes from (Checker row, instructions, Assay's own consistency check). */
  readonly source: string;
  readonly message: Bilingual;
  readonly fix: Bilingual;
};
