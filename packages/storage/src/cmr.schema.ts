/** The latest EU Conflict Minerals Regulation importer check of an organisation (issue #13). */
export type CmrChecksTable = {
  organisation_id: string;
  /** JSON: the import lines as read (kg), where they came from and how their figures were read. */
  data: string;
  checked_at: string;
};

/** The CMR tables by name. */
export type CmrTables = { cmr_checks: CmrChecksTable };
