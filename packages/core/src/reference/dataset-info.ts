import type { LocalizedText } from '../i18n/locales.js';
import type { DATASET_IDS } from './datasets.generated.js';

/** Id of a bundled reference dataset (folder name under packages/reference-data/data). */
export type DatasetId = (typeof DATASET_IDS)[number];

/** What the licence allows Assay to do with the file. */
export type Redistribution = 'yes' | 'with_attribution' | 'unchanged_only' | 'unclear';

/** Provenance of one bundled dataset edition, for the "About the data" page and result stamps. */
export type DatasetInfo = {
  readonly id: string;
  readonly title: LocalizedText;
  readonly publisher: string;
  readonly edition: string;
  /**
   * Publication date of the edition (ISO: YYYY, YYYY-MM or YYYY-MM-DD; the publisher's file date where
   * no publication date is stated, see the dataset's SOURCE.md). Shown beside every score it feeds.
   */
  readonly editionDate?: string;
  /** ISO date the copy was retrieved. */
  readonly retrieved: string;
  readonly url: string;
  readonly licence: string;
  /** Credit line to show wherever the data is shown. */
  readonly attribution: string;
  readonly redistribution: Redistribution;
  /** Path under packages/reference-data/data. */
  readonly file: string;
  /** sha256 of the data file, as in data/manifest.json. */
  readonly checksum: string;
};

/** One column rule: the cell text must match `pattern`; `required` cells must not be empty. */
export type DatasetColumn = {
  readonly name: string;
  readonly pattern: string;
  readonly required: boolean;
  readonly type: 'string' | 'number' | 'boolean';
};

/** Validation rules of a dataset, generated from its dataset.json (shared with the build step). */
export type DatasetSpec = {
  readonly format: 'csv' | 'json';
  readonly delimiter: string;
  /** Lines before the CSV header (a title line, a blank line). */
  readonly skipLines: number;
  /** JSON only: the property holding the row objects. */
  readonly rowsAt?: string;
  readonly key: readonly string[];
  readonly columns: readonly DatasetColumn[];
  readonly extraColumns: boolean;
  readonly nested?: {
    readonly field: string;
    readonly key: readonly string[];
    readonly columns: readonly DatasetColumn[];
  };
};
