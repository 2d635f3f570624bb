/**
 * English texts of the own declaration (issue 13.2): every question of the CMRT 6.x and the
 * EMRT 2.x in full (RMI's own English, without the "(*)" markers), the answers of their
 * drop-downs, the minerals, and what the review page says about proposals and their sources.
 */
export const ownEn = {
  'sc.own.q.cmrt.Q1': 'Is any 3TG intentionally added or used in the product(s) or in the production process?',
  'sc.own.q.cmrt.Q2': 'Does any 3TG remain in the product(s)?',
  'sc.own.q.cmrt.Q3':
    'Do any of the smelters in your supply chain source the 3TG from the covered countries? (SEC term, see definitions tab)',
  'sc.own.q.cmrt.Q4':
    'Do any of the smelters in your supply chain source the 3TG from conflict-affected and high-risk areas?',
  'sc.own.q.cmrt.Q5':
    'Does 100 percent of the 3TG (necessary to the functionality or production of your products) originate from recycled or scrap sources?',
  'sc.own.q.cmrt.Q6': 'What percentage of relevant suppliers have provided a response to your supply chain survey?',
  'sc.own.q.cmrt.Q7': 'Have you identified all of the smelters supplying the 3TG to your supply chain?',
  'sc.own.q.cmrt.Q8':
    'Has all applicable smelter information received by your company been reported in this declaration?',
  'sc.own.q.cmrt.A': 'Have you established a responsible minerals sourcing policy?',
  'sc.own.q.cmrt.B':
    'Is your responsible minerals sourcing policy publicly available on your website? (Note – If yes, the user shall specify the URL in the comment field.)',
  'sc.own.q.cmrt.C':
    'Do you require your direct suppliers to source the 3TG from smelters whose due diligence practices have been validated by an independent third party audit program?',
  'sc.own.q.cmrt.D': 'Have you implemented due diligence measures for responsible sourcing?',
  'sc.own.q.cmrt.E': 'Does your company conduct Conflict Minerals survey(s) of your relevant supplier(s)?',
  'sc.own.q.cmrt.F':
    'Do you review due diligence information received from your suppliers against your company’s expectations?',
  'sc.own.q.cmrt.G': 'Does your review process include corrective action management?',
  'sc.own.q.cmrt.H': 'Is your company required to file an annual conflict minerals disclosure?',
  'sc.own.q.emrt.Q1':
    'Is any of the specified mineral/metal intentionally added or used in the product(s) or in the production process?',
  'sc.own.q.emrt.Q2': 'Does any of the specified mineral/metal remain in the product(s)?',
  'sc.own.q.emrt.Q3':
    'Do any of the smelters or processors in your supply chain source the specified mineral/metal from conflict-affected and high-risk areas? (OECD Due Diligence Guidance, see definitions tab)',
  'sc.own.q.emrt.Q4': 'Does 100 percent of the specified mineral/metal originate from recycled or scrap sources?',
  'sc.own.q.emrt.Q5': 'What percentage of relevant suppliers have provided a response to your supply chain survey?',
  'sc.own.q.emrt.Q6':
    'Have you identified all of the smelters or processors supplying the specified minerals/metal to your supply chain?',
  'sc.own.q.emrt.Q7':
    'Has all applicable smelter or processor information received by your company been reported in this declaration?',
  'sc.own.q.emrt.A': 'Have you established a responsible minerals sourcing policy?',
  'sc.own.q.emrt.B':
    'Is your responsible minerals sourcing policy publicly available on your website? (Note – If yes, the user shall specify the URL in the comment field.)',
  'sc.own.q.emrt.C':
    'Do you require your direct suppliers to source the specified minerals/metals from smelters whose due diligence practices have been validated by an independent third-party audit program?',
  'sc.own.q.emrt.D': 'Have you implemented due diligence measures for responsible sourcing?',
  'sc.own.q.emrt.E':
    'Does your company conduct supply chain survey(s) of your relevant supplier(s) on the specified minerals/metals?',
  'sc.own.q.emrt.F':
    'Do you review due diligence information received from your suppliers against your company’s expectations?',
  'sc.own.q.emrt.G': 'Does your review process include corrective action management?',
  'sc.own.ans.yes': 'Yes',
  'sc.own.ans.no': 'No',
  'sc.own.ans.unknown': 'Unknown',
  'sc.own.ans.notDeclaring': 'Not declaring',
  'sc.own.ans.notApplicable': 'Not applicable for this declaration',
  'sc.own.ans.drcOnly': 'DRC only',
  'sc.own.ans.indiaMadagascarOnly': 'India and/or Madagascar only',
  'sc.own.ans.drcAdjoiningOnly': 'DRC or adjoining countries only',
  'sc.own.ans.pct100': '100%',
  'sc.own.ans.pct90': 'Greater than 90%',
  'sc.own.ans.pct75': 'Greater than 75%',
  'sc.own.ans.pct50': 'Greater than 50%',
  'sc.own.ans.pct50orLess': '50% or less',
  'sc.own.ans.none': 'None',
  'sc.own.ans.didNotSurvey': 'Did not survey',
  'sc.own.ans.surveyCmrt': 'Yes, in conformance with IPC1755 (e.g., CMRT)',
  'sc.own.ans.surveyEmrt': 'Yes, in conformance with IPC1755 (e.g. EMRT)',
  'sc.own.ans.surveyOther': 'Yes, using other format (describe)',
  'sc.own.ans.filingSec': 'Yes, with the SEC',
  'sc.own.ans.filingEu': 'Yes, with the EU',
  'sc.own.ans.filingBoth': 'Yes, with the SEC and the EU',
  'sc.own.ans.whenValidated': 'Yes, when more processors are validated',
  'sc.own.questionLegend': 'Question {id}: {text}',
  'sc.own.mineralsHint':
    'Proposed from your suppliers’ answers. Where they differ, or a supplier left a question open, Assay proposes the cautious answer and shows who said what: you decide.',
  'sc.own.companyHint':
    'These questions are about your own company: your policy, your due diligence and your filing duties. Assay never takes them from your suppliers’ answers. It fills in only what it knows itself, and says from where; answer the rest yourself.',
  'sc.own.answerTo': 'Answer to question {id}',
  'sc.own.proposal':
    'Suppliers disagree or left this open. Proposed: {proposed} (the cautious answer). {answers}. You decide.',
  'sc.own.saidBy': '{supplier}: {answer}',
  'sc.own.notAnswered': 'no answer',
  'sc.own.noProposal': 'nothing (no answer is cautious enough)',
  'sc.own.noEvidence':
    'No supplier’s template covers {mineral}, so nothing is proposed: only you know whether you use it.',
  'sc.own.fromPolicy': 'Filled in by Assay: version {version} of your policy was approved on {date}.',
} as const;
