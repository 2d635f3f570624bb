import { z } from 'zod';
import { ANSWER_LEVELS } from './answer-scale.js';

/** One answer to a maturity question, with an optional note on the evidence behind it. */
export const maturityAnswerSchema = z.object({
  questionId: z.string().min(1).max(100),
  level: z.enum(ANSWER_LEVELS),
  /** Where the evidence is (a document name, a link, a short note). */
  evidence: z.string().trim().max(4000).optional(),
  answeredOn: z.iso.date().optional(),
});

/** The answers of one assessment; at most one answer per question. */
export const maturityAnswersSchema = z
  .array(maturityAnswerSchema)
  .max(500)
  .refine((list) => new Set(list.map((a) => a.questionId)).size === list.length, 'one answer per question');

/** An answer to a maturity question. */
export type MaturityAnswer = z.infer<typeof maturityAnswerSchema>;
