import { AppError, isAppError } from '@assay/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorText, PAGE_MESSAGE } from '../pages/error-text.js';
import { Layout } from '../pages/layout.js';
import { pageContext } from '../pages/page-context.js';
import type { AppEnv } from './env.js';
import type { Logger } from './logger.js';
import { publicChannelLogFields } from './public-channel-log.js';
import { HTTP_STATUS } from './status.js';

/** True for requests answered in JSON: the API, and clients that ask for JSON. */
export function wantsJson(c: Context<AppEnv>): boolean {
  return (
    new URL(c.req.url).pathname.startsWith('/api/') || (c.req.header('accept') ?? '').startsWith('application/json')
  );
}

/** Turns anything thrown into an AppError; unknown errors become `internal` (and are logged, without details). */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new AppError('payload_too_large', 'The request body is larger than the limit.');
    if (error.status === 400) return new AppError('malformed_request', 'The request body could not be read.');
  }
  return new AppError('internal', 'An unexpected error occurred.');
}

/** The one place where errors become responses: JSON for the API, a page otherwise. Never a stack trace. */
export function renderError(c: Context<AppEnv>, error: unknown, logger: Logger) {
  const appError = toAppError(error);
  const status = HTTP_STATUS[appError.code];
  if (appError.code === 'internal' || status >= 500) {
    logger.error(
      'request failed',
      publicChannelLogFields(c.req.routePath, {
        requestId: c.get('requestId'),
        route: c.req.routePath,
        code: appError.code,
        // The error's class and message only: messages of our own code carry no personal data.
        cause: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'non-error thrown',
      }),
    );
  }
  if (appError.code === 'rate_limited' && appError.details.retryAfter) {
    c.header('Retry-After', String(appError.details.retryAfter));
  }
  if (wantsJson(c)) {
    const message = status >= 500 && appError.code === 'internal' ? 'An unexpected error occurred.' : appError.message;
    return c.json(
      {
        error: {
          code: appError.code,
          message,
          ...(appError.details.issues ? { issues: appError.details.issues } : {}),
          ...(appError.details.hint ? { hint: appError.details.hint } : {}),
          ...(appError.details.secondStep ? { secondStep: appError.details.secondStep } : {}),
          requestId: c.get('requestId'),
        },
      },
      status,
    );
  }
  const page = pageContext(c);
  const key = PAGE_MESSAGE[appError.code] ?? 'error.internal';
  // An error with a catalogue message of its own says that; others say their code's general message.
  const text = appError.details.messageKey
    ? errorText(page, appError)
    : page.t(key, { seconds: appError.details.retryAfter ?? 60 });
  return c.html(
    <Layout page={page} title={page.t('error.title')} narrow>
      <h1>{page.t('error.title')}</h1>
      <p>{text}</p>
      {appError.code !== 'internal' && key !== 'error.notFound' && errorText(page, appError) !== text ? (
        <p class="muted">{errorText(page, appError)}</p>
      ) : null}
      <p>
        <a href="/">{page.t('error.back')}</a>
      </p>
    </Layout>,
    status,
  );
}
