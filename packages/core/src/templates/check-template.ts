/** Reads and validates a template in one step: what `assay template check` reports. */
import type { TemplateReadResult } from './declaration.schema.js';
import { type ReadOptions, readTemplate } from './read-template.js';
import { type ValidateOptions, validateDeclaration } from './validate-declaration.js';

/** Reads a template and appends the validation findings to the read findings. */
export function checkTemplate(bytes: Uint8Array, options: ReadOptions & ValidateOptions = {}): TemplateReadResult {
  const result = readTemplate(bytes, options);
  if (!result.declaration) return result;
  const unreadable = new Set(result.findings.filter((f) => f.code === 'date_unreadable').map((f) => f.cell));
  // An unreadable date is already reported; do not report it again as missing.
  const validation = validateDeclaration(result.declaration, options).filter(
    (f) => !(f.code === 'required_missing' && unreadable.has(f.cell)),
  );
  return { declaration: result.declaration, findings: [...result.findings, ...validation] };
}
