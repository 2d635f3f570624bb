import {
  ANSWER_LEVELS,
  AppError,
  type AssessmentScore,
  type CompanyProfile,
  type MaturityAnswer,
  type MaturityQuestion,
  maturityAnswersSchema,
  QUESTIONNAIRE_VERSION,
  questionsFor,
  scoreAssessment,
} from '@assay/core';
import { z } from 'zod';
import { parseInput } from '../accounts/parse-input.js';
import type { OrgActor, ServiceContext } from '../context.js';
import { assertMayEdit, currentYear, isoDay } from './guard.js';
import { resolveMaterial } from './material-context.js';
import { requireProfile } from './profile.js';

/** One year of the history: enough for the table and the trend line. */
export type AssessmentYear = {
  year: number;
  overall: number | null;
  complete: boolean;
  questionnaireVersion: string;
};

/** Everything the assessment page shows for one year. */
export type AssessmentView = {
  year: number;
  profile: CompanyProfile;
  questions: MaturityQuestion[];
  answers: MaturityAnswer[];
  score: AssessmentScore;
  history: AssessmentYear[];
  updatedAt: string | null;
};

/** What the form sends: per question a level (or nothing yet) and an evidence note. */
const answersInput = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.string().min(1).max(100),
        level: z.enum(ANSWER_LEVELS).optional(),
        evidence: z.string().trim().max(4000).optional(),
      }),
    )
    .max(500),
});

/** Scores answers against the questions this profile is shown (scores are never stored). */
function scoreFor(profile: CompanyProfile, answers: readonly MaturityAnswer[]) {
  const questions = questionsFor(profile, resolveMaterial);
  return { questions, score: scoreAssessment(questions, answers) };
}

/** Every stored year with its overall score, oldest first. */
export async function assessmentHistory(ctx: ServiceContext, actor: OrgActor): Promise<AssessmentYear[]> {
  const stored = await ctx.store.profiles.get(actor.organisationId);
  if (!stored) return [];
  const all = await ctx.store.assessments.list(actor.organisationId);
  return all.map((a) => {
    const { score } = scoreFor(stored.profile, a.answers);
    return {
      year: a.year,
      overall: score.overall,
      complete: score.complete,
      questionnaireVersion: a.questionnaireVersion,
    };
  });
}

/** The assessment of `year` (default: this year), scored now. */
export async function getAssessment(ctx: ServiceContext, actor: OrgActor, year?: number): Promise<AssessmentView> {
  const profile = await requireProfile(ctx, actor);
  const which = year ?? currentYear(ctx.now());
  const stored = await ctx.store.assessments.get(actor.organisationId, which);
  if (year !== undefined && !stored) throw new AppError('not_found', `There is no assessment for ${year}.`);
  const answers = stored?.answers ?? [];
  const { questions, score } = scoreFor(profile, answers);
  return {
    year: which,
    profile,
    questions,
    answers,
    score,
    history: await assessmentHistory(ctx, actor),
    updatedAt: stored?.updatedAt ?? null,
  };
}

/** Saves this year's answers (one assessment per year); unanswered questions stay open. */
export async function saveAnswers(ctx: ServiceContext, actor: OrgActor, input: unknown): Promise<AssessmentView> {
  assertMayEdit(actor);
  const profile = await requireProfile(ctx, actor);
  const { answers: raw } = parseInput(answersInput, input);
  const shown = new Set(questionsFor(profile, resolveMaterial).map((q) => q.id));
  const unknown = raw.filter((a) => !shown.has(a.questionId));
  if (unknown.length > 0) {
    throw new AppError('invalid_input', 'Some answers are for questions that are not part of your assessment.', {
      issues: unknown.map((a) => ({ path: `answers.${a.questionId}`, message: 'not a question of this assessment' })),
    });
  }
  const today = isoDay(ctx.now());
  const year = currentYear(ctx.now());
  const answers = parseInput(
    maturityAnswersSchema,
    raw.flatMap((a) =>
      a.level
        ? [{ questionId: a.questionId, level: a.level, evidence: a.evidence || undefined, answeredOn: today }]
        : [],
    ),
  );
  await ctx.store.transaction(async (tx) => {
    const before = await tx.assessments.get(actor.organisationId, year);
    // Keep the date an unchanged answer was first given.
    const kept = answers.map((a) => {
      const old = before?.answers.find((b) => b.questionId === a.questionId);
      return old && old.level === a.level && old.evidence === a.evidence ? { ...a, answeredOn: old.answeredOn } : a;
    });
    const saved = await tx.assessments.save(actor.organisationId, year, QUESTIONNAIRE_VERSION, kept);
    const { score } = scoreFor(profile, kept);
    await tx.audit.record({
      organisationId: actor.organisationId,
      actor,
      entity: 'dd_assessment',
      entityId: saved.id,
      action: before ? 'update' : 'create',
      summary: { year, answered: kept.length, overall: score.overall, questionnaireVersion: QUESTIONNAIRE_VERSION },
    });
  });
  return getAssessment(ctx, actor);
}

/** The assessment of a year as a JSON document: answers, version and the scores recomputed now. */
export async function exportAssessmentJson(ctx: ServiceContext, actor: OrgActor, year: number) {
  const view = await getAssessment(ctx, actor, year);
  return {
    year: view.year,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    overall: view.score.overall,
    level: view.score.level,
    target: view.score.target,
    meetsTarget: view.score.meetsTarget,
    completeness: view.score.completeness,
    steps: view.score.steps.map((s) => ({ step: s.step, score: s.score, level: s.level })),
    answers: view.answers,
  };
}

const csvCell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote always; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
};

/** The assessment of a year as CSV: one row per question shown, with step, weight, answer and evidence. */
export async function exportAssessmentCsv(ctx: ServiceContext, actor: OrgActor, year: number): Promise<string> {
  const view = await getAssessment(ctx, actor, year);
  const byId = new Map(view.answers.map((a) => [a.questionId, a]));
  const header = ['year', 'step', 'question_id', 'weight', 'level', 'evidence', 'answered_on', 'question_en'];
  const rows = view.questions.map((q) => {
    const a = byId.get(q.id);
    return [view.year, q.step, q.id, q.weight, a?.level ?? '', a?.evidence ?? '', a?.answeredOn ?? '', q.text.en];
  });
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
