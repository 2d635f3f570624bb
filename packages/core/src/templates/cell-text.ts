/** Fast cell-text helpers for the reader: the usual clean text skips the trimming pass. */
import { cleanText } from './normalise.js';
import type { CellValue } from './sheet-cells.js';

/** Shortens a supplier's value for a finding's message. */
export function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** True for a UTF-16 unit that no trimming removes: printable ASCII other than the space. */
function solid(c: number): boolean {
  return c > 0x20 && c < 0x7f;
}

/** {@link cleanText}, without its trimming pass for the usual text that starts and ends with a printable ASCII character. */
export function text(value: CellValue | undefined): string | null {
  return typeof value === 'string' &&
    value.length > 0 &&
    solid(value.charCodeAt(0)) &&
    solid(value.charCodeAt(value.length - 1)) &&
    !value.includes('\r')
    ? value
    : cleanText(value);
}

/** {@link cleanListText} by way of {@link text}. */
export function listText(value: CellValue | undefined): string | null {
  if (value === 0) return null;
  const s = text(value);
  return s === '0' ? null : s;
}
