/** Dutch texts of the own declaration (issue 13.2); keys as in own-en.ts. */
export const ownNl = {
  'sc.own.q.cmrt.Q1':
    'Wordt er 3TG (tin, tantaal, wolfraam of goud) opzettelijk toegevoegd aan of gebruikt in het product of de producten of in het productieproces?',
  'sc.own.q.cmrt.Q2': 'Blijft er 3TG achter in het product of de producten?',
  'sc.own.q.cmrt.Q3':
    'Betrekt een van de smelterijen in uw toeleveringsketen 3TG uit de betrokken landen (de DR Congo en de aangrenzende landen; begrip van de Amerikaanse SEC, zie de definities in de template)?',
  'sc.own.q.cmrt.Q4': 'Betrekt een van de smelterijen in uw toeleveringsketen 3TG uit conflict- en hoogrisicogebieden?',
  'sc.own.q.cmrt.Q5':
    'Komt 100 procent van de 3TG (nodig voor de werking of de productie van uw producten) uit gerecycled materiaal of schroot?',
  'sc.own.q.cmrt.Q6':
    'Welk percentage van de relevante leveranciers heeft uw vragenlijst over de toeleveringsketen beantwoord?',
  'sc.own.q.cmrt.Q7': 'Hebt u alle smelterijen geïdentificeerd die 3TG aan uw toeleveringsketen leveren?',
  'sc.own.q.cmrt.Q8':
    'Is alle relevante informatie over smelterijen die uw bedrijf heeft ontvangen, in deze verklaring opgenomen?',
  'sc.own.q.cmrt.A': 'Hebt u een beleid voor verantwoorde inkoop van mineralen vastgesteld?',
  'sc.own.q.cmrt.B':
    'Staat uw beleid voor verantwoorde inkoop van mineralen openbaar op uw website? (Zo ja, vermeld de URL in het veld voor de toelichting.)',
  'sc.own.q.cmrt.C':
    'Eist u van uw directe leveranciers dat zij 3TG betrekken van smelterijen waarvan de due-diligencepraktijk is gevalideerd door een onafhankelijk auditprogramma van een derde partij?',
  'sc.own.q.cmrt.D': 'Hebt u due-diligencemaatregelen voor verantwoorde inkoop ingevoerd?',
  'sc.own.q.cmrt.E': 'Ondervraagt uw bedrijf zijn relevante leveranciers over conflictmineralen?',
  'sc.own.q.cmrt.F':
    'Toetst u de due-diligence-informatie die u van uw leveranciers ontvangt aan de verwachtingen van uw bedrijf?',
  'sc.own.q.cmrt.G': 'Omvat uw beoordeling ook het beheer van corrigerende maatregelen?',
  'sc.own.q.cmrt.H': 'Is uw bedrijf verplicht jaarlijks openbaar verslag te doen over conflictmineralen?',
  'sc.own.q.emrt.Q1':
    'Wordt een van de opgegeven mineralen of metalen opzettelijk toegevoegd aan of gebruikt in het product of de producten of in het productieproces?',
  'sc.own.q.emrt.Q2': 'Blijft een van de opgegeven mineralen of metalen achter in het product of de producten?',
  'sc.own.q.emrt.Q3':
    'Betrekt een van de smelterijen of verwerkers in uw toeleveringsketen het opgegeven mineraal of metaal uit conflict- en hoogrisicogebieden? (OESO-richtsnoer voor due diligence, zie de definities in de template)',
  'sc.own.q.emrt.Q4': 'Komt 100 procent van het opgegeven mineraal of metaal uit gerecycled materiaal of schroot?',
  'sc.own.q.emrt.Q5':
    'Welk percentage van de relevante leveranciers heeft uw vragenlijst over de toeleveringsketen beantwoord?',
  'sc.own.q.emrt.Q6':
    'Hebt u alle smelterijen of verwerkers geïdentificeerd die het opgegeven mineraal of metaal aan uw toeleveringsketen leveren?',
  'sc.own.q.emrt.Q7':
    'Is alle relevante informatie over smelterijen of verwerkers die uw bedrijf heeft ontvangen, in deze verklaring opgenomen?',
  'sc.own.q.emrt.A': 'Hebt u een beleid voor verantwoorde inkoop van mineralen vastgesteld?',
  'sc.own.q.emrt.B':
    'Staat uw beleid voor verantwoorde inkoop van mineralen openbaar op uw website? (Zo ja, vermeld de URL in het veld voor de toelichting.)',
  'sc.own.q.emrt.C':
    'Eist u van uw directe leveranciers dat zij de opgegeven mineralen of metalen betrekken van smelterijen waarvan de due-diligencepraktijk is gevalideerd door een onafhankelijk auditprogramma van een derde partij?',
  'sc.own.q.emrt.D': 'Hebt u due-diligencemaatregelen voor verantwoorde inkoop ingevoerd?',
  'sc.own.q.emrt.E':
    'Ondervraagt uw bedrijf zijn relevante leveranciers over de toeleveringsketen van de opgegeven mineralen of metalen?',
  'sc.own.q.emrt.F':
    'Toetst u de due-diligence-informatie die u van uw leveranciers ontvangt aan de verwachtingen van uw bedrijf?',
  'sc.own.q.emrt.G': 'Omvat uw beoordeling ook het beheer van corrigerende maatregelen?',
  'sc.own.ans.yes': 'Ja',
  'sc.own.ans.no': 'Nee',
  'sc.own.ans.unknown': 'Onbekend',
  'sc.own.ans.notDeclaring': 'Niet opgegeven',
  'sc.own.ans.notApplicable': 'Niet van toepassing op deze verklaring',
  'sc.own.ans.drcOnly': 'Alleen de DR Congo',
  'sc.own.ans.indiaMadagascarOnly': 'Alleen India en/of Madagaskar',
  'sc.own.ans.drcAdjoiningOnly': 'Alleen de DR Congo of de aangrenzende landen',
  'sc.own.ans.pct100': '100%',
  'sc.own.ans.pct90': 'Meer dan 90%',
  'sc.own.ans.pct75': 'Meer dan 75%',
  'sc.own.ans.pct50': 'Meer dan 50%',
  'sc.own.ans.pct50orLess': '50% of minder',
  'sc.own.ans.none': 'Geen',
  'sc.own.ans.didNotSurvey': 'Niet ondervraagd',
  'sc.own.ans.surveyCmrt': 'Ja, volgens IPC1755 (bijv. de CMRT)',
  'sc.own.ans.surveyEmrt': 'Ja, volgens IPC1755 (bijv. de EMRT)',
  'sc.own.ans.surveyOther': 'Ja, in een ander formaat (beschrijf het)',
  'sc.own.ans.filingSec': 'Ja, bij de SEC',
  'sc.own.ans.filingEu': 'Ja, bij de EU',
  'sc.own.ans.filingBoth': 'Ja, bij de SEC en de EU',
  'sc.own.ans.whenValidated': 'Ja, zodra meer verwerkers zijn gevalideerd',
  'sc.own.questionLegend': 'Vraag {id}: {text}',
  'sc.own.mineralsHint':
    'Voorgesteld op basis van de antwoorden van uw leveranciers. Waar die verschillen, of een leverancier een vraag openliet, stelt Assay het voorzichtige antwoord voor en toont wie wat antwoordde: u beslist.',
  'sc.own.companyHint':
    'Deze vragen gaan over uw eigen bedrijf: uw beleid, uw due diligence en uw verplichtingen om verslag te doen. Assay neemt ze nooit over uit de antwoorden van uw leveranciers. Het vult alleen in wat het zelf weet, en zegt waarvandaan; de rest beantwoordt u zelf.',
  'sc.own.answerTo': 'Antwoord op vraag {id}',
  'sc.own.proposal':
    'Leveranciers zijn het oneens of lieten dit open. Voorstel: {proposed} (het voorzichtige antwoord). {answers}. U beslist.',
  'sc.own.saidBy': '{supplier}: {answer}',
  'sc.own.notAnswered': 'geen antwoord',
  'sc.own.noProposal': 'niets (geen antwoord is voorzichtig genoeg)',
  'sc.own.noEvidence':
    'Geen enkele template van een leverancier gaat over {mineral}; er is daarom niets voorgesteld: alleen u weet of u het gebruikt.',
  'sc.own.fromPolicy': 'Ingevuld door Assay: versie {version} van uw beleid is goedgekeurd op {date}.',
} as const;
