import { AppError } from '@assay/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../http/env.js';

/** Largest template file accepted. */
export const MAX_FILE_MB = 25;
/** Largest multi-file request (the form without JavaScript sends all files at once). */
export const MAX_REQUEST_MB = 200;

const UPLOAD_PATH = /^\/o\/[^/]+\/intake$/;

/** Wraps the global body limit: the intake upload route gets its own larger one instead. */
export function withIntakeUploadLimit(globalLimit: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  const uploads = bodyLimit({
    maxSize: MAX_REQUEST_MB * 1024 * 1024,
    onError: () => {
      throw new AppError(
        'payload_too_large',
        `Upload at most ${MAX_REQUEST_MB} MB at once (${MAX_FILE_MB} MB per file).`,
        {
          hint: 'Upload the files in smaller groups.',
        },
      );
    },
  });
  return (c, next) =>
    c.req.method === 'POST' && UPLOAD_PATH.test(new URL(c.req.url).pathname) ? uploads(c, next) : globalLimit(c, next);
}

/** The uploaded files of a multipart form field. */
export async function uploadedFiles(
  c: Context<AppEnv>,
  field: string,
): Promise<{ fileName: string; bytes: Uint8Array }[]> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data'))
    throw new AppError('unsupported_media_type', 'Send the files as multipart/form-data.');
  const body = await c.req.parseBody({ all: true });
  const raw = body[field];
  const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (v): v is File => typeof v !== 'string',
  );
  const files: { fileName: string; bytes: Uint8Array }[] = [];
  for (const file of list) {
    if (file.size === 0 && file.name === '') continue;
    if (file.size > MAX_FILE_MB * 1024 * 1024)
      throw new AppError('payload_too_large', `${file.name} is larger than ${MAX_FILE_MB} MB.`);
    files.push({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return files;
}

/** A plain text field of the (already parsed) form. */
export async function formText(c: Context<AppEnv>, name: string): Promise<string | undefined> {
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}
