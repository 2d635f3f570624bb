import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
// The subpath keeps storage, pg and argon2 out of every worker thread that checks files; intake
// reads with the same function, so both give the same verdict.
import { readSupplierTemplate } from '@assay/services/template-verdict';

/** The result of checking one file, small enough to collect for thousands of files. */
export type FileCheck = {
  file: string;
  family?: string;
  version?: string;
  company?: string;
  status: 'valid' | 'warnings' | 'errors' | 'unreadable';
  errors: number;
  warnings: number;
  findings: {
    severity: string;
    code: string;
    sheet?: string | undefined;
    cell?: string | undefined;
    message: string;
    /** The suggested fix to send to the supplier. */
    fix: string;
  }[];
  /** Why the file could not be read at all (status `unreadable`). */
  reason?: string;
};

/** Reads and validates one workbook file. Never throws for a bad file: unreadable is a status. */
export function checkFile(path: string, today?: string): FileCheck {
  const file = path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return {
      file,
      status: 'unreadable',
      errors: 1,
      warnings: 0,
      findings: [],
      reason: `Cannot open ${basename(path)}.`,
    };
  }
  const verdict = readSupplierTemplate(bytes, { fileName: basename(path), ...(today ? { today } : {}) });
  if (verdict.refusal)
    return { file, status: 'unreadable', errors: 1, warnings: 0, findings: [], reason: verdict.refusal.en };
  const findings: FileCheck['findings'] = verdict.findings.map((f) => ({
    severity: f.severity,
    code: f.code,
    sheet: f.sheet ?? undefined,
    cell: f.cell ?? undefined,
    message: f.message.en,
    fix: f.fix.en,
  }));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const d = verdict.declaration;
  // A workbook that is not a template has no declaration: unreadable as a template, as intake says.
  if (!d)
    return {
      file,
      status: 'unreadable',
      errors,
      warnings,
      findings,
      reason: findings[0]?.message ?? 'Not an RMI template.',
    };
  return {
    file,
    family: d.family,
    version: d.version,
    company: d.company.name ?? '',
    status: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'valid',
    errors,
    warnings,
    findings,
  };
}
