import {
  ANNEX_I_LINES,
  type AnnexIThresholdLookup,
  getMaterial,
  type MaterialResolver,
  normaliseCnCode,
} from '@assay/core';

/** The catalogue adapter the due-diligence rules take: metal family and recycled flag per material id. */
export const resolveMaterial: MaterialResolver = (id) => {
  const m = getMaterial(id);
  return m && { metal: m.family, recycled: m.recycled };
};

/**
 * The Annex I threshold for a material line of the profile. A catalogue material can span several
 * Annex I lines (tin: unwrought 100 000 kg, bars 1 400 kg, articles 2 100 kg) and the profile does not
 * say which, so only a verdict that holds for every one of them is given: at or above the highest
 * threshold → that threshold; below the lowest → that threshold; in between → unknown, and the plan
 * asks for the per-line importer check.
 */
export const annexIThresholdKg: AnnexIThresholdLookup = (line) => {
  const codes = getMaterial(line.materialId)?.hsCodes ?? [];
  const thresholds = ANNEX_I_LINES.filter((annex) => {
    const digits = normaliseCnCode(annex.cnCode);
    return codes.some((hs) => digits.startsWith(hs) || hs.startsWith(digits));
  }).map((annex) => annex.thresholdKg);
  if (thresholds.length === 0 || line.volumeKgPerYear === undefined) return undefined;
  const highest = Math.max(...thresholds);
  const lowest = Math.min(...thresholds);
  if (line.volumeKgPerYear >= highest) return highest;
  if (line.volumeKgPerYear < lowest) return lowest;
  return undefined;
};
