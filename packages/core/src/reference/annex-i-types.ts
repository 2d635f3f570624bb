/** One line of Annex I to Regulation (EU) 2017/821 (consolidated text 02017R0821-20201119). */
export type AnnexILine = {
  /** `A` minerals, `B` metals. */
  readonly part: 'A' | 'B' | string;
  /** Running number in Annex order (ours, not printed in the Annex). */
  readonly row: number;
  readonly description: string;
  /** CN code as printed, e.g. `2609 00 00`, `ex 2615 90 00`, `8001`, `ex 7108`. */
  readonly cnCode: string;
  /** TARIC subdivision for `ex` lines that have one, e.g. `10`. */
  readonly taricSubdivision: string | null;
  /** Annual import volume threshold in kg (Art. 1(3)). */
  readonly thresholdKg: number;
  /** True when the threshold is confirmed by two independent sources; false = one copy of the consolidated text only. */
  readonly verified: boolean;
  /** Which sources confirm which fields (see data/eu-2017-821-annex-i/SOURCE.md). */
  readonly confirmedBy: string;
  readonly notes: string;
};
