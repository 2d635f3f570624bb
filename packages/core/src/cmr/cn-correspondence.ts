/**
 * CN correspondence for Annex I of Regulation (EU) 2017/821. The Annex is written in the Combined
 * Nomenclature of 2017–2020; importers declare today's codes. Each entry maps a code created by a
 * later CN edition to the Annex I line that covers its goods (or to none), with the act that made
 * the change. Entries not checked against the Official Journal text say so (`verified: false`).
 */

/** The act that brought in a CN edition, with how far Assay has checked it. */
export type CnSource = {
  readonly edition: number;
  /** The Commission Implementing Regulation amending Annex I to Council Regulation (EEC) No 2658/87. */
  readonly act: string;
  /** Where Assay saw the codes (secondary copies, when the primary text was not read). */
  readonly seenIn: string;
  /** True only when the codes were checked against the Official Journal text. */
  readonly verified: boolean;
};

export const CN_2022: CnSource = {
  edition: 2022,
  act: 'Commission Implementing Regulation (EU) 2021/1832 of 12 October 2021 amending Annex I to Council Regulation (EEC) No 2658/87 (CN 2022; follows the HS 2022 amendments)',
  seenIn:
    'CN 2021 and CN 2023 chapter 81 tables at conex.net (CN8, 2021/sl/81 and 2023/bg/81) and the Lithuanian customs TARIC explanatory notes of 22.11.2021; not checked against the OJ text',
  verified: false,
};

/** A code of a later CN edition and the Annex I line (printed CN code) its goods fall under. */
export type CnChange = {
  /** The code as it is declared today. */
  readonly code: string;
  readonly description: string;
  /** The Annex I line's printed CN code, or null when the goods are not in Annex I. */
  readonly annexCnCode: string | null;
  /** The code(s) of CN 2017–2021 the goods were declared under before. */
  readonly previousCodes: readonly string[];
  readonly source: CnSource;
};

/** A heading whose subdivisions a later CN edition restructured: its current codes are all listed below. */
export type RestructuredHeading = {
  readonly heading: string;
  readonly currentCodes: readonly string[];
  readonly source: CnSource;
};

export const CN_CHANGES: readonly CnChange[] = [
  {
    code: '8103 91 00',
    description: 'Tantalum crucibles',
    annexCnCode: '8103 90',
    previousCodes: ['8103 90 90'],
    source: CN_2022,
  },
  {
    code: '8103 99 10',
    description:
      'Tantalum bars and rods, other than those obtained simply by sintering, profiles, wire, plates, sheets, strip and foil',
    annexCnCode: '8103 90',
    previousCodes: ['8103 90 10'],
    source: CN_2022,
  },
  {
    code: '8103 99 90',
    description: 'Other articles of tantalum',
    annexCnCode: '8103 90',
    previousCodes: ['8103 90 90'],
    source: CN_2022,
  },
];

export const RESTRUCTURED_HEADINGS: readonly RestructuredHeading[] = [
  {
    heading: '8103',
    currentCodes: ['8103 20 00', '8103 30 00', '8103 91 00', '8103 99 10', '8103 99 90'],
    source: CN_2022,
  },
];

const digitsOf = (code: string) => code.replace(/[\s.]/g, '');

/** The entry's code without trailing `00` pairs below six digits: `8103 91 00` covers `810391…`. */
function coveringDigits(change: CnChange): string {
  let d = digitsOf(change.code);
  while (d.length > 6 && d.endsWith('00')) d = d.slice(0, -2);
  return d;
}

/**
 * The change a declared code falls under: the entry whose code it starts with, or, for a shorter code
 * (at least six digits), the entries under it when they all lead to the same Annex I line.
 */
export function findCnChange(digits: string, table: readonly CnChange[] = CN_CHANGES): CnChange | undefined {
  const covering = table
    .filter((c) => digits.startsWith(coveringDigits(c)))
    .sort((a, b) => coveringDigits(b).length - coveringDigits(a).length)[0];
  if (covering) return covering;
  if (digits.length < 6) return undefined;
  const under = table.filter((c) => digitsOf(c.code).startsWith(digits));
  const first = under[0];
  return first && under.every((c) => c.annexCnCode === first.annexCnCode) ? first : undefined;
}

/** Codes of CN 2017–2021 that a later edition replaced, with their successors (for a note). */
export function successorsOf(digits: string, table: readonly CnChange[] = CN_CHANGES): CnChange[] {
  return table.filter((c) =>
    c.previousCodes.some((p) => digitsOf(p).startsWith(digits) || digits.startsWith(digitsOf(p))),
  );
}

/** The restructured heading a code belongs to, when the code is not one of its current codes. */
export function unknownUnderRestructured(
  digits: string,
  headings: readonly RestructuredHeading[] = RESTRUCTURED_HEADINGS,
): RestructuredHeading | undefined {
  const heading = headings.find((h) => digits.startsWith(h.heading));
  if (!heading) return undefined;
  const known = heading.currentCodes.some((c) => {
    const d = digitsOf(c);
    return digits.startsWith(d) || d.startsWith(digits);
  });
  return known ? undefined : heading;
}
