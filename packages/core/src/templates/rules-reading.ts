/**
 * Reading the workbook: identifying the template, then reading its values.
 * One section of RULES (combined in rules.ts, listed in docs/TEMPLATE-RULES.md).
 */
import type { RuleDefinition } from './rule-definition.js';

export const READING_RULES = [
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
    code: 'date_ambiguous',
    severity: 'warning',
    what: 'The Effective Date is text such as 03/04/2024 that reads as a valid date day-first and month-first; Assay reads it day-first and shows both.',
    source: 'Instructions (format DD-MMM-YYYY); Assay (RMI-TEMPLATES §12, text dates)',
    message: {
      en: 'The effective date in {cell} ("{value}") can be read two ways: {read} (day first, as read) or {other} (month first).',
      nl: 'De ingangsdatum in {cell} ("{value}") is op twee manieren te lezen: {read} (dag eerst, zo gelezen) of {other} (maand eerst).',
    },
    fix: {
      en: 'Please enter the effective date in {cell} as DD-MMM-YYYY with the month as a word, e.g. 15-Jan-2025.',
      nl: 'Vul de ingangsdatum in {cell} in als DD-MMM-JJJJ met de maand in letters, bijv. 15-Jan-2025.',
    },
  },
  {
    code: 'date_as_text',
    severity: 'warning',
    what: 'The Effective Date is text, not an Excel date (the template validates a date); Assay reads it and says how.',
    source: 'Declaration D22 DV (a date > 31-Dec-2006); RMI-TEMPLATES §12 (text dates)',
    message: {
      en: 'The effective date in {cell} is text ("{value}"), not a date; Assay reads it as {read}.',
      nl: 'De ingangsdatum in {cell} is tekst ("{value}"), geen datum; Assay leest die als {read}.',
    },
    fix: {
      en: 'Please enter the effective date in {cell} as a date (DD-MMM-YYYY, e.g. 15-Jan-2025) so that the template accepts it.',
      nl: 'Vul de ingangsdatum in {cell} in als datum (DD-MMM-JJJJ, bijv. 15-Jan-2025), zodat het template die accepteert.',
    },
  },
  {
    code: 'zero_placeholder',
    severity: 'warning',
    what: 'A literal 0 in an answer cell or an identifying Smelter List cell (metal, look-up, name, country, id): a formula result pasted as a value; read as empty.',
    source: 'Assay (RMI-TEMPLATES §12, pasted formula results)',
    message: {
      en: '{sheet} {cells}: a literal 0, probably a formula result pasted as a value; Assay reads it as empty.',
      nl: '{sheet} {cells}: een losse 0, waarschijnlijk een als waarde geplakte formule-uitkomst; Assay leest dit als leeg.',
    },
    fix: {
      en: 'Please clear {cells} on the {sheet} sheet or enter the real value.',
      nl: 'Maak {cells} op het tabblad {sheet} leeg of vul de echte waarde in.',
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
] as const satisfies readonly RuleDefinition[];
