import { AppError, checkCaseNumber, checkPassphrase, isAppError, type UploadedFile } from '@assay/core';
import {
  addReporterMessage,
  findGrievanceChannel,
  type GrievanceChannel,
  getGrievanceSettings,
  openReporterCase,
  type ReporterCredentials,
  submitGrievance,
} from '@assay/services';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { clientKey } from '../http/client-key.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { fieldMessages } from '../pages/form.js';
import { FollowUpPage } from '../pages/grievances/follow-up.page.js';
import { negotiatePublicLocale, type PublicPage, publicPage } from '../pages/grievances/public-page.js';
import { ReceiptPage } from '../pages/grievances/receipt.page.js';
import { ReportFormPage } from '../pages/grievances/report-form.page.js';
import { grievanceDeskOf } from './grievances.desk.js';

/** Reports may carry photos and documents: 25 MB of files (the core's limit) plus the form. */
export const REPORT_BODY_LIMIT = 30 * 1024 * 1024;

const UPLOAD_PATH = /^\/report\/[^/]+(?:\/follow-up\/messages)?\/?$/;

/**
 * Wraps the app's global body limit: the two upload forms of the public channel get their own,
 * larger limit; every other request keeps the global one.
 */
export function withReportUploadLimit(globalLimit: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  const uploads = bodyLimit({
    maxSize: REPORT_BODY_LIMIT,
    onError: () => {
      throw new AppError('payload_too_large', 'The files are too large together.');
    },
  });
  return (c, next) =>
    c.req.method === 'POST' && UPLOAD_PATH.test(new URL(c.req.url).pathname) ? uploads(c, next) : globalLimit(c, next);
}

/** Form fields and files of a multipart (or urlencoded) body. */
async function readUpload(c: Context<AppEnv>): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const body = await c.req.parseBody({ all: true });
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  for (const [key, raw] of Object.entries(body)) {
    if (key === '_csrf') continue;
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value === 'string') fields[key] = value;
      else if (key === 'attachments' && (value.size > 0 || value.name !== ''))
        files.push({
          fileName: value.name,
          declaredType: value.type,
          bytes: new Uint8Array(await value.arrayBuffer()),
        });
    }
  }
  return { fields, files };
}

/** Seconds to wait, for the reporter's message and the Retry-After header. */
const secondsOf = (error: AppError) => Math.max(1, Math.ceil(Number(error.details.retryAfter ?? 60)));

/**
 * The public grievance channel (`/report/:channel`, the organisation's slug): report form, receipt
 * and follow-up, in Dutch, English, German and French, without account or JavaScript. Of the request
 * only the client's network is read (`clientKey`), and passed to the use cases, which keep no more of
 * it than a hash of a 16-bit bucket for their throttles; nothing about it is logged.
 */
