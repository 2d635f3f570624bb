/** Table types of the supply-chain migration (0005); joined into `Database` in schema.ts. */

export type SupplierProfilesTable = {
  supplier_id: string;
  organisation_id: string;
  identifier: string | null;
  /** JSON string[]. */
  sites: string;
  /** JSON `{ name, email }[]`. */
  contacts: string;
  /** JSON string[]. */
  cn_codes: string;
  annual_volume: number | null;
  volume_unit: string | null;
  spend: number | null;
  leverage: string | null;
  response_due: string | null;
  updated_at: string;
};

export type SubmissionsTable = {
  id: string;
  organisation_id: string;
  supplier_id: string | null;
  sha256: string;
  file_name: string;
  size: number;
  family: string | null;
  version: string | null;
  company_name: string | null;
  declared_on: string | null;
  status: string;
  errors: number;
  warnings: number;
  /** JSON `Finding[]`. */
  findings: string;
  /** JSON `Declaration`, or null when unreadable. */
  declaration: string | null;
  link_status: string;
  link_score: number;
  suggested_supplier_id: string | null;
  received_at: string;
};

export type SmeltersTable = {
  id: string;
  organisation_id: string;
  smelter_id: string;
  metal_key: string;
  metal: string;
  name: string;
  country: string | null;
  country_name: string | null;
  /** JSON string[]. */
  aliases: string;
  as_of: string | null;
  /** JSON string[]. */
  sources: string;
  conformance: string;
  updated_at: string;
};

export type SmelterLookupSourcesTable = { organisation_id: string; label: string; merged_at: string };

export type SmelterReportsTable = {
  id: string;
  organisation_id: string;
  submission_id: string;
  row: number | null;
  metal: string | null;
  name: string | null;
  country: string | null;
  given_id: string | null;
  match_status: string;
  match_method: string | null;
  match_score: number;
  smelter_ref: string | null;
  /** JSON `{ smelterRef, smelterId, name, score }[]`. */
  candidates: string;
};

export type SmelterAliasesTable = {
  id: string;
  organisation_id: string;
  metal_key: string;
  key: string;
  smelter_id: string;
  created_at: string;
};

/** The reviewed own declaration, one per organisation and template family (0006). */
export type OwnDeclarationsTable = { organisation_id: string; family: string; data: string; updated_at: string };

/** The supply-chain tables by name. */
export type SupplyChainTables = {
  supplier_profiles: SupplierProfilesTable;
  submissions: SubmissionsTable;
  smelters: SmeltersTable;
  smelter_lookup_sources: SmelterLookupSourcesTable;
  smelter_reports: SmelterReportsTable;
  smelter_aliases: SmelterAliasesTable;
  own_declarations: OwnDeclarationsTable;
};
