/**
 * Test-only: a corpus of hostile files made from a workbook that the tests build (or a real blank
 * read from ../shared, never copied). Each file is one seeded mutation of the base — flipped bits,
 * a cut, a removed or rewritten zip entry, damaged XML in one part, a DTD, an over-long cell — so a
 * run is reproducible from its seed and bounded by its count. {@link mutate} is the single source
 * of these mutations for the fuzz tests and the corpus checks of the CLI and the server.
 */
import type { ZipArchive } from '../templates/zip-archive.js';
import { ZipArchive as Zip } from '../templates/zip-archive.js';
import { rewriteZip } from '../templates/zip-write.js';
import { prng } from './random.js';

const enc = new TextEncoder();

/** Damage done to the XML text of one part. */
const XML_DAMAGE: readonly ((xml: string, r: () => number) => string)[] = [
  (x, r) => x.slice(0, Math.floor(r() * x.length)),
  (x, r) => {
    const i = Math.floor(r() * x.length);
    return x.slice(0, i) + x.slice(i + 1 + Math.floor(r() * 200));
  },
  (x, r) => {
    const i = Math.floor(r() * x.length);
    const junk =
      ['<', '>', '&', '"', '<c r="', '</row>', '<v>', '&#xFFFFFF;', '<!DOCTYPE x>', '\u0000', '<c r="XFD1048577">'][
        Math.floor(r() * 11)
      ] ?? '<';
    return x.slice(0, i) + junk + x.slice(i);
  },
  (x, r) => x.replace(/r="(\d+)"/, () => `r="${Math.floor(r() * 1e9)}"`),
  (x, r) => x.replace(/<v>[^<]*<\/v>/g, (m) => (r() < 0.05 ? '<v>1e999</v>' : m)),
  (x, r) => {
    const i = Math.floor(r() * x.length);
    return x.slice(0, i) + x.slice(i, i + 500).repeat(3) + x.slice(i + 500);
  },
];

/** The kinds of mutation, in the order {@link mutate} numbers them. */
export const MUTATION_KINDS = [
  'bit-flips',
  'truncated',
  'entry-removed',
  'central-directory-overwritten',
  'xml-damaged',
  'shared-strings-emptied',
  'dtd-added',
  'cell-text-over-limit',
] as const;
/** One of {@link MUTATION_KINDS}. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

const xmlParts = (zip: ZipArchive): string[] =>
  zip.entries.map((e) => e.name).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));

function replacePart(zip: ZipArchive, part: string, xml: string): Uint8Array {
  return rewriteZip(zip, { replace: new Map([[part, enc.encode(xml)]]), remove: new Set() });
}

/** One mutation of `base` (whose package is `zip`) of the given kind, drawn from `r`. */
export function mutate(base: Uint8Array, zip: ZipArchive, r: () => number, kind: MutationKind): Uint8Array {
  const parts = xmlParts(zip);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(r() * items.length)];
  switch (kind) {
    case 'bit-flips': {
      const copy = base.slice();
      const flips = 1 + Math.floor(r() * 32);
      for (let i = 0; i < flips; i++) {
        const at = Math.floor(r() * copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(r() * 8));
      }
      return copy;
    }
    case 'truncated':
      return base.slice(0, Math.floor(r() * base.length));
    case 'entry-removed': {
      const victim = pick(zip.entries);
      return rewriteZip(zip, { replace: new Map(), remove: new Set(victim ? [victim.name] : []) });
    }
    case 'central-directory-overwritten': {
      // Bytes inside the central directory, where names, sizes and offsets live.
      const copy = base.slice();
      const cd = zip.entries[0]?.central.byteOffset ?? copy.length - 100;
      for (let i = 0; i < 8; i++) copy[cd + Math.floor(r() * (copy.length - cd))] = Math.floor(r() * 256);
      return copy;
    }
    case 'xml-damaged': {
      const part = pick(parts) ?? 'xl/workbook.xml';
      const damage = pick(XML_DAMAGE) ?? ((x: string) => x);
      return replacePart(zip, part, damage(zip.readText(part) ?? '', r));
    }
    case 'shared-strings-emptied': {
      const part = parts.find((p) => p.endsWith('sharedStrings.xml'));
      if (!part) return base.slice(0, base.length - 1);
      const emptied = ['', '<sst/>', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>'];
      return replacePart(zip, part, pick(emptied) ?? '');
    }
    case 'dtd-added': {
      const part = pick(parts.filter((p) => p.endsWith('.xml'))) ?? 'xl/workbook.xml';
      const xml = zip.readText(part) ?? '';
      const bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
      const at = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
      return replacePart(zip, part, xml.slice(0, at) + bomb + xml.slice(at));
    }
    case 'cell-text-over-limit': {
      const part = pick(parts.filter((p) => p.includes('worksheets/'))) ?? parts[0] ?? 'xl/workbook.xml';
      const xml = zip.readText(part) ?? '';
      const long = `<c r="B3" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c>`;
      return replacePart(
        zip,
        part,
        xml.replace(/<row r="(\d+)"([^>]*)>/, (m) => `${m}${long}`),
      );
    }
  }
}

/** One file of a hostile corpus. */
export type HostileFile = { readonly name: string; readonly kind: MutationKind; readonly bytes: Uint8Array };

/**
 * `count` mutations of `base`, cycling through every kind, reproducible from `seed`. File names
 * carry the index and kind (`017-xml-damaged.xlsx`), so a failure names the file to rebuild.
 */
export function hostileCorpus(
  base: Uint8Array,
  options: { readonly seed: number; readonly count: number },
): HostileFile[] {
  const zip = Zip.open(base);
  const r = prng(options.seed);
  const out: HostileFile[] = [];
  for (let i = 0; i < options.count; i++) {
    const kind = MUTATION_KINDS[i % MUTATION_KINDS.length] ?? 'bit-flips';
    out.push({ name: `${String(i).padStart(3, '0')}-${kind}.xlsx`, kind, bytes: mutate(base, zip, r, kind) });
  }
  return out;
}
