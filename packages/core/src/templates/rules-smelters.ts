/**
 * Smelter List rules, from the Checker and Assay's own consistency checks.
 * One section of RULES (combined in rules.ts, listed in docs/TEMPLATE-RULES.md).
 */
import type { RuleDefinition } from './rule-definition.js';

export const SMELTER_RULES = [
  // --- Checker and Assay: smelters ----------------------------------------------------------
  {
    code: 'smelters_missing',
    severity: 'error',
    what: 'A mineral in scope has no Smelter List row (and its answers do not exclude it), whatever the comments say.',
    source: 'Checker rows 65–68 (COUNTIF over SmelterIdetifiedForMetal)',
    message: {
      en: '{mineral} is in scope but the Smelter List has no {mineral} smelter.',
      nl: '{mineral} valt binnen de reikwijdte, maar de smelterlijst bevat geen {mineral}-smelter.',
    },
    fix: {
      en: 'Please list the {mineral} smelters on the Smelter List; if some are not yet known, add a row "Smelter not yet identified" for {mineral}. A comment alone does not satisfy the RMI Checker.',
      nl: 'Vermeld de {mineral}-smelters op de Smelter List; zijn ze nog niet bekend, voeg dan voor {mineral} een rij "Smelter not yet identified" toe. Alleen commentaar is voor de RMI Checker niet genoeg.',
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
    code: 'smelter_not_identified',
    severity: 'warning',
    what: 'A "Smelter not yet identified" row: the list of that metal is incomplete.',
    source: 'Assay (Smelter List C pseudo-entry; the Checker accepts it)',
    message: {
      en: 'Smelter List row {row}: a {metal} smelter is "not yet identified"; the {metal} list is incomplete.',
      nl: 'Rij {row} van de smelterlijst: een {metal}-smelter is "not yet identified"; de {metal}-lijst is onvolledig.',
    },
    fix: {
      en: 'Please identify the {metal} smelter of Smelter List row {row} with your suppliers and send an updated template.',
      nl: 'Stel samen met uw leveranciers vast welke {metal}-smelter op rij {row} bedoeld is en stuur een bijgewerkt template.',
    },
  },
  {
    code: 'smelter_country_missing',
    severity: 'warning',
    what: 'A Smelter List row with a smelter id but an empty country.',
    source: 'Assay (Smelter List E is filled by formula from the id; empty means pasted values)',
    message: {
      en: 'Smelter List row {row}: {id} has no smelter country.',
      nl: 'Rij {row} van de smelterlijst: {id} heeft geen land van de smelter.',
    },
    fix: {
      en: 'Please enter the smelter country in Smelter List row {row} (pick the smelter from the look-up to fill it).',
      nl: 'Vul het land van de smelter in op rij {row} (kies de smelter uit de look-up om het te laten invullen).',
    },
  },
  {
    code: 'smelter_id_other_metal',
    severity: 'error',
    what: "A CID that the template's own Smelter Look-up lists for another metal than the row's.",
    source: 'Assay (Smelter Look-up A/E: a CID belongs to one metal)',
    message: {
      en: 'Smelter List row {row}: {value} is a {other} smelter in the look-up list, not a {metal} smelter.',
      nl: 'Rij {row} van de smelterlijst: {value} is volgens de look-uplijst een {other}-smelter, geen {metal}-smelter.',
    },
    fix: {
      en: 'Please check the metal and the smelter id in Smelter List row {row}: one of them is wrong.',
      nl: 'Controleer metaal en smelter-ID op rij {row} van de smelterlijst: een van beide klopt niet.',
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
