/**
 * The shape of a template layout: which cell holds what, per family and version group. The
 * data lives in `*-layout.ts`; one reader, validator and writer are driven by it, so a new
 * template version is a new layout entry, not a new parser.
 */

/** The four RMI template families. */
export const TEMPLATE_FAMILIES = ['CMRT', 'EMRT', 'CRT', 'AMRT'] as const;
/** One of {@link TEMPLATE_FAMILIES}. */
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number];

/** Canonical answers of a drop-down, in the template's own English spelling. */
export type AnswerSet = readonly string[];

/** Company-information cells on the Declaration sheet (RMI-TEMPLATES §10.1). */
export type CompanyCells = {
  readonly name: string;
  readonly scope: string;
  readonly scopeDescription: string;
  readonly uniqueId: string;
  readonly uniqueIdAuthority: string;
  readonly address: string;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly authorizerName: string;
  readonly authorizerTitle: string;
  readonly authorizerEmail: string;
  readonly authorizerPhone: string;
  readonly date: string;
};

/** How the minerals of the per-mineral questions are laid out. */
export type MineralLayout =
  /** A fixed list: the answer row of mineral i is `headerRow + 1 + i` (CMRT, EMRT 1.x, CRT). */
  | { readonly kind: 'fixed'; readonly minerals: readonly string[] }
  /**
   * Selection cells, each bound to one mineral, answered in alphabetical slots below each
   * question header (EMRT 2.x, §8.2).
   */
  | {
      readonly kind: 'bound';
      readonly cells: readonly { readonly cell: string; readonly mineral: string }[];
      readonly slots: number;
    }
  /**
   * Up to ten typed or chosen names, answered in sorted slots (AMRT, §9.2/§9.3). `otherCells`
   * hold the name of an `Other [specify below]` choice, cell by cell.
   */
  | {
      readonly kind: 'typed';
      readonly cells: readonly string[];
      readonly otherCells?: readonly string[];
      readonly choices?: readonly string[];
      readonly slots: number;
    };

/** A per-mineral question: a header row with the answers below it. */
export type QuestionLayout = {
  readonly id: string;
  readonly headerRow: number;
  readonly answers: AnswerSet;
  /** Fixed layouts only: the minerals this question asks about, when not all (EMRT 1.x Q4: cobalt only). */
  readonly minerals?: readonly string[];
};

/** A company-level question (A, B, …): answer in D, comment in G of `row`. */
export type CompanyQuestionLayout = {
  readonly id: string;
  readonly row: number;
  readonly answers: AnswerSet;
  /** Per-mineral answers below the header (EMRT company question C). */
  readonly perMineral?:
    | {
        readonly kind: 'fixed';
        readonly rows: readonly { readonly mineral: string; readonly row: number; readonly answers: AnswerSet }[];
      }
    | { readonly kind: 'slots'; readonly answers: AnswerSet };
  /** The Checker requires a URL-like comment (LEN > 1) when the answer is Yes. */
  readonly urlWhenYes?: boolean;
};

/** Fields of a Smelter List row. */
export const SMELTER_FIELDS = [
  'smelterIdInput',
  'metal',
  'lookupName',
  'name',
  'country',
  'smelterId',
  'idSource',
  'street',
  'city',
  'state',
  'contactName',
  'contactEmail',
  'nextSteps',
  'mineNames',
  'mineCountry',
  'recycled',
  'comments',
] as const;
/** One of {@link SMELTER_FIELDS}. */
export type SmelterField = (typeof SMELTER_FIELDS)[number];

/** Fields of a Mine List row (EMRT 2.x, AMRT; §8.2). */
export const MINE_FIELDS = [
  'metal',
  'smelterName',
  'name',
  'mineId',
  'idSource',
  'country',
  'street',
  'city',
  'state',
  'contactName',
  'contactEmail',
  'nextSteps',
  'comments',
] as const;
/** One of {@link MINE_FIELDS}. */
export type MineField = (typeof MINE_FIELDS)[number];

/** Fields of a Product List row (§7). */
export const PRODUCT_FIELDS = ['number', 'name', 'requesterNumber', 'requesterName', 'comments'] as const;
/** One of {@link PRODUCT_FIELDS}. */
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** Which answers of Q1/Q2 take a mineral out of scope (the Checker's gating, §6 and §6.1). */
export type Gating = {
  readonly q1Excludes: readonly string[];
  readonly q2Excludes: readonly string[];
};

/** A complete layout for one family and a range of versions. */
export type TemplateLayout = {
  readonly id: string;
  readonly family: TemplateFamily;
  /** Versions whose layout this is, as written in `Declaration!J3`. */
  readonly versions: readonly string[];
  /** Where the facts come from. */
  readonly source: string;
  readonly company: CompanyCells;
  readonly minerals: MineralLayout;
  readonly questions: readonly QuestionLayout[];
  readonly gating: Gating;
  readonly companyQuestions: readonly CompanyQuestionLayout[];
  /** The drop-down stores "100%" as the number 1 (CMRT ≤ 6.22, EMRT 1.x, CRT, AMRT; §3.2). */
  readonly percentIsNumber: boolean;
  /** The Effective Date drop-down's upper bound (Excel serial), when the DV caps it. */
  readonly dateMaxSerial?: number;
  readonly smelterList: {
    readonly firstRow: number;
    readonly lastRow: number;
    readonly columns: Readonly<Partial<Record<SmelterField, string>>>;
    /** Columns whose value the template computes from the Look-up (a cached 0 means empty, §11.5). */
    readonly lookupColumns: readonly SmelterField[];
    readonly versionCell: string;
  };
  readonly mineList?: {
    readonly firstRow: number;
    readonly lastRow: number;
    readonly columns: Readonly<Record<MineField, string>>;
  };
  readonly productList: {
    readonly firstRow: number;
    readonly columns: Readonly<Partial<Record<ProductField, string>>>;
  };
  readonly hasLookup: boolean;
  /** A not-listed smelter row needs a name and country (Checker rule 10). */
  readonly notListedNeedsNameAndCountry: boolean;
};
