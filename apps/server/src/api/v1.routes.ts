import { nextOffset, ZSignIn, ZSupplierInput, ZSupplierListQuery } from '@assay/core';
import {
  addSupplier,
  deleteSupplier,
  getSupplier,
  listAuditLog,
  listMembers,
  pageSuppliers,
  signIn,
  signOut,
  updateSupplier,
} from '@assay/services';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { endSession, SESSION_COOKIE, startSession } from '../http/cookies.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { actorOf } from '../http/middleware.js';
import { signInFrom } from '../http/sign-in.js';
import { type Endpoint, endpoint, mountEndpoints } from './endpoint.js';
import { grievanceEndpoints } from './grievances.endpoints.js';
import { buildOpenApi } from './openapi.js';
import { ZAuditEntryOut, ZMe, ZMemberOut, ZOk, ZOrganisationOut, ZSupplierOut, ZSupplierPageOut } from './schemas.js';
import { supplyChainEndpoints } from './supply-chain.endpoints.js';

function requireUserOf(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) throw new Error('requireUser guard missing');
  return user;
}

/** Every endpoint of the JSON API, version 1. */
export function apiEndpoints(deps: AppDeps): Endpoint[] {
  const me = async (c: Context<AppEnv>) => {
    const user = requireUserOf(c);
    const organisations = await deps.ctx.store.organisations.listForUser(user.id);
    return {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
      organisations,
      csrfToken: c.get('csrfToken'),
    };
  };
  return [
    endpoint({
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in with e-mail and password; sets the session cookie',
      tag: 'auth',
      auth: 'none',
      body: ZSignIn,
      response: ZMe,
      handler: async (c, { body }) => {
        const session = await signIn(deps.ctx, body, signInFrom(c, deps));
        // Rotates the CSRF token too: the answer carries the session's own (cookies.ts).
        startSession(c, deps.config.trustProxy, session.token, session.expiresAt);
        c.set('user', session.user);
        return me(c);
      },
    }),
    endpoint({
      method: 'post',
      path: '/auth/logout',
      summary: 'End the current session',
      tag: 'auth',
      auth: 'user',
      response: ZOk,
      handler: async (c) => {
        const token = getCookie(c, SESSION_COOKIE);
        if (token) await signOut(deps.ctx, token);
        endSession(c, deps.config.trustProxy);
        return { ok: true as const };
      },
    }),
    endpoint({
      method: 'get',
      path: '/me',
      summary: 'The signed-in user and their organisations',
      tag: 'auth',
      auth: 'user',
      response: ZMe,
      handler: me,
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org',
      summary: 'One organisation',
      tag: 'organisations',
      auth: 'org',
      permission: 'organisation.read',
      response: ZOrganisationOut,
      handler: async (c) => {
        const organisation = c.get('organisation');
        if (!organisation) throw new Error('organisation scope missing');
        return organisation;
      },
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/members',
      summary: 'Members of the organisation with their roles',
      tag: 'organisations',
      auth: 'org',
      permission: 'members.read',
      response: z.array(ZMemberOut),
      handler: (c) => listMembers(deps.ctx, actorOf(c)),
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/audit',
      summary: 'The audit log, newest first (at most 1,000 entries)',
      tag: 'organisations',
      auth: 'org',
      permission: 'audit.read',
      response: z.array(ZAuditEntryOut),
      handler: (c) => listAuditLog(deps.ctx, actorOf(c), { limit: 1000 }),
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/suppliers',
      summary: 'One page of the supplier register (search on the name, sort, offset; at most 200 per page)',
      tag: 'suppliers',
      auth: 'org',
      permission: 'organisation.read',
      query: ZSupplierListQuery,
      response: ZSupplierPageOut,
      handler: async (c, { query }) => {
        const page = await pageSuppliers(deps.ctx, actorOf(c), query);
        return { ...page, next: nextOffset(page) };
      },
    }),
    endpoint({
      method: 'post',
      path: '/orgs/:org/suppliers',
      summary: 'Add a supplier',
      tag: 'suppliers',
      auth: 'org',
      permission: 'data.edit',
      body: ZSupplierInput,
      response: ZSupplierOut,
      status: 201,
      handler: (c, { body }) => addSupplier(deps.ctx, actorOf(c), body),
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/suppliers/:id',
      summary: 'One supplier',
      tag: 'suppliers',
      auth: 'org',
      permission: 'organisation.read',
      response: ZSupplierOut,
      handler: (c) => getSupplier(deps.ctx, actorOf(c), c.req.param('id') ?? ''),
    }),
    endpoint({
      method: 'put',
      path: '/orgs/:org/suppliers/:id',
      summary: 'Replace a supplier’s fields',
      tag: 'suppliers',
      auth: 'org',
      permission: 'data.edit',
      body: ZSupplierInput,
      response: ZSupplierOut,
      handler: (c, { body }) => updateSupplier(deps.ctx, actorOf(c), c.req.param('id') ?? '', body),
    }),
    endpoint({
      method: 'delete',
      path: '/orgs/:org/suppliers/:id',
      summary: 'Delete a supplier',
      tag: 'suppliers',
      auth: 'org',
      permission: 'data.edit',
      response: ZOk,
      handler: async (c) => {
        await deleteSupplier(deps.ctx, actorOf(c), c.req.param('id') ?? '');
        return { ok: true as const };
      },
    }),
    ...grievanceEndpoints(deps),
    ...supplyChainEndpoints(deps),
  ] as Endpoint[];
}

/** The /api/v1 routes and the OpenAPI document generated from the same declarations. */
export function apiRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const endpoints = apiEndpoints(deps);
  const document = buildOpenApi(endpoints);
  app.get('/api/v1/openapi.json', (c) => c.json(document));
  mountEndpoints(app, deps, endpoints);
  return app;
}
