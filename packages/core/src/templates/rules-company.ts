/**
 * The Checker's company-information rules.
 * One section of RULES (combined in rules.ts, listed in docs/TEMPLATE-RULES.md).
 */
import type { RuleDefinition } from './rule-definition.js';

export const COMPANY_RULES = [
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
] as const satisfies readonly RuleDefinition[];
