/**
 * Normalisation of smelter and company names for matching: accents and case folded, `&` read as
 * "and", punctuation dropped, legal forms and filler words removed. The fingerprint key sorts the
 * remaining distinct tokens, so word order ("Metallo Belgium" / "Belgium Metallo") does not matter.
 */

/** Legal forms and filler words that say nothing about which smelter it is. */
const STOP_WORDS = new Set([
  'and',
  'the',
  'of',
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'srl',
  'spa',
  'bv',
  'nv',
  'pt',
  'tbk',
  'sdn',
  'bhd',
  'pte',
  'pty',
  'jsc',
  'ojsc',
  'pjsc',
  'llp',
  'kk',
  'sarl',
  'de',
  'cv',
  'group',
]);

/** Printable ASCII only. */
const ASCII = /^[\x20-\x7e]*$/;

const CID = /^CID\s*0*(\d{1,6})$/i;

/** Folds accents, case and punctuation; keeps letters and digits separated by single spaces. */
export function foldName(name: string): string {
  // Plain ASCII (most names) needs no Unicode decomposition: the same result, several times faster.
  if (ASCII.test(name))
    return name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/\./g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      // Dots join abbreviations (N.V., S.A., Co.): drop them before other punctuation splits words.
      .replace(/\./g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** The name without legal forms and filler words (token order kept): what Jaro–Winkler compares. */
export function normaliseName(name: string): string {
  return normaliseFolded(foldName(name));
}

/** {@link normaliseName} of a name already passed through {@link foldName} (saves folding twice). */
export function normaliseFolded(folded: string): string {
  return significant(folded.split(' ')).join(' ');
}

/** The non-empty tokens that are not legal forms or filler words; all of `tokens` when none is left. */
function significant(tokens: string[]): string[] {
  const kept = tokens.filter((t) => t !== '' && !STOP_WORDS.has(t));
  return kept.length > 0 ? kept : tokens;
}

/** The fingerprint key: the distinct normalised tokens, sorted. */
export function fingerprint(name: string): string {
  return fingerprintNormal(normaliseName(name));
}

/** {@link fingerprint} of a name already passed through {@link normaliseName}. */
export function fingerprintNormal(normal: string): string {
  return sortedUnique(normal.split(' '));
}

/** The distinct non-empty `tokens`, sorted and joined by spaces (sorts `tokens` in place). */
function sortedUnique(tokens: string[]): string {
  // Sorted, equal tokens are neighbours: keep the first of each run (and no empty token).
  tokens.sort();
  let kept = 0;
  for (const token of tokens) {
    if (token === '' || (kept > 0 && token === tokens[kept - 1])) continue;
    tokens[kept++] = token;
  }
  tokens.length = kept;
  return tokens.join(' ');
}

/** The three forms of a name the matcher reads: {@link foldName}, {@link normaliseName}, {@link fingerprint}. */
export type NameForms = { readonly folded: string; readonly normal: string; readonly key: string };

const WORD_BREAK = /[^a-z0-9]+/;

/** {@link NameForms} of `name`, the same as the three functions give, in one pass over its tokens. */
export function nameForms(name: string): NameForms {
  // Plain ASCII without "&" (most names): split once instead of folding, then splitting twice.
  if (ASCII.test(name) && !name.includes('&')) {
    const tokens = name.toLowerCase().replace(/\./g, '').split(WORD_BREAK);
    let words = 0;
    for (const token of tokens) if (token !== '') tokens[words++] = token;
    tokens.length = words;
    const folded = tokens.join(' ');
    const kept = significant(tokens);
    const normal = kept.join(' ');
    return { folded, normal, key: sortedUnique(kept) };
  }
  const folded = foldName(name);
  const normal = normaliseFolded(folded);
  return { folded, normal, key: fingerprintNormal(normal) };
}

/** A smelter id in RMI's form `CID` + six digits, or `null` when `id` is not one (e.g. `242332`). */
export function normaliseCid(id: string | null | undefined): string | null {
  if (!id) return null;
  const match = CID.exec(id.trim());
  return match ? `CID${(match[1] ?? '').padStart(6, '0')}` : null;
}

/** Canonical metal key: `Tin`, `Cobalt`, … (case-folded, `Aluminum`/`Aluminium` joined). */
export function metalKey(metal: string | null | undefined): string {
  const folded = (metal ?? '').trim().toLowerCase();
  if (folded === 'aluminium') return 'aluminum';
  return folded;
}

/** Look-up pseudo names that are not smelters: "Smelter not listed", "Smelter not yet identified". */
export function isPlaceholderName(name: string | null | undefined): boolean {
  if (!name) return true;
  return isPlaceholderFolded(foldName(name));
}

/** {@link isPlaceholderName} of a name already passed through {@link foldName}. */
export function isPlaceholderFolded(folded: string): boolean {
  return folded === '' || folded === '0' || folded.startsWith('smelter not') || folded === 'unknown';
}
