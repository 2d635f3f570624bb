import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  GRIEVANCE_CATEGORIES,
  HONEYPOT_FIELD,
  PUBLIC_LOCALES,
  type PublicLocale,
} from '@assay/core';
import { openReporterCase, submitGrievance } from '@assay/services';
import { z } from 'zod';
import { clientKey } from '../http/client-key.js';
import type { AppDeps } from '../http/env.js';
import { grievanceDeskOf } from '../routes/grievances.desk.js';
import { type Endpoint, endpoint } from './endpoint.js';

/**
 * The shape of a report sent as JSON. The handler validates it fully with the core's submission
 * schema (which knows the channel's members and answers in the report's language); this schema
 * checks the shape and documents it.
 */
const ZPublicReportIn = z
  .object({
    category: z.enum(GRIEVANCE_CATEGORIES),
    country: z.string().optional().meta({ description: 'ISO 3166-1 alpha-2 code' }),
    place: z.string().optional(),
    concerned: z.string().optional().meta({ description: 'The company or supplier concerned, in your words' }),
    member: z.string().optional().meta({ description: 'On a branch organisation’s channel: the member’s slug' }),
    description: z.string(),
    language: z.enum(PUBLIC_LOCALES).meta({ description: 'Language for answers and error messages' }),
    contactEmail: z.string().optional().meta({ description: 'Only with contactConsent: true' }),
    contactConsent: z.boolean().optional(),
    [HONEYPOT_FIELD]: z.string().optional().meta({ description: 'Leave empty' }),
    secondStep: z.string().optional().meta({
      description:
        'Only after a 429 answer (many reports from one network or with one text; the channel itself never closes): its `error.secondStep`, sent back with the same report once `Retry-After` seconds have passed',
    }),
  })
  .meta({ id: 'GrievanceReport' });

const ZReceiptOut = z
  .object({
    caseNumber: z.string(),
    secret: z.string().meta({ description: 'The passphrase. Shown once; send it as X-Case-Secret to follow up.' }),
  })
  .meta({ id: 'GrievanceReceipt' });

const ZPublicCaseOut = z
  .object({
    caseNumber: z.string(),
    status: z.enum(CASE_STATUSES),
    receivedAt: z.string(),
    acknowledgedAt: z.string().optional(),
    closedAt: z.string().optional(),
    outcome: z.enum(CASE_OUTCOMES).optional(),
    report: z.object({
      category: z.enum(GRIEVANCE_CATEGORIES),
      country: z.string().optional(),
      place: z.string().optional(),
      concerned: z.string().optional(),
      member: z.string().optional(),
      description: z.string(),
      language: z.enum(PUBLIC_LOCALES),
    }),
    messages: z
      .array(z.object({ id: z.string(), from: z.enum(['reporter', 'organisation']), body: z.string(), at: z.string() }))
      .readonly(),
    attachments: z
      .array(
        z.object({
          id: z.string(),
          type: z.enum(['pdf', 'png', 'jpeg', 'text']),
          size: z.number().int(),
          messageId: z.string().optional(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'GrievanceCasePublicView' });

/**
 * The public grievance API: report without an account (no cookie, no CSRF token) and follow up with
 * the case number and the secret. Unknown case numbers and wrong or missing secrets answer the same 404.
 */
export function grievanceEndpoints(deps: AppDeps): Endpoint[] {
  const desk = grievanceDeskOf(deps);
  return [
    endpoint({
      method: 'post',
      path: '/public/grievances/:channel',
      summary: 'Report a grievance to an organisation (no account); returns the case number and secret once',
      tag: 'grievances',
      auth: 'none',
      body: ZPublicReportIn,
      response: ZReceiptOut,
      status: 201,
      handler: async (c, { body }) => {
        const { secondStep, ...input } = body;
        const receipt = await submitGrievance(desk, c.req.param('channel') ?? '', {
          input,
          locale: body.language as PublicLocale,
          client: clientKey(c, deps.config.trustProxy),
          secondStep,
        });
        return { caseNumber: receipt.caseNumber, secret: receipt.passphrase };
      },
    }),
    endpoint({
      method: 'get',
      path: '/public/grievances/:caseNumber',
      summary: 'Read a report’s status and messages with its secret',
      tag: 'grievances',
      auth: 'none',
      headers: [{ name: 'X-Case-Secret', description: 'The secret from the receipt' }],
      response: ZPublicCaseOut,
      handler: async (c, { headers }) => {
        const { view } = await openReporterCase(desk, {
          caseNumber: c.req.param('caseNumber') ?? '',
          passphrase: headers['X-Case-Secret'] ?? '',
          client: clientKey(c, deps.config.trustProxy),
        });
        return view;
      },
    }),
  ] as Endpoint[];
}
