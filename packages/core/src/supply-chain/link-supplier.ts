/**
 * Links a received template to a supplier of the register: by the company's unique id first, then by
 * the fingerprint of the company name, then by Jaro–Winkler; anything short of certain is left for
 * the user to confirm.
 */
import { jaroWinkler } from '../smelters/jaro-winkler.js';
import { fingerprint, normaliseName } from '../smelters/normalise.js';

/** A supplier as the linker sees it. */
export type LinkableSupplier = { readonly id: string; readonly name: string; readonly identifier: string | null };

/** `linked`: certain; `unsure`: a likely supplier to confirm; `unlinked`: none found (or no company name). */
export type SupplierLink = {
  readonly status: 'linked' | 'unsure' | 'unlinked';
  readonly supplierId: string | null;
  readonly method: 'identifier' | 'name' | 'similar' | null;
  readonly score: number;
};

const squashId = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Finds the supplier a declaration comes from. */
export function linkSupplier(
  company: { readonly name: string | null; readonly uniqueId: string | null },
  suppliers: readonly LinkableSupplier[],
): SupplierLink {
  const none: SupplierLink = { status: 'unlinked', supplierId: null, method: null, score: 0 };
  if (company.uniqueId && squashId(company.uniqueId) !== '') {
    const wanted = squashId(company.uniqueId);
    const hit = suppliers.find((s) => s.identifier && squashId(s.identifier) === wanted);
    if (hit) return { status: 'linked', supplierId: hit.id, method: 'identifier', score: 1 };
  }
  if (!company.name) return none;
  const key = fingerprint(company.name);
  const exact = suppliers.filter((s) => fingerprint(s.name) === key);
  if (exact.length === 1 && exact[0]) return { status: 'linked', supplierId: exact[0].id, method: 'name', score: 1 };
  if (exact.length > 1 && exact[0]) return { status: 'unsure', supplierId: exact[0].id, method: 'name', score: 1 };
  const normal = normaliseName(company.name);
  let best: { id: string; score: number } | undefined;
  for (const s of suppliers) {
    const score = jaroWinkler(normal, normaliseName(s.name));
    if (!best || score > best.score) best = { id: s.id, score };
  }
  if (best && best.score >= 0.85)
    return { status: 'unsure', supplierId: best.id, method: 'similar', score: Math.round(best.score * 1000) / 1000 };
  return none;
}
