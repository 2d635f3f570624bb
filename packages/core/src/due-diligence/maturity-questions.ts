import type { CompanyProfile } from './company-profile.schema.js';
import type { MaterialResolver } from './material-families.js';
import { meetsCondition, profileTraits } from './profile-traits.js';
import type { MaturityQuestion } from './questions/maturity-question.js';
import { STEP_1_QUESTIONS } from './questions/step-1-embed.js';
import { STEP_2_QUESTIONS } from './questions/step-2-identify.js';
import { STEP_3_QUESTIONS } from './questions/step-3-act.js';
import { STEP_4_QUESTIONS } from './questions/step-4-track.js';
import { STEP_5_QUESTIONS } from './questions/step-5-communicate.js';
import { STEP_6_QUESTIONS } from './questions/step-6-remediate.js';

/** Version of the questionnaire; stored with each assessment so old scores stay explainable. */
export const QUESTIONNAIRE_VERSION = '2025.1';

/** The full maturity questionnaire, OECD steps 1–6 in order. */
export const MATURITY_QUESTIONS: readonly MaturityQuestion[] = [
  ...STEP_1_QUESTIONS,
  ...STEP_2_QUESTIONS,
  ...STEP_3_QUESTIONS,
  ...STEP_4_QUESTIONS,
  ...STEP_5_QUESTIONS,
  ...STEP_6_QUESTIONS,
];

/** The questions shown to this company: those whose `when` condition the profile meets. */
export function questionsFor(
  profile: CompanyProfile,
  resolve?: MaterialResolver,
  questions: readonly MaturityQuestion[] = MATURITY_QUESTIONS,
): MaturityQuestion[] {
  const traits = profileTraits(profile, resolve);
  return questions.filter((q) => meetsCondition(q.when, traits));
}
