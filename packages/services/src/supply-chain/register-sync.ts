import {
  createSmelterMatcher,
  type Declaration,
  type LearnedAlias,
  mergeLookup,
  type SmelterMatcher,
  TEMPLATE_RELEASE_DATES,
} from '@assay/core';
import type { NewSmelterReport, Repositories, StoredSmelter } from '@assay/storage';

/** The label of a template's look-up list: `CMRT 6.4`. */
export function lookupLabel(d: Pick<Declaration, 'family' | 'version'>): string {
  return `${d.family} ${d.version}`;
}

/**
 * Merges the declaration's look-up list into the organisation's register, once per template version
 * (the list is the same in every file of that version). Runs inside the intake transaction; merges
 * of one organisation take turns (see `lockRegister`), so parallel uploads neither fail on a row
 * another one added nor lose the sources it recorded.
 */
export async function mergeDeclarationLookup(
  tx: Repositories,
  organisationId: string,
  d: Declaration,
  receivedOn: string,
) {
  if (d.lookup.length === 0) return { added: 0, updated: 0 };
  const label = lookupLabel(d);
  if ((await tx.smelters.sources(organisationId)).has(label)) return { added: 0, updated: 0 };
  // Another upload of this organisation may be merging right now (issue #14.8): wait for it, then
  // look again — it may have merged this very list — and merge into what it wrote.
  await tx.smelters.lockRegister(organisationId);
  if ((await tx.smelters.sources(organisationId)).has(label)) return { added: 0, updated: 0 };
  const register = await tx.smelters.list(organisationId);
  const changes = mergeLookup(register, d.lookup, { label, asOf: TEMPLATE_RELEASE_DATES[label] ?? receivedOn });
  await tx.smelters.insertMany(organisationId, changes.added);
  await tx.smelters.updateMany(organisationId, changes.updated);
  await tx.smelters.addSource(organisationId, label);
  return { added: changes.added.length, updated: changes.updated.length };
}

/** A matcher over the organisation's stored register and learned aliases, with the row ids of the entries. */
export async function loadMatcher(
  tx: Repositories,
  organisationId: string,
): Promise<{ matcher: SmelterMatcher; register: StoredSmelter[]; aliases: LearnedAlias[] }> {
  const [register, aliases] = await Promise.all([
    tx.smelters.list(organisationId),
    tx.smelterAliases.list(organisationId),
  ]);
  return { matcher: createSmelterMatcher(register, aliases), register, aliases };
}

/** Matches every Smelter List row of a declaration; the rows to store. */
export function matchDeclarationSmelters(
  matcher: SmelterMatcher,
  d: Declaration,
  submissionId: string,
): NewSmelterReport[] {
  return d.smelters.map((s) => {
    const name = s.name ?? s.lookupName;
    const result = matcher.match({ metal: s.metal, smelterId: s.smelterId, name, country: s.country });
    const stored = result.entry as StoredSmelter | null;
    return {
      submissionId,
      row: s.row ?? null,
      metal: s.metal,
      name,
      country: s.country,
      givenId: s.smelterId,
      matchStatus: result.status,
      matchMethod: result.method,
      matchScore: result.score,
      smelterRef: result.status === 'matched' && stored ? stored.id : null,
      candidates: result.candidates.map((c) => ({
        smelterRef: (c.entry as StoredSmelter).id,
        smelterId: c.entry.smelterId,
        name: c.entry.name,
        score: c.score,
      })),
    };
  });
}
