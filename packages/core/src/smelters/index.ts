/**
 * Smelters and refiners: name normalisation and fingerprints, Jaro–Winkler, the register (union of
 * the templates' look-up lists and the RMI facility lists) and the matcher with its review queue.
 * Pure: the caller loads and stores the register and the learned aliases.
 */
export { FACILITY_COLUMNS, type Facility, type FacilityIssue, parseFacilityCsv } from './facility-csv.js';
export { jaro, jaroWinkler } from './jaro-winkler.js';
export {
  createSmelterMatcher,
  type LearnedAlias,
  MATCH_STATUSES,
  type MatchCandidate,
  type MatcherOptions,
  type MatchMethod,
  type MatchStatus,
  type SmelterMatch,
  type SmelterMatcher,
  type SmelterQuery,
} from './matcher.js';
export { fingerprint, foldName, isPlaceholderName, metalKey, normaliseCid, normaliseName } from './normalise.js';
export {
  CONFORMANCE_STATUSES,
  type ConformanceStatus,
  type LookupSource,
  mergeLookup,
  type RegisterChanges,
  registerKey,
  type SmelterEntry,
  TEMPLATE_RELEASE_DATES,
} from './register.js';
