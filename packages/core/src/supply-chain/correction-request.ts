/**
 * The text of a correction request to a supplier, built from the findings of its template: what is
 * wrong, where (sheet and cell) and how to fix it, in Dutch or English, ready to send.
 */
import type { Finding } from '../templates/index.js';

/** Who the request is from and about which file. */
export type CorrectionContext = {
  readonly supplierName: string;
  readonly senderName: string;
  readonly fileName: string;
  readonly family: string | null;
  readonly version: string | null;
};

const TEXT = {
  en: {
    greeting: (s: string) => `Dear ${s},`,
    intro: (file: string, what: string) =>
      `Thank you for your ${what} (${file}). Before we can use it, please correct the following:`,
    none: (file: string) => `Thank you for your template (${file}). We found nothing that needs correcting.`,
    warnings: 'Please also check these points:',
    where: 'Where',
    fix: 'How to fix',
    closing: 'Please send the corrected file back to us. If anything is unclear, just reply to this message.',
    regards: 'Kind regards,',
  },
  nl: {
    greeting: (s: string) => `Geachte ${s},`,
    intro: (file: string, what: string) =>
      `Dank u voor uw ${what} (${file}). Voordat wij deze kunnen gebruiken, vragen wij u het volgende te corrigeren:`,
    none: (file: string) => `Dank u voor uw template (${file}). Wij vonden niets dat correctie nodig heeft.`,
    warnings: 'Wilt u ook deze punten nakijken:',
    where: 'Waar',
    fix: 'Oplossing',
    closing: 'Stuur ons het gecorrigeerde bestand terug. Is iets niet duidelijk? Beantwoord dan dit bericht.',
    regards: 'Met vriendelijke groet,',
  },
} as const;

function item(f: Finding, n: number, locale: 'en' | 'nl'): string {
  const t = TEXT[locale];
  const where = [f.sheet, f.cell].filter(Boolean).join(' ');
  return [
    `${n}. ${f.message[locale]}`,
    where ? `   ${t.where}: ${where}` : '',
    f.fix[locale] ? `   ${t.fix}: ${f.fix[locale]}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The request text; findings of the same code and message are listed once. */
export function correctionRequest(
  context: CorrectionContext,
  findings: readonly Finding[],
  locale: 'en' | 'nl',
): string {
  const t = TEXT[locale];
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.severity}|${f.code}|${f.sheet}|${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errors = unique.filter((f) => f.severity === 'error');
  const warnings = unique.filter((f) => f.severity === 'warning');
  const what = context.family ? `${context.family}${context.version ? ` ${context.version}` : ''}` : 'template';
  const parts = [t.greeting(context.supplierName), ''];
  if (errors.length === 0 && warnings.length === 0) parts.push(t.none(context.fileName));
  else {
    if (errors.length > 0)
      parts.push(t.intro(context.fileName, what), '', ...errors.map((f, i) => item(f, i + 1, locale)));
    if (warnings.length > 0)
      parts.push(
        '',
        errors.length > 0 ? t.warnings : t.intro(context.fileName, what),
        '',
        ...warnings.map((f, i) => item(f, errors.length + i + 1, locale)),
      );
    parts.push('', t.closing);
  }
  parts.push('', t.regards, context.senderName);
  return parts.join('\n');
}
