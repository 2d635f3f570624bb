/**
 * @assay/services — the use cases: the core's rules applied to storage. The server's routes and
 * the CLI's commands each call one of these and present the result.
 */
export * from './accounts/branch-members.js';
export * from './accounts/members.js';
export * from './accounts/organisations.js';
export * from './accounts/parse-input.js';
export * from './accounts/sessions.js';
export * from './audit/export-audit-log.js';
export * from './cmr/importer-check.js';
export * from './context.js';
export * from './demo/create-demo.js';
export * from './due-diligence/index.js';
export * from './grievances/index.js';
export * from './maintenance/data-files.js';
export * from './maintenance/housekeeping.js';
export * from './security/failure-throttle.js';
export * from './security/sign-in-throttle.js';
export { hashToken, newToken, safeEqual, sessionCsrfToken } from './security/tokens.js';
export * from './suppliers/register.js';
export * from './suppliers/suppliers.js';
export * from './supply-chain/index.js';
export { nodeInflateRaw } from './templates/node-inflate.js';
