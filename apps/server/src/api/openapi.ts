import { z } from 'zod';
import type { Endpoint } from './endpoint.js';
import { ZErrorResponse } from './schemas.js';

const VERSION = '0.1.0';

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, target: 'openapi-3.0', unrepresentable: 'any' });
}

/** Builds the OpenAPI 3.0 document from the endpoint declarations (the same zod schemas that validate). */
export function buildOpenApi(endpoints: readonly Endpoint[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = jsonSchema(ZErrorResponse, 'output');
  for (const e of endpoints) {
    const path = `/api/v1${e.path}`.replace(/:(\w+)/g, '{$1}');
    const parameters = [...e.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
      description: m[1] === 'org' ? 'Organisation slug' : undefined,
    }));
    const queryProperties = e.query
      ? ((jsonSchema(e.query, 'input') as { properties?: Record<string, { description?: string }> }).properties ?? {})
      : {};
    for (const [name, schema] of Object.entries(queryProperties)) {
      parameters.push({ name, in: 'query', required: false, schema: schema as never, description: schema.description });
    }
    for (const header of e.headers ?? []) {
      parameters.push({
        name: header.name,
        in: 'header',
        required: false,
        schema: { type: 'string' },
        description: header.description,
      });
    }
    const errors: Record<string, unknown> = {
      '400': { description: 'Invalid input or malformed JSON', content: { 'application/json': { schema: errorRef } } },
      '413': {
        description: 'Body larger than the configured limit',
        content: { 'application/json': { schema: errorRef } },
      },
    };
    if (e.auth !== 'none') {
      errors['401'] = { description: 'Not signed in', content: { 'application/json': { schema: errorRef } } };
      errors['403'] = {
        description: 'Role does not allow this, CSRF token missing, or sent from another site',
        content: { 'application/json': { schema: errorRef } },
      };
    }
    if (e.auth === 'org')
      errors['404'] = {
        description: 'Not found in this organisation',
        content: { 'application/json': { schema: errorRef } },
      };
    paths[path] ??= {};
    paths[path][e.method] = {
      summary: e.summary,
      tags: [e.tag],
      ...(e.permission ? { 'x-permission': e.permission } : {}),
      security: e.auth === 'none' ? [] : [{ session: [] }],
      parameters,
      ...(e.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.body, 'input') } } } }
        : {}),
      responses: {
        [String(e.status ?? 200)]: {
          description: 'OK',
          content: { 'application/json': { schema: jsonSchema(e.response, 'output') } },
        },
        ...errors,
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Assay API',
      version: VERSION,
      description:
        'JSON API of Assay. Authenticate with POST /api/v1/auth/login (session cookie); send the csrfToken of its answer (or of /api/v1/me; it changes at sign-in) as X-CSRF-Token on every state-changing request.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'assay_session' } },
    },
    paths,
  };
}
