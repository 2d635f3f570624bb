/**
 * Byte-level helpers over UTF-8 SpreadsheetML, for the scanners that never decode a whole part.
 * Tags are short, so the searches for the next or previous `<` or `>` look at a few bytes in
 * JavaScript before handing a long stretch to the built-in search (a call into the engine costs
 * more than a short loop).
 */
import { AppError } from '../errors.js';
import { decodeXmlText } from './xml-text.js';

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUOTE = 0x22;

/** How far the inline loops look before calling the built-in search. */
const NEAR = 64;

/** `b.indexOf(c, from)` for `from >= 0`: the first `c` at or after `from`, or -1. */
export function nextByte(b: Uint8Array, c: number, from: number): number {
  const stop = Math.min(b.length, from + NEAR);
  for (let i = from; i < stop; i++) if (b[i] === c) return i;
  return stop < b.length ? b.indexOf(c, stop) : -1;
}

/** `b.lastIndexOf(c, from)` for `from >= 0`: the last `c` at or before `from`, or -1. */
export function prevByte(b: Uint8Array, c: number, from: number): number {
  const stop = Math.max(-1, from - NEAR);
  for (let i = from; i > stop; i--) if (b[i] === c) return i;
  return stop >= 0 ? b.lastIndexOf(c, stop) : -1;
}

/** Index of the ASCII string `s` in `b` from `from`, or -1. */
export function indexOfAscii(b: Uint8Array, s: string, from: number): number {
  const first = s.charCodeAt(0);
  let i = from;
  for (;;) {
    i = b.indexOf(first, i);
    if (i < 0) return -1;
    let k = 1;
    while (k < s.length && b[i + k] === s.charCodeAt(k)) k++;
    if (k === s.length) return i;
    i++;
  }
}

/** Last index of the ASCII string `s` (starting with `<`) in `b` after `after`, or -1 (searched from the end). */
export function lastIndexOfAscii(b: Uint8Array, s: string, after: number): number {
  let i = b.length;
  for (;;) {
    i = b.lastIndexOf(LT, i - 1);
    if (i <= after) return -1;
    let k = 1;
    while (k < s.length && b[i + k] === s.charCodeAt(k)) k++;
    if (k === s.length) return i;
  }
}

/** True for the XML whitespace bytes that separate attributes. */
export function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Start of the value of attribute `name` (ASCII) in the tag `b[start, end)`, or -1. */
export function attrAt(b: Uint8Array, start: number, end: number, name: string): number {
  const first = name.charCodeAt(0);
  const n = name.length;
  outer: for (let i = start + 2; i < end - n - 1; i++) {
    if (b[i] !== first || !isSpace(b[i - 1])) continue;
    for (let k = 1; k < n; k++) if (b[i + k] !== name.charCodeAt(k)) continue outer;
    if (b[i + n] === 0x3d && b[i + n + 1] === QUOTE) return i + n + 2;
  }
  return -1;
}

export const utf8 = new TextDecoder('utf-8');
/** For text runs inside a part: a U+FEFF there is content, not a byte-order mark. */
export const utf8Inner = new TextDecoder('utf-8', { ignoreBOM: true });

/** The longest text decoded through {@link SHORT}: a cell's text or a look-up name is shorter. */
const SHORT_MAX = 256;
/** A scratch buffer, and a view of each length onto it (made on first use): short texts are copied there and decoded without a new view. */
const SHORT = new Uint8Array(SHORT_MAX);
const SHORT_VIEWS: (Uint8Array | undefined)[] = [];

/** Text of `b[s, e)` (UTF-8), with XML references and `_xHHHH_` escapes decoded. */
export function textOf(b: Uint8Array, s: number, e: number, decoder: TextDecoder = utf8): string {
  const n = e - s;
  let view: Uint8Array;
  if (n >= 0 && n <= SHORT_MAX) {
    // A read decodes a few thousand short texts: a new view for each was its largest source of garbage.
    for (let i = 0; i < n; i++) SHORT[i] = b[s + i] as number;
    view = SHORT_VIEWS[n] ??= SHORT.subarray(0, n);
  } else view = b.subarray(s, e);
  const raw = decoder.decode(view);
  return raw.includes('&') || raw.includes('_x') ? decodeXmlText(raw) : raw;
}

/**
 * Rejects a part (as bytes) that declares a DTD or entities: OOXML never uses them (ECMA-376
 * Part 2 §8.1.4), and they are the vehicle of "billion laughs" and XXE attacks. A document type
 * declaration, and the entity declarations inside it, can only stand in the prolog, before the
 * root element (XML 1.0 §2.1 `document ::= prolog element Misc*`, §2.8 `prolog ::= XMLDecl? Misc*
 * (doctypedecl Misc*)?`), so only the prolog is read: the XML declaration, processing
 * instructions and comments are stepped over up to the root element; anything else there
 * (a DTD…) sends the whole part through the full search, which refuses `<!DOCTYPE`/`<!ENTITY`.
 */
export function assertSafeXmlBytes(xml: Uint8Array, part: string): void {
  let i = 0;
  for (;;) {
    i = xml.indexOf(LT, i);
    if (i < 0) return;
    const c1 = xml[i + 1];
    if (c1 === 0x3f) {
      // <?xml …?> or another processing instruction.
      i = indexOfAscii(xml, '?>', i + 2);
      if (i < 0) break;
      continue;
    }
    if (c1 !== 0x21) return; // the root element: the prolog is over
    if (xml[i + 2] !== 0x2d || xml[i + 3] !== 0x2d) break; // <!DOCTYPE (or anything but a comment)
    i = indexOfAscii(xml, '-->', i + 4);
    if (i < 0) break;
  }
  // A declaration or an unclosed construct in the prolog: look through the whole part.
  for (i = 0; ; ) {
    i = xml.indexOf(0x21, i + 1); // "!"
    if (i < 0) return;
    if (xml[i - 1] !== LT) continue;
    const c = xml[i + 1];
    if (c === 0x44 || c === 0x45) {
      throw new AppError(
        'unreadable_file',
        `Part ${part} contains a DTD or entity declaration, which Excel never writes; the file was altered and is refused for safety. Ask the supplier for the original .xlsx.`,
      );
    }
  }
}
