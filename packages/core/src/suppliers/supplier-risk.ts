/**
 * A supplier's inherent risk: the risk model (`scoreRisks`) over its materials × its country, the
 * highest theme of each material and of the supplier. Recycled/scrap suppliers are scored with the
 * catalogue's scrap materials where the catalogue has them. Screening only, like the model itself.
 */
import { findCountry } from '../reference/countries.js';
import type { RiskLevel } from '../risk/risk-types.js';
import { scoreRisks } from '../risk/score-risk.js';
import type { ThemeId } from '../risk/themes.js';
import { resolveMaterialText, riskMaterialFor } from './supplier-materials.js';

/** The highest theme of one material from the supplier's country. */
export type MaterialRisk = {
  /** The material as stored (catalogue id, or free text from before the catalogue check). */
  readonly text: string;
  /** The catalogue id, or null when the text is not in the catalogue. */
  readonly materialId: string | null;
  /** The id actually scored (the scrap material for a recycled supplier), or null. */
  readonly scoredAs: string | null;
  readonly theme: ThemeId | null;
  readonly score: number | null;
  readonly level: RiskLevel | null;
  /** The quick scan that explains the score, e.g. `/scan?material=cobalt&country=CD`. */
  readonly href: string | null;
};

/** A supplier's inherent risk; `status` says why there is no score. */
export type SupplierRisk = {
  readonly status: 'scored' | 'no_country' | 'unknown_country' | 'no_materials';
  readonly methodVersion: string | null;
  /** The highest of `materials` (first on ties), or null when nothing was scored. */
  readonly top: MaterialRisk | null;
  readonly materials: readonly MaterialRisk[];
};

/** The scan address explaining a (material, country). */
export function scanHref(materialId: string, country: string): string {
  return `/scan?material=${encodeURIComponent(materialId)}&country=${encodeURIComponent(country)}`;
}

/** Scores a supplier's materials × country with the risk model. */
export function supplierInherentRisk(supplier: {
  readonly country: string | null;
  readonly materials: readonly string[];
  readonly recycled: boolean;
}): SupplierRisk {
  const country = supplier.country ? findCountry(supplier.country) : undefined;
  const resolved = supplier.materials.map((text) => {
    const r = resolveMaterialText(text);
    const material = r.status === 'found' ? r.material : null;
    return { text, material, scoredAs: material ? riskMaterialFor(material, supplier.recycled) : null };
  });
  const unscored = (m: (typeof resolved)[number]): MaterialRisk => ({
    text: m.text,
    materialId: m.material?.id ?? null,
    scoredAs: m.scoredAs?.id ?? null,
    theme: null,
    score: null,
    level: null,
    href: null,
  });
  const status = !supplier.country ? 'no_country' : !country ? 'unknown_country' : null;
  if (status || !country)
    return { status: status ?? 'unknown_country', methodVersion: null, top: null, materials: resolved.map(unscored) };
  const scorable = resolved.filter((m) => m.scoredAs !== null);
  const scores = scoreRisks(scorable.map((m) => ({ materialId: m.scoredAs?.id ?? '', country: country.alpha2 })));
  const byText = new Map<string, MaterialRisk>();
  let methodVersion: string | null = null;
  scorable.forEach((m, i) => {
    const s = scores[i];
    if (s?.status !== 'scored') return;
    methodVersion = s.methodVersion;
    byText.set(m.text, {
      text: m.text,
      materialId: m.material?.id ?? null,
      scoredAs: s.materialId,
      theme: s.top.theme,
      score: s.top.score,
      level: s.top.level,
      href: scanHref(s.materialId, s.country),
    });
  });
  const materials = resolved.map((m) => byText.get(m.text) ?? unscored(m));
  let top: MaterialRisk | null = null;
  for (const m of materials) if (m.score !== null && (top === null || m.score > (top.score ?? -1))) top = m;
  return { status: top ? 'scored' : 'no_materials', methodVersion, top, materials };
}
