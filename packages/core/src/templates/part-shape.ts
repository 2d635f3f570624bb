/**
 * The outer shape of a package part: its root element is the one its relationship promises
 * (a worksheet, the shared-string table) and the part ends with that element's end tag. A
 * relationship that points at the wrong part, or a part cut short inside an intact zip, fails
 * here instead of being read as an empty sheet.
 */
import { damagedFile } from './read-limits.js';
import { GT, indexOfAscii, isSpace, LT } from './xml-bytes.js';

const SLASH = 0x2f;

/** The local name of the root element (after the prolog), or `undefined` when there is none. */
export function rootName(xml: Uint8Array): string | undefined {
  const i = rootStart(xml);
  if (i < 0) return undefined;
  let end = i + 1;
  while (end < xml.length && end < i + 200 && !isSpace(xml[end]) && xml[end] !== GT && xml[end] !== SLASH) end++;
  let name = '';
  for (let k = i + 1; k < end; k++) name += String.fromCharCode(xml[k] ?? 0);
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** True when the part ends (before trailing white space) with the end tag of `local`, or is one self-closed `local`. */
function endsWithRoot(xml: Uint8Array, local: string): boolean {
  let e = xml.length - 1;
  while (e >= 0 && isSpace(xml[e])) e--;
  if (e < 0 || xml[e] !== GT) return false;
  const lt = xml.lastIndexOf(LT, e);
  if (lt < 0) return false;
  const closing = xml[lt + 1] === SLASH;
  if (!closing && xml[e - 1] !== SLASH) return false;
  // The tag's name, without a prefix: </local>, </x:local>, or the root itself as <local …/>.
  let end = lt + (closing ? 2 : 1);
  const from = end;
  while (end < e && !isSpace(xml[end]) && xml[end] !== GT && xml[end] !== SLASH) end++;
  let name = '';
  for (let k = from; k < end; k++) name += String.fromCharCode(xml[k] ?? 0);
  const colon = name.indexOf(':');
  if ((colon >= 0 ? name.slice(colon + 1) : name) !== local) return false;
  // A self-closed element is the root only when no other start tag precedes it.
  return closing || rootStart(xml) === lt;
}

/** Offset of the root element's start tag. */
function rootStart(xml: Uint8Array): number {
  let i = 0;
  for (;;) {
    i = xml.indexOf(LT, i);
    if (i < 0) return -1;
    const c1 = xml[i + 1];
    if (c1 !== 0x3f && c1 !== 0x21) return i;
    i = indexOfAscii(xml, c1 === 0x3f ? '?>' : '-->', i + 2);
    if (i < 0) return -1;
  }
}

/** Refuses a part whose root element is not `expected`, or that is cut short. */
export function assertPartShape(xml: Uint8Array, part: string, expected: string, sheet?: string): void {
  const root = rootName(xml);
  const where = sheet ? { sheet } : {};
  if (root !== expected) {
    throw damagedFile(
      part,
      root === undefined
        ? {
            en: `the part holds no XML where a ${expected} was expected`,
            nl: `het onderdeel bevat geen XML waar een ${expected} werd verwacht`,
          }
        : {
            en: `a ${expected} was expected here but the part holds a ${root}${sheet ? ` (the relationship of sheet "${sheet}" points at the wrong part)` : ''}`,
            nl: `hier werd een ${expected} verwacht, maar het onderdeel bevat een ${root}${sheet ? ` (de relatie van werkblad "${sheet}" wijst naar het verkeerde onderdeel)` : ''}`,
          },
      where,
    );
  }
  if (!endsWithRoot(xml, expected)) {
    throw damagedFile(
      part,
      { en: `the ${expected} is cut off before its end`, nl: `de ${expected} houdt op voor het einde` },
      where,
    );
  }
}
