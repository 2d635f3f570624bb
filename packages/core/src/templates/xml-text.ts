/**
 * Small, allocation-light helpers for the SpreadsheetML that Excel and WPS write. Not a general
 * XML parser: it relies on the fixed shapes of ECMA-376 Part 1 §18 parts and refuses DTDs.
 */
import { AppError } from '../errors.js';

/**
 * Rejects a part that declares a DTD or entities: OOXML never uses them (ECMA-376 Part 2 §8.1.4
 * forbids DTDs in package parts), and they are the vehicle of "billion laughs" and XXE attacks.
 */
export function assertSafeXml(xml: string, part: string): void {
  let i = xml.indexOf('<!');
  while (i >= 0 && !xml.startsWith('<!DOCTYPE', i) && !xml.startsWith('<!ENTITY', i)) i = xml.indexOf('<!', i + 2);
  if (i >= 0) {
    throw new AppError(
      'unreadable_file',
      `Part ${part} contains a DTD or entity declaration, which Excel never writes; the file was altered and is refused for safety. Ask the supplier for the original .xlsx.`,
    );
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}

/**
 * Decodes XML character references and Excel's `_xHHHH_` escapes (ST_Xstring, ECMA-376 Part 1
 * §22.9.2.19), which Excel uses for control characters such as `_x000D_`.
 */
export function decodeXmlText(s: string): string {
  let out = s;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, body: string) => {
      if (body.charCodeAt(0) === 35) {
        const n = body.charCodeAt(1) === 120 ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        return codePoint(n);
      }
      return NAMED[body] ?? m;
    });
  }
  if (out.includes('_x'))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => codePoint(Number.parseInt(hex, 16)));
  return out;
}

/** Escapes text for an XML text node or attribute value. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The value of attribute `name` inside the tag `xml[start, end)`, or `undefined`. Matches a whole
 * attribute name (preceded by whitespace), with either quote style.
 */
export function attrIn(xml: string, start: number, end: number, name: string): string | undefined {
  let i = start;
  for (;;) {
    i = xml.indexOf(name, i);
    if (i < 0 || i >= end) return undefined;
    const before = xml.charCodeAt(i - 1);
    const eq = i + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(eq) === 61) {
      const quote = xml.charCodeAt(eq + 1);
      if (quote === 34 || quote === 39) {
        const close = xml.indexOf(quote === 34 ? '"' : "'", eq + 2);
        if (close < 0 || close > end) return undefined;
        return xml.slice(eq + 2, close);
      }
    }
    i = eq;
  }
}

/** Every start tag `<tag …>` (or `<tag …/>`) of `xml`, as its attribute text; for small parts only. */
export function startTags(xml: string, tag: string): { readonly start: number; readonly end: number }[] {
  const found: { start: number; end: number }[] = [];
  const open = `<${tag}`;
  let i = 0;
  for (;;) {
    i = xml.indexOf(open, i);
    if (i < 0) return found;
    const next = xml.charCodeAt(i + open.length);
    const end = xml.indexOf('>', i);
    if (end < 0) return found;
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)
      found.push({ start: i, end });
    i = end;
  }
}

/** The text content of every `<t>` inside `xml[start, end)`, skipping phonetic runs `<rPh>` (§18.4.6). */
export function textRuns(xml: string, start: number, end: number): string {
  let out = '';
  let i = start;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0 || i >= end) return out;
    const c1 = xml.charCodeAt(i + 1);
    if (c1 === 116) {
      const c2 = xml.charCodeAt(i + 2);
      if (c2 === 62 || c2 === 32) {
        const open = xml.indexOf('>', i);
        if (xml.charCodeAt(open - 1) === 47) {
          i = open + 1;
          continue;
        }
        const close = xml.indexOf('</t>', open);
        if (close < 0 || close > end) return out;
        out += decodeXmlText(xml.slice(open + 1, close));
        i = close + 4;
        continue;
      }
    } else if (c1 === 114 && xml.startsWith('<rPh', i)) {
      const close = xml.indexOf('</rPh>', i);
      if (close < 0 || close > end) return out;
      i = close + 6;
      continue;
    }
    i += 1;
  }
}
