/**
 * Every finding the template engine can report, as data: stable code, severity, what it checks,
 * where the rule comes from, and the message and suggested fix in English and Dutch. Texts may
 * hold `{placeholders}` filled from the finding's parameters; parameters never carry contact data.
 * docs/TEMPLATE-RULES.md lists this table (a test keeps the two in sync).
 */
import type { Bilingual, Finding } from './declaration.schema.js';

/** One rule definition. */
export type RuleDefinition = {
  readonly code: string;
  readonly severity: Finding['severity'];
  /** One line for the rules table. */
  readonly what: string;
  /** Where the rule comes from (Checker row, instructions, Assay's own consistency check). */
  readonly source: string;
  readonly message: Bilingual;
  readonly fix: Bilingual;
};

/** All rules, in the order of the rules table. */
export const RULES = [
  // --- Reading: identifying the workbook -------------------------------------------------
  {
    code: 'not_a_template',
    severity: 'error',
    what: 'The workbook is not an RMI reporting template (no Declaration / Smelter List sheets or no template title).',
    source: 'RMI-TEMPLATES §11.1',
    message: {
      en: 'This workbook is not an RMI reporting template ({detail}).',
      nl: 'Deze werkmap is geen RMI-rapportagetemplate ({detail}).',
    },
    fix: {
      en: 'Please fill in the official RMI template (e.g. CMRT 6.5) and send it as .xlsx.',
      nl: 'Vul het officiële RMI-template in (bijv. CMRT 6.5) en stuur het als .xlsx.',
    },
  },
  {
    code: 'version_missing',
    severity: 'error',
    what: 'No version label in Declaration!J3, the Smelter List label cell or the Revision sheet.',
    source: 'RMI-TEMPLATES §2.4',
    message: {
      en: 'The template version cannot be found (Declaration!J3 is empty).',
      nl: 'De templateversie is niet te vinden (Declaration!J3 is leeg).',
    },
    fix: {
      en: 'Please use an unmodified RMI template downloaded from responsiblemineralsinitiative.org.',
      nl: 'Gebruik een ongewijzigd RMI-template van responsiblemineralsinitiative.org.',
    },
  },
  {
    code: 'version_unsupported',
    severity: 'error',
    what: 'A template version whose layout Assay does not read (CMRT before 6.0, PRT, CRT before 2.2).',
    source: 'RMI-TEMPLATES §1 (CMRT 6.0 changed the question set), README legacy samples',
    message: {
      en: '{family} {version} is not supported; versions before {minimum} use a different question set and layout.',
      nl: '{family} {version} wordt niet ondersteund; versies vóór {minimum} hebben andere vragen en een andere indeling.',
    },
    fix: {
      en: 'Please fill in the current {family} ({latest}) and send it as .xlsx.',
      nl: 'Vul de actuele {family} ({latest}) in en stuur die als .xlsx.',
    },
  },
  {
    code: 'version_newer',
    severity: 'warning',
    what: 'A version newer than the newest known layout; read with that layout.',
    source: 'RMI-TEMPLATES §1 (newer versions, layout unconfirmed)',
    message: {
      en: '{family} {version} is newer than the versions Assay knows; it was read with the {known} layout. Check the values.',
      nl: '{family} {version} is nieuwer dan de versies die Assay kent; gelezen met de indeling van {known}. Controleer de waarden.',
    },
    fix: { en: 'No action needed from the supplier.', nl: 'Geen actie nodig van de leverancier.' },
  },
  {
    code: 'version_unlisted',
    severity: 'info',
    what: 'A version between known versions; read with the layout of the nearest older one.',
    source: 'RMI-TEMPLATES §7 (the 6.x cell map does not change)',
    message: {
      en: '{family} {version} was read with the {known} layout.',
      nl: '{family} {version} is gelezen met de indeling van {known}.',
    },
    fix: { en: 'No action needed from the supplier.', nl: 'Geen actie nodig van de leverancier.' },
  },
  {
    code: 'layout_mismatch',
    severity: 'warning',
    what: "A label cell's L-sheet key does not carry the expected English text: rows may have been inserted or deleted.",
    source: 'RMI-TEMPLATES §11.2 (verify anchors via L)',
    message: {
      en: 'The label at {sheet}!{cell} is not the expected "{expected}"; the template may have been modified.',
      nl: 'Het label in {sheet}!{cell} is niet het verwachte "{expected}"; het template is mogelijk gewijzigd.',
    },
    fix: {
      en: 'Please copy your answers into an unmodified RMI template (do not insert or delete rows) and send it again.',
      nl: 'Neem de antwoorden over in een ongewijzigd RMI-template (voeg geen rijen in of toe) en stuur het opnieuw.',
    },
  },
  // --- Reading: values ----------------------------------------------------------------------
  {
    code: 'answer_not_in_list',
    severity: 'warning',
    what: 'An answer that is not one of the drop-down values of that question (also the Smelter List "100% recycled" column).',
    source:
      'Declaration data validations (e.g. CMRT 6.4 D26:E29 → B96:B97); Smelter List recycled DV (AH2:AH4, AMRT Z2:Z4)',
    message: {
      en: 'The answer "{value}" in {cell} is not one of the allowed answers ({allowed}).',
      nl: 'Het antwoord "{value}" in {cell} is geen toegestaan antwoord ({allowed}).',
    },
    fix: {
      en: 'Please choose one of the answers from the drop-down list in {cell}.',
      nl: 'Kies in {cell} een antwoord uit de keuzelijst.',
    },
  },
  {
    code: 'date_unreadable',
    severity: 'error',
    what: 'The Effective Date is filled but is neither an Excel date nor a recognisable date text.',
    source: 'Instructions (format DD-MMM-YYYY); Declaration D22 DV',
    message: {
      en: 'The effective date in {cell} ("{value}") is not a date.',
      nl: 'De ingangsdatum in {cell} ("{value}") is geen datum.',
    },
    fix: {
      en: 'Please enter the effective date in {cell} as DD-MMM-YYYY, e.g. 15-Jan-2025.',
      nl: 'Vul de ingangsdatum in {cell} in als DD-MMM-JJJJ, bijv. 15-Jan-2025.',
    },
  },
  {
    code: 'mineral_unrecognised',
    severity: 'info',
    what: 'An AMRT mineral name that is not one of the known mineral names (kept as written).',
    source: 'AMRT 1.2 D12:I13 (free text), AMRT 1.3 B68:B80',
    message: {
      en: 'The mineral "{value}" in {cell} is not a known mineral name.',
      nl: 'Het mineraal "{value}" in {cell} is geen bekende naam.',
    },
    fix: {
      en: 'Please use the English mineral name in {cell}.',
      nl: 'Gebruik de Engelse naam van het mineraal in {cell}.',
    },
  },
  // --- Checker: company information ---------------------------------------------------------
  {
    code: 'required_missing',
    severity: 'error',
    what: 'A required company field is empty: name, scope, contact name/e-mail/phone, authorizer, authorizer e-mail, effective date.',
    source: 'Checker rows 4–12 (CMRT 6.x; same rule in every family, §6.1)',
    message: { en: 'Required field "{field}" ({cell}) is empty.', nl: 'Verplicht veld "{field}" ({cell}) is leeg.' },
    fix: { en: 'Please fill in "{field}" in Declaration!{cell}.', nl: 'Vul "{field}" in op Declaration!{cell}.' },
  },
  {
    code: 'scope_invalid',
    severity: 'error',
    what: 'The Declaration Scope is not one of A. Company, B. Product (or List of Products), C. User defined.',
    source: 'Declaration D9 DV ($P$9:$R$9)',
    message: {
      en: 'The declaration scope "{value}" in {cell} is not one of A, B or C.',
      nl: 'De reikwijdte "{value}" in {cell} is niet A, B of C.',
    },
    fix: {
      en: 'Please choose the declaration scope from the drop-down in {cell}.',
      nl: 'Kies de reikwijdte uit de keuzelijst in {cell}.',
    },
  },
  {
    code: 'scope_description_missing',
    severity: 'error',
    what: 'Scope C (user defined) requires a Description of Scope.',
    source: 'Checker row 6',
    message: {
      en: 'Scope C (user defined) needs a description of scope in {cell}.',
      nl: 'Reikwijdte C (zelf gedefinieerd) vraagt een omschrijving in {cell}.',
    },
    fix: {
      en: 'Please describe the scope of the declaration in Declaration!{cell}.',
      nl: 'Omschrijf de reikwijdte van de verklaring in Declaration!{cell}.',
    },
  },
  {
    code: 'email_missing_at',
    severity: 'error',
    what: 'A contact or authorizer e-mail without "@".',
    source: 'Checker rows for D16/D20 (FIND("@"))',
    message: {
      en: 'The {field} in {cell} is not an e-mail address (no "@").',
      nl: 'Het veld {field} in {cell} is geen e-mailadres (geen "@").',
    },
    fix: {
      en: 'Please enter a valid e-mail address in Declaration!{cell}.',
      nl: 'Vul een geldig e-mailadres in op Declaration!{cell}.',
    },
  },
  {
    code: 'email_malformed',
    severity: 'warning',
    what: 'An e-mail with "@" that is still not well formed (e.g. a comma for a dot, spaces).',
    source: 'Assay (beyond the Checker, RMI-TEMPLATES §12)',
    message: {
      en: 'The {field} in {cell} is not a well-formed e-mail address.',
      nl: 'Het veld {field} in {cell} is geen geldig e-mailadres.',
    },
    fix: {
      en: 'Please check the e-mail address in Declaration!{cell}.',
      nl: 'Controleer het e-mailadres in Declaration!{cell}.',
    },
  },
  {
    code: 'date_implausible',
    severity: 'warning',
    what: 'An effective date before 31-Dec-2006 (the DV minimum) or in the future.',
    source: 'Declaration D22 DV (> 39082); Assay',
    message: {
      en: 'The effective date {value} in {cell} is not plausible ({detail}).',
      nl: 'De ingangsdatum {value} in {cell} is niet plausibel ({detail}).',
    },
    fix: {
      en: 'Please check the effective date in Declaration!{cell}.',
      nl: 'Controleer de ingangsdatum op Declaration!{cell}.',
    },
  },
  {
    code: 'date_after_template_limit',
    severity: 'warning',
    what: "An effective date after the template's own DV cap (31-Mar-2026 in CMRT ≤ 6.22, EMRT, CRT, AMRT): the file was edited outside Excel or the template is outdated.",
    source: 'Declaration D22/D26/D24/D27 DV (between 39082 and 46112)',
    message: {
      en: 'The effective date {value} is later than this template version allows (31-Mar-2026).',
      nl: 'De ingangsdatum {value} is later dan deze templateversie toestaat (31-03-2026).',
    },
    fix: {
      en: 'Please use the current version of the {family} template.',
      nl: 'Gebruik de actuele versie van het {family}-template.',
    },
  },
  // --- Checker: questions ------------------------------------------------------------------
  {
    code: 'minerals_none_selected',
    severity: 'error',
    what: 'No mineral selected in scope (EMRT 2.x, AMRT).',
    source: 'Checker row 4–5 of EMRT 2.x / AMRT (B30 non-empty)',
    message: {
      en: 'No mineral is selected in the declaration scope.',
      nl: 'Er is geen mineraal geselecteerd in de reikwijdte.',
    },
    fix: {
      en: 'Please select the minerals in scope on the Declaration sheet ({cell}).',
      nl: 'Selecteer de minerale grondstoffen in de reikwijdte op het Declaration-blad ({cell}).',
    },
  },
  {
    code: 'answer_missing',
    severity: 'error',
    what: 'A required per-mineral answer is empty (Q1 always; Q2 unless Q1 excludes the mineral; later questions unless Q1/Q2 exclude it).',
    source: 'Checker rows 14–52 (CMRT); §6.1 gating for EMRT, CRT, AMRT',
    message: {
      en: 'Question {question} for {mineral} ({cell}) is not answered.',
      nl: 'Vraag {question} voor {mineral} ({cell}) is niet beantwoord.',
    },
    fix: {
      en: 'Please answer question {question} for {mineral} in Declaration!{cell}.',
      nl: 'Beantwoord vraag {question} voor {mineral} op Declaration!{cell}.',
    },
  },
  {
    code: 'company_answer_missing',
    severity: 'error',
    what: 'A company-level question (A–H / A–G / A–I) is empty while some mineral is in scope.',
    source: 'Checker rows 54–63 (CMRT); §6.1',
    message: {
      en: 'Company question {question} ({cell}) is not answered.',
      nl: 'Bedrijfsvraag {question} ({cell}) is niet beantwoord.',
    },
    fix: {
      en: 'Please answer question {question} in Declaration!{cell}.',
      nl: 'Beantwoord vraag {question} op Declaration!{cell}.',
    },
  },
  {
    code: 'policy_url_missing',
    severity: 'error',
    what: 'The policy question answered Yes without the URL in its comment.',
    source: 'Checker row 56 (CMRT G77); EMRT G71/G117; CRT G63',
    message: {
      en: 'Question {question} is "Yes" but the comment {cell} does not give the URL.',
      nl: 'Vraag {question} is "Yes" maar het commentaar {cell} geeft geen URL.',
    },
    fix: {
      en: 'Please enter the URL of the published policy in Declaration!{cell}.',
      nl: 'Vul de URL van het gepubliceerde beleid in op Declaration!{cell}.',
    },
  },
  {
    code: 'products_missing',
    severity: 'error',
    what: 'Scope B (products) without any product on the Product List.',
    source: 'Checker row 64 (Product List!B6)',
    message: {
      en: 'The scope is "B. Product" but the Product List is empty.',
      nl: 'De reikwijdte is "B. Product" maar de productlijst is leeg.',
    },
    fix: {
      en: 'Please list the products this declaration covers on the Product List sheet (from B6).',
      nl: 'Vermeld de producten van deze verklaring op het blad Product List (vanaf B6).',
    },
  },
  {
    code: 'product_number_missing',
    severity: 'info',
    what: 'A Product List row with a name or comment but no product number.',
    source: 'Product List B5 "(*)"; RMI-TEMPLATES §12',
    message: {
      en: 'Product List row {row} has no product number.',
      nl: 'Rij {row} van de productlijst heeft geen productnummer.',
    },
    fix: {
      en: 'Please fill in the product number in Product List!B{row}.',
      nl: 'Vul het productnummer in op Product List!B{row}.',
    },
  },
  // --- Checker and Assay: smelters ----------------------------------------------------------
  {
    code: 'smelters_missing',
    severity: 'error',
    what: 'A mineral in scope has no Smelter List row (and its answers do not exclude it).',
    source: 'Checker rows 65–68 (COUNTIF over SmelterIdetifiedForMetal)',
    message: {
      en: '{mineral} is in scope but the Smelter List has no {mineral} smelter.',
      nl: '{mineral} valt binnen de reikwijdte, maar de smelterlijst bevat geen {mineral}-smelter.',
    },
    fix: {
      en: 'Please list the {mineral} smelters on the Smelter List, or explain in the Declaration why none are listed.',
      nl: 'Vermeld de {mineral}-smelters op de Smelter List, of leg op de Declaration uit waarom er geen zijn.',
    },
  },
  {
    code: 'smelters_missing_explained',
    severity: 'warning',
    what: 'A mineral in scope without Smelter List rows, but with a comment on its answers that may explain why.',
    source: 'Checker rows 65–68; RMI instructions (explain in the comments)',
    message: {
      en: '{mineral} is in scope and the Smelter List has no {mineral} smelter; the comments on its answers may explain why.',
      nl: '{mineral} valt binnen de reikwijdte en de smelterlijst bevat geen {mineral}-smelter; het commentaar bij de antwoorden verklaart mogelijk waarom.',
    },
    fix: {
      en: 'Please list the {mineral} smelters on the Smelter List, or confirm that none can be identified yet.',
      nl: 'Vermeld de {mineral}-smelters op de Smelter List, of bevestig dat er nog geen te identificeren zijn.',
    },
  },
  {
    code: 'smelter_not_listed_incomplete',
    severity: 'error',
    what: 'A "Smelter not listed" row without smelter name (D) or country (E).',
    source: 'Checker row 69 (Smelter List X column)',
    message: {
      en: 'Smelter List row {row} is "Smelter not listed" but lacks the smelter name or country.',
      nl: 'Rij {row} van de smelterlijst is "Smelter not listed" maar mist de naam of het land.',
    },
    fix: {
      en: 'Please enter the smelter name and country in Smelter List row {row}.',
      nl: 'Vul naam en land van de smelter in op rij {row} van de smelterlijst.',
    },
  },
  {
    code: 'smelter_metal_missing',
    severity: 'error',
    what: 'A Smelter List row with data but no metal.',
    source: 'Smelter List B "Metal (*)"',
    message: { en: 'Smelter List row {row} has no metal.', nl: 'Rij {row} van de smelterlijst heeft geen metaal.' },
    fix: {
      en: 'Please choose the metal in Smelter List row {row}.',
      nl: 'Kies het metaal op rij {row} van de smelterlijst.',
    },
  },
  {
    code: 'smelter_metal_unknown',
    severity: 'warning',
    what: 'A smelter metal that is not a mineral of this declaration.',
    source: 'Smelter List metal DV (Metal / SmelterdropX / listIndex2)',
    message: {
      en: 'Smelter List row {row}: "{value}" is not a mineral of this declaration.',
      nl: 'Rij {row} van de smelterlijst: "{value}" is geen mineraal van deze verklaring.',
    },
    fix: {
      en: 'Please choose the metal from the drop-down in Smelter List row {row}.',
      nl: 'Kies het metaal uit de keuzelijst op rij {row} van de smelterlijst.',
    },
  },
  {
    code: 'smelter_name_missing',
    severity: 'error',
    what: 'A Smelter List row with a metal but no smelter (neither look-up name, name nor id).',
    source: 'Smelter List C "Smelter Look-up (*)"',
    message: {
      en: 'Smelter List row {row} has a metal but no smelter.',
      nl: 'Rij {row} van de smelterlijst heeft een metaal maar geen smelter.',
    },
    fix: {
      en: 'Please choose the smelter in Smelter List row {row}, or delete the row.',
      nl: 'Kies de smelter op rij {row} van de smelterlijst, of verwijder de rij.',
    },
  },
  {
    code: 'smelter_id_malformed',
    severity: 'error',
    what: 'A smelter id that is not in the CID format (CID + 6 digits).',
    source: 'Smelter Look-up column E; RMI-TEMPLATES §5',
    message: {
      en: 'Smelter List row {row}: the smelter id "{value}" is not a CID (CID + 6 digits).',
      nl: 'Rij {row} van de smelterlijst: de smelter-ID "{value}" is geen CID (CID + 6 cijfers).',
    },
    fix: {
      en: 'Please enter the RMI smelter id (e.g. CID001234) in Smelter List row {row}, or pick the smelter from the look-up.',
      nl: 'Vul de RMI smelter-ID in (bijv. CID001234) op rij {row}, of kies de smelter uit de look-up.',
    },
  },
  {
    code: 'smelter_id_not_in_lookup',
    severity: 'warning',
    what: "A CID that the template's own Smelter Look-up does not list for that metal.",
    source: 'Assay (the Checker does not check CIDs, RMI-TEMPLATES §6)',
    message: {
      en: "Smelter List row {row}: {value} is not a {metal} smelter in this template's look-up list.",
      nl: 'Rij {row}: {value} staat niet als {metal}-smelter in de look-uplijst van dit template.',
    },
    fix: {
      en: 'Please check the smelter id in Smelter List row {row} against the current template.',
      nl: 'Controleer de smelter-ID op rij {row} tegen het actuele template.',
    },
  },
  {
    code: 'smelter_name_mismatch',
    severity: 'warning',
    what: 'The look-up name is not a name the Look-up lists for that CID.',
    source: 'Assay (Smelter Look-up B/C by CID)',
    message: {
      en: 'Smelter List row {row}: "{value}" is not a name of {id} in the look-up list.',
      nl: 'Rij {row}: "{value}" is geen naam van {id} in de look-uplijst.',
    },
    fix: {
      en: 'Please check that the smelter name and id in Smelter List row {row} belong together.',
      nl: 'Controleer of smelternaam en -ID op rij {row} bij elkaar horen.',
    },
  },
  {
    code: 'smelter_country_mismatch',
    severity: 'warning',
    what: 'The smelter country differs from the country the Look-up gives for that CID.',
    source: 'Assay (Smelter Look-up D by CID)',
    message: {
      en: 'Smelter List row {row}: country "{value}" differs from the look-up list ({expected}).',
      nl: 'Rij {row}: land "{value}" wijkt af van de look-uplijst ({expected}).',
    },
    fix: {
      en: 'Please check the smelter country in Smelter List row {row}.',
      nl: 'Controleer het land van de smelter op rij {row}.',
    },
  },
  {
    code: 'smelter_country_unrecognised',
    severity: 'warning',
    what: 'A smelter country that is not a country name of the template list (sheet C) or a known variant.',
    source: "Smelter List E DV (CL = 'C'!$B$2:$B$250)",
    message: {
      en: 'Smelter List row {row}: "{value}" is not a recognised country.',
      nl: 'Rij {row}: "{value}" is geen herkend land.',
    },
    fix: {
      en: 'Please choose the country from the drop-down in Smelter List row {row}.',
      nl: 'Kies het land uit de keuzelijst op rij {row} van de smelterlijst.',
    },
  },
  {
    code: 'smelter_lookup_name_unknown',
    severity: 'warning',
    what: 'A look-up name without CID that the Look-up does not list for that metal.',
    source: 'Smelter List C DV (SN)',
    message: {
      en: 'Smelter List row {row}: "{value}" is not in the {metal} look-up list.',
      nl: 'Rij {row}: "{value}" staat niet in de look-uplijst voor {metal}.',
    },
    fix: {
      en: 'Please pick the smelter from the drop-down in Smelter List row {row}, or choose "Smelter not listed" and fill in name and country.',
      nl: 'Kies de smelter uit de keuzelijst op rij {row}, of kies "Smelter not listed" en vul naam en land in.',
    },
  },
  {
    code: 'smelter_duplicate',
    severity: 'warning',
    what: 'Two Smelter List rows that are identical in every column.',
    source: 'Assay (RMI-TEMPLATES §12, duplicates)',
    message: {
      en: 'Smelter List row {row} duplicates row {other}.',
      nl: 'Rij {row} van de smelterlijst is gelijk aan rij {other}.',
    },
    fix: {
      en: 'Please remove the duplicate row {row} from the Smelter List.',
      nl: 'Verwijder de dubbele rij {row} uit de smelterlijst.',
    },
  },
  {
    code: 'smelter_repeated',
    severity: 'info',
    what: 'The same (metal, CID) on several rows, e.g. one row per mine; consolidate by (metal, CID).',
    source: 'RMI-TEMPLATES §12 (one row per mine)',
    message: { en: '{id} ({metal}) appears on {count} rows.', nl: '{id} ({metal}) staat op {count} rijen.' },
    fix: {
      en: 'No action needed if each row names a different mine.',
      nl: 'Geen actie nodig als elke rij een andere mijn noemt.',
    },
  },
  {
    code: 'smelter_for_excluded_mineral',
    severity: 'info',
    what: 'Smelter rows for a mineral that the answers exclude (Q1/Q2 = No).',
    source: 'Assay (consistency between answers and list)',
    message: {
      en: 'The Smelter List names {count} {mineral} smelter(s) although {mineral} is declared out of scope.',
      nl: 'De smelterlijst noemt {count} {mineral}-smelter(s), terwijl {mineral} buiten de reikwijdte is verklaard.',
    },
    fix: {
      en: 'Please check the answers to questions 1 and 2 for {mineral}.',
      nl: 'Controleer de antwoorden op vraag 1 en 2 voor {mineral}.',
    },
  },
] as const satisfies readonly RuleDefinition[];

/** A rule code. */
export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE = new Map<string, RuleDefinition>(RULES.map((r) => [r.code, r]));

/** The definition of a rule. */
export function ruleFor(code: RuleCode): RuleDefinition {
  const rule = BY_CODE.get(code);
  if (!rule) throw new Error(`unknown rule ${code}`);
  return rule;
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

/** Where a finding points, and the values its texts need. */
export type FindingAt = {
  readonly sheet?: string | null;
  readonly cell?: string | null;
  readonly params?: Readonly<Record<string, string | number>>;
};

/** Builds a finding from its rule; `cell`/`sheet` are also available as `{cell}`/`{sheet}`. */
export function makeFinding(code: RuleCode, at: FindingAt = {}): Finding {
  const rule = ruleFor(code);
  const params = { sheet: at.sheet ?? '', cell: at.cell ?? '', ...at.params };
  return {
    severity: rule.severity,
    code: rule.code,
    sheet: at.sheet ?? null,
    cell: at.cell ?? null,
    message: { en: fill(rule.message.en, params), nl: fill(rule.message.nl, params) },
    fix: { en: fill(rule.fix.en, params), nl: fill(rule.fix.nl, params) },
  };
}
