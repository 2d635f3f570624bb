import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkTemplate, isAppError } from '@assay/core';
// The subpath keeps storage, pg and argon2 out of every worker thread that checks files.
import { nodeInflateRaw } from '@assay/services/node-inflate';

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
  try {
    const result = checkTemplate(bytes, {
      fileName: basename(path),
      inflateRaw: nodeInflateRaw,
      ...(today ? { today } : {}),
    });
    const findings: FileCheck['findings'] = result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet ?? undefined,
      cell: f.cell ?? undefined,
      message: f.message.en,
      fix: f.fix.en,
    }));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const d = result.declaration;
    return {
      file,
      ...(d ? { family: d.family, version: d.version, company: d.company.name ?? '' } : {}),
      status: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'valid',
      errors,
      warnings,
      findings,
    };
  } catch (error) {
    if (isAppError(error))
      return { file, status: 'unreadable', errors: 1, warnings: 0, findings: [], reason: error.message };
    return {
      file,
      status: 'unreadable',
      errors: 1,
      warnings: 0,
      findings: [],
      reason: 'An unexpected error occurred while reading this file.',
    };
  }
}