export function grievancePublicRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const desk = grievanceDeskOf(deps);

  const pageFor = (c: Context<AppEnv>, channel: GrievanceChannel, suffix = ''): PublicPage =>
    publicPage({
      locale: negotiatePublicLocale(c.req.query('lang'), c.req.header('accept-language')),
      csrfToken: c.get('csrfToken') ?? '',
      channel: channel.organisation.slug,
      organisationName: channel.organisation.name,
      path: `/report/${channel.organisation.slug}${suffix}`,
    });

  /** Reporters' pages hold case numbers and passphrases: never cache them, never send a referrer. */
  app.use('/report/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const days = async (channel: GrievanceChannel) =>
    (await getGrievanceSettings(deps.ctx, channel.organisation.id)).acknowledgeWithinDays;

  app.get('/report/:channel', async (c) => {
    const channel = await findGrievanceChannel(deps.ctx, c.req.param('channel'));
    const page = pageFor(c, channel);
    return c.html(<ReportFormPage page={page} members={channel.members} acknowledgeWithinDays={await days(channel)} />);
  });

  app.post('/report/:channel', async (c) => {
    const channel = await findGrievanceChannel(deps.ctx, c.req.param('channel'));
    const page = pageFor(c, channel);
    const { fields, files } = await readUpload(c);
    const { secondStep, ...values } = fields;
    try {
      const receipt = await submitGrievance(desk, channel.organisation.slug, {
        input: values,
        files,
        locale: page.locale,
        client: clientKey(c, deps.config.trustProxy),
        secondStep,
      });
      return c.html(<ReceiptPage page={page} receipt={receipt} acknowledgeWithinDays={await days(channel)} />, 201);
    } catch (error) {
      if (!isAppError(error) || (error.code !== 'invalid_input' && error.code !== 'rate_limited')) throw error;
      // The second step: the same form, filled in, with the signed wait; a person presses Send again.
      const step = error.code === 'rate_limited' ? error.details.secondStep : undefined;
      if (error.code === 'rate_limited') c.header('Retry-After', String(secondsOf(error)));
      return c.html(
        <ReportFormPage
          page={page}
          members={channel.members}
          acknowledgeWithinDays={await days(channel)}
          values={values}
          errors={
            step
              ? files.length > 0
                ? { attachments: page.m('grievances.step.files') }
                : {}
              : fieldMessages(error.details.issues)
          }
          message={
            step ? page.m('grievances.step.wait', { seconds: secondsOf(error) }) : page.m('grievances.error.invalid')
          }
          secondStep={step}
        />,
        error.code === 'rate_limited' ? 429 : 400,
      );
    }
  });

  app.get('/report/:channel/follow-up', async (c) => {
    const channel = await findGrievanceChannel(deps.ctx, c.req.param('channel'));
    return c.html(<FollowUpPage page={pageFor(c, channel, '/follow-up')} />);
  });

  /** Typos are told apart from wrong codes before anything is looked up (the check character is public). */
  const typoErrors = (page: PublicPage, fields: Record<string, string>) => {
    const errors: Record<string, string> = {};
    const caseNumber = checkCaseNumber(fields.caseNumber ?? '');
    if (!caseNumber.valid && caseNumber.reason === 'typo')
      errors.caseNumber = page.m('grievances.follow_up.case_number_typo');
    const passphrase = checkPassphrase(fields.passphrase ?? '');
    if (!passphrase.valid && passphrase.reason === 'typo')
      errors.passphrase = page.m('grievances.follow_up.passphrase_typo');
    return errors;
  };

  const failedFollowUp = (c: Context<AppEnv>, page: PublicPage, fields: Record<string, string>, error: unknown) => {
    if (!isAppError(error) || (error.code !== 'not_found' && error.code !== 'rate_limited')) throw error;
    const limited = error.code === 'rate_limited';
    if (limited) c.header('Retry-After', String(secondsOf(error)));
    const message = limited
      ? page.m('grievances.follow_up.rate_limited', { seconds: secondsOf(error) })
      : page.m('grievances.follow_up.not_found');
    return c.html(
      <FollowUpPage page={page} values={{ caseNumber: fields.caseNumber ?? '' }} message={message} />,
      limited ? 429 : 404,
    );
  };

  const credentialsOf = (c: Context<AppEnv>, fields: Record<string, string>) => ({
    caseNumber: fields.caseNumber ?? '',
    passphrase: fields.passphrase ?? '',
    client: clientKey(c, deps.config.trustProxy),
  });

  const openOnChannel = async (channel: GrievanceChannel, credentials: ReporterCredentials) => {
    const opened = await openReporterCase(desk, credentials);
    if (opened.organisationId !== channel.organisation.id)
      throw new AppError('not_found', 'No report was found for this case number and passphrase.');
    return opened;
  };

  app.post('/report/:channel/follow-up', async (c) => {
    const channel = await findGrievanceChannel(deps.ctx, c.req.param('channel'));
    const page = pageFor(c, channel, '/follow-up');
    const { fields } = await readUpload(c);
    const typos = typoErrors(page, fields);
    if (Object.keys(typos).length > 0) {
      return c.html(
        <FollowUpPage
          page={page}
          values={{ caseNumber: fields.caseNumber ?? '' }}
          errors={typos}
          message={page.m('grievances.error.invalid')}
        />,
        400,
      );
    }
    const credentials = credentialsOf(c, fields);
    try {
      const { view } = await openOnChannel(channel, credentials);
      return c.html(<FollowUpPage page={page} view={view} credentials={credentials} />);
    } catch (error) {
      return failedFollowUp(c, page, fields, error);
    }
  });

  app.post('/report/:channel/follow-up/messages', async (c) => {
    const channel = await findGrievanceChannel(deps.ctx, c.req.param('channel'));
    const page = pageFor(c, channel, '/follow-up');
    const { fields, files } = await readUpload(c);
    const credentials = credentialsOf(c, fields);
    try {
      await openOnChannel(channel, credentials);
      const { view } = await addReporterMessage(desk, {
        ...credentials,
        body: fields.body ?? '',
        files,
        locale: page.locale,
      });
      return c.html(
        <FollowUpPage
          page={page}
          view={view}
          credentials={credentials}
          notice={page.m('grievances.follow_up.reply.sent')}
        />,
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'invalid_input') {
        const { view } = await openOnChannel(channel, credentials);
        return c.html(
          <FollowUpPage
            page={page}
            view={view}
            credentials={credentials}
            errors={fieldMessages(error.details.issues)}
            message={page.m('grievances.error.invalid')}
          />,
          400,
        );
      }
      return failedFollowUp(c, page, fields, error);
    }
  });

  return app;
}
