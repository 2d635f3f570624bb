import { AppError, type Permission } from '@assay/core';
import { parseInput } from '@assay/services';
import type { Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { readJson } from '../http/body.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { organisationScope, requirePermission, requireUser } from '../http/middleware.js';

/**
 * One JSON endpoint, declared once: the route, its input and output schemas, and who may call it.
 * The same declaration mounts the Hono handler and produces the OpenAPI operation.
 */
export type Endpoint<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
> = {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono path below /api/v1, e.g. `/orgs/:org/suppliers/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** `none`: public; `user`: signed in; `org`: signed-in member of `:org` with `permission`. */
  auth: 'none' | 'user' | 'org';
  permission?: Permission;
  body?: B;
  /** Query-string parameters (validated like a body; documented as query parameters). */
  query?: Q;
  /** Request headers the handler reads (documented as header parameters; absent ones are `undefined`). */
  headers?: readonly { name: string; description: string }[];
  response: R;
  status?: ContentfulStatusCode;
  handler: (
    c: Context<AppEnv>,
    input: {
      body: B extends z.ZodType ? z.infer<B> : undefined;
      query: Q extends z.ZodObject ? z.infer<Q> : undefined;
      headers: Readonly<Record<string, string | undefined>>;
    },
  ) => Promise<z.input<R>>;
};

/** Declares an endpoint with its types inferred from the schemas. */
export function endpoint<B extends z.ZodType | undefined, R extends z.ZodType, Q extends z.ZodObject | undefined>(
  e: Endpoint<B, R, Q>,
): Endpoint<B, R, Q> {
  return e;
}

/** Mounts endpoints on a Hono app: validate → authorize → one use case → present (validated output). */
export function mountEndpoints(app: Hono<AppEnv>, deps: AppDeps, endpoints: readonly Endpoint[]): void {
  for (const e of endpoints) {
    const guards = [];
    if (e.auth !== 'none') guards.push(requireUser());
    if (e.auth === 'org') {
      guards.push(organisationScope(deps));
      if (!e.permission) throw new Error(`Endpoint ${e.method} ${e.path} needs a permission.`);
      guards.push(requirePermission(e.permission));
    }
    app.on([e.method.toUpperCase()], [`/api/v1${e.path}`], ...guards, async (c) => {
      const body = e.body ? parseInput(e.body, await readJson(c)) : undefined;
      const query = e.query ? parseInput(e.query, c.req.query()) : undefined;
      const headers = Object.fromEntries((e.headers ?? []).map((h) => [h.name, c.req.header(h.name)]));
      const result = await e.handler(c, { body, query, headers } as never);
      const output = e.response.safeParse(result);
      if (!output.success)
        throw new AppError('internal', `Response of ${e.method} ${e.path} did not match its schema.`);
      return c.json(output.data as object, e.status ?? 200);
    });
  }
}
