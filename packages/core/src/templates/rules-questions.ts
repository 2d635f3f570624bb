/**
 * The Checker's rules for the minerals and the per-mineral and company questions.
 * One section of RULES (combined in rules.ts, listed in docs/TEMPLATE-RULES.md).
 */
import type { RuleDefinition } from './rule-definition.js';

export const QUESTION_RULES = [
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
] as const satisfies readonly RuleDefinition[];
