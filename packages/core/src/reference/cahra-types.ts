/** A sub-national area on the EU indicative CAHRA list. */
export type CahraRegion = {
  /** ISO 3166-2 code, e.g. `CD-NK`. */
  readonly code: string;
  readonly name: string;
  readonly conflictAffected: boolean;
  readonly highRisk: boolean;
};

/** A country on the EU indicative CAHRA list, whole or with listed regions. */
export type CahraCountry = {
  readonly iso2: string;
  readonly iso3: string;
  readonly name: string;
  readonly wholeCountry: boolean;
  readonly regions: readonly CahraRegion[];
};
