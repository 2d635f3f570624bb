/**
 * Due diligence: the pure domain core of the OECD six-step cycle for companies in the metal chain.
 *
 * - Company profile → plan of approach (`planApproach`): steps, instruments, EU Conflict Minerals
 *   Regulation scope, RMI templates, recycler steps and the first three actions.
 * - Maturity self-assessment (`questionsFor`, `scoreAssessment`), method in docs/MATURITY-METHOD.md.
 * - Improvement plan (`proposeGoals`): SMART goals from the weakest answers.
 * - Model policy (`buildModelPolicy`, `policyDocument`, `renderPolicyHtml`): Dutch/English sections, editable,
 *   versioned; `policyDocument` is the neutral document the HTML and PDF exports render.
 * - Action plans: action and escalation schemas, the action state machine (`transitionAction`),
 *   effectiveness reviews, `dueThisMonth` and `dashboardSummary`.
 *
 * Everything is data with stable ids and Dutch/English texts; no I/O, time comes in as a `Clock`.
 */
export * from './actions/action.schema.js';
export * from './actions/action-transitions.js';
export * from './actions/dashboard-summary.js';
export * from './actions/due-this-month.js';
export * from './actions/effectiveness-review.schema.js';
export * from './actions/escalation.schema.js';
export * from './actions/evaluate-indicators.js';
export * from './answer-scale.js';
export * from './chain-positions.js';
export * from './clock.js';
export * from './company-profile.schema.js';
export * from './eu-cmr-scope.js';
export * from './example-profiles.js';
export * from './instruments.js';
export * from './material-families.js';
export * from './maturity-answer.schema.js';
export * from './maturity-levels.js';
export * from './maturity-questions.js';
export * from './oecd-steps.js';
export * from './owner-roles.js';
export * from './plan-approach.js';
export * from './policy/build-policy.js';
export * from './policy/model-policy.schema.js';
export * from './policy/policy-document.js';
export * from './policy/render-policy-html.js';
export * from './profile-traits.js';
export * from './propose-goals.js';
export type { ImprovementTemplate, MaturityQuestion, QuestionWeight } from './questions/maturity-question.js';
export * from './score-assessment.js';
export * from './size-bands.js';
export * from './template-expectations.js';
