/** Reads the Declaration sheet's company block: who declares, for what scope, and when. */
import { truncate } from './cell-text.js';
import type { Declaration } from './declaration.schema.js';
import { parseDate } from './normalise.js';
import { DECLARATION, type ReadContext, textAt, valueAt } from './read-context.js';
import { makeFinding } from './rules.js';

/** The parts of a declaration the company block holds. */
export type CompanyBlock = Pick<Declaration, 'language' | 'company' | 'scope' | 'date'>;

/**
 * Reads the company block; an unreadable date adds `date_unreadable`, a date typed as text
 * `date_as_text`, and a numeric date valid both day-first and month-first `date_ambiguous`.
 */
export function readCompanyBlock(ctx: ReadContext): CompanyBlock {
  const c = ctx.layout.company;
  const text = (a1: string) => textAt(ctx, a1);
  const scopeText = text(c.scope);
  const scopeLetter = scopeText ? /^\s*([ABC])[.)]/i.exec(scopeText)?.[1]?.toUpperCase() : undefined;
  const date1904 = /<workbookPr[^>]*date1904="(1|true)"/.test(ctx.wb.workbookXml);
  const date = parseDate(valueAt(ctx, c.date), date1904);
  const at = { sheet: DECLARATION, cell: c.date };
  if (date.iso === null && date.text !== null) {
    ctx.findings.push(makeFinding('date_unreadable', { ...at, params: { value: truncate(date.text) } }));
  } else if (date.iso !== null && date.otherReading !== undefined) {
    ctx.findings.push(
      makeFinding('date_ambiguous', {
        ...at,
        params: { value: truncate(date.text ?? ''), read: date.iso, other: date.otherReading },
      }),
    );
  } else if (date.iso !== null && date.fromText) {
    ctx.findings.push(
      makeFinding('date_as_text', { ...at, params: { value: truncate(date.text ?? ''), read: date.iso } }),
    );
  }
  return {
    language: text('D3'),
    company: {
      name: text(c.name),
      uniqueId: text(c.uniqueId),
      uniqueIdAuthority: text(c.uniqueIdAuthority),
      address: text(c.address),
      contact: { name: text(c.contactName), email: text(c.contactEmail), phone: text(c.contactPhone) },
      authorizer: {
        name: text(c.authorizerName),
        title: text(c.authorizerTitle),
        email: text(c.authorizerEmail),
        phone: text(c.authorizerPhone),
      },
    },
    scope: {
      code: scopeLetter === 'A' || scopeLetter === 'B' || scopeLetter === 'C' ? scopeLetter : null,
      text: scopeText,
      description: text(c.scopeDescription),
    },
    date: date.iso,
  };
}
