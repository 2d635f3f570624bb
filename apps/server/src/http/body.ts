import { AppError } from '@assay/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** Reads a JSON body: wrong media type → 415, malformed JSON → 400 with a code. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/json')) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = error instanceof SyntaxError ? error.message.replace(/^.*?(at position \d+.*)?$/, '$1') : '';
    throw new AppError('malformed_request', `The request body is not valid JSON${where ? ` (${where})` : ''}.`);
  }
}

/** Reads a form body (urlencoded or multipart) into plain string fields; repeated fields keep the last value. */
export async function readForm(c: Context<AppEnv>): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') fields[key] = value;
  }
  return fields;
}
