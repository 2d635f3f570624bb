/** The due-diligence workflow (issue #6): the core's rules applied to the organisation's stored data. */
export * from './actions.js';
export * from './assessment.js';
export * from './goals.js';
export { currentYear } from './guard.js';
export * from './material-context.js';
export * from './overview.js';
export * from './policy.js';
export * from './profile.js';
export * from './risks.js';
