/**
 * The comparison form of a name typed by a user or listed in a dataset: no diacritics, one kind of
 * apostrophe, lower case, trimmed ("Côte d’Ivoire" and "cote d'ivoire " compare equal).
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .trim();
}
