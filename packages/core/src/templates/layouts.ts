/**
 * The registry of layouts and the choice of a layout for a (family, version) read from the
 * workbook. Versions compare as RMI writes them: "6.31" < "6.4" < "6.5" (decimals, §1).
 */

import { CMRT_LAYOUT, CMRT_LAYOUT_6_0 } from './cmrt-layout.js';
import { AMRT12_LAYOUT, AMRT13_LAYOUT, CRT_LAYOUT } from './crt-amrt-layout.js';
import { EMRT1_LAYOUT, EMRT2_LAYOUT, EMRT11_LAYOUT, EMRT21_LAYOUT } from './emrt-layout.js';
import type { TemplateFamily, TemplateLayout } from './layout-types.js';

/** Every layout, oldest first within each family. */
export const LAYOUTS: readonly TemplateLayout[] = [
  CMRT_LAYOUT_6_0,
  CMRT_LAYOUT,
  EMRT11_LAYOUT,
  EMRT1_LAYOUT,
  EMRT2_LAYOUT,
  EMRT21_LAYOUT,
  CRT_LAYOUT,
  AMRT12_LAYOUT,
  AMRT13_LAYOUT,
];

/** The oldest version each family supports, and the newest known one. */
export const SUPPORTED_VERSIONS: Readonly<
  Record<TemplateFamily, { readonly minimum: string; readonly latest: string }>
> = {
  CMRT: { minimum: '6.0', latest: '6.5' },
  EMRT: { minimum: '1.0', latest: '2.1' },
  CRT: { minimum: '2.2', latest: '2.2' },
  AMRT: { minimum: '1.2', latest: '1.3' },
};

/** The template versions with a sample in the test corpus, per family (for documentation and tests). */
export const KNOWN_VERSIONS: Readonly<Record<TemplateFamily, readonly string[]>> = {
  CMRT: ['6.01', '6.1', '6.22', '6.31', '6.4', '6.5'],
  EMRT: ['1.1', '1.11', '1.2', '1.3', '2.0', '2.1'],
  CRT: ['2.2'],
  AMRT: ['1.2', '1.3'],
};

/** Compares RMI version strings: major, then the rest as a decimal fraction, then extra parts. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  const major = Number(pa[0]) - Number(pb[0]);
  if (major !== 0) return major;
  const minor = Number(`0.${pa[1] ?? '0'}`) - Number(`0.${pb[1] ?? '0'}`);
  if (minor !== 0) return minor;
  for (let i = 2; i < Math.max(pa.length, pb.length); i++) {
    const d = Number(pa[i] ?? 0) - Number(pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** How a version relates to the known layouts. */
export type LayoutChoice =
  | { readonly status: 'known' | 'unlisted' | 'newer'; readonly layout: TemplateLayout; readonly knownVersion: string }
  | { readonly status: 'unsupported' };

/**
 * Picks the layout for a version: an exact entry; otherwise the newest layout whose versions are
 * older (`unlisted`, or `newer` when past every known version of the same major). A different
 * major version, or one before the family's minimum, is unsupported.
 */
export function chooseLayout(family: TemplateFamily, version: string): LayoutChoice {
  const candidates = LAYOUTS.filter((l) => l.family === family);
  for (const layout of candidates)
    if (layout.versions.includes(version)) return { status: 'known', layout, knownVersion: version };
  const { minimum } = SUPPORTED_VERSIONS[family];
  if (compareVersions(version, minimum) < 0) return { status: 'unsupported' };
  let best: { layout: TemplateLayout; version: string } | undefined;
  for (const layout of candidates) {
    for (const v of layout.versions) {
      if (v.split('.')[0] !== version.split('.')[0]) continue;
      if (compareVersions(v, version) < 0 && (!best || compareVersions(v, best.version) > 0))
        best = { layout, version: v };
    }
  }
  if (!best) return { status: 'unsupported' };
  const newest = candidates.flatMap((l) => l.versions).reduce((m, v) => (compareVersions(v, m) > 0 ? v : m));
  return {
    status: compareVersions(version, newest) > 0 ? 'newer' : 'unlisted',
    layout: best.layout,
    knownVersion: best.version,
  };
}

/** The layout for a declaration's family and version, or `undefined` when unsupported. */
export function layoutFor(family: TemplateFamily, version: string): TemplateLayout | undefined {
  const choice = chooseLayout(family, version);
  return choice.status === 'unsupported' ? undefined : choice.layout;
}
