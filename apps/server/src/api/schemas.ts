import { ROLES } from '@assay/core';
import { z } from 'zod';

/** Response and request schemas of the JSON API (the OpenAPI document is generated from these). */
export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable error code, e.g. invalid_input, not_found, payload_too_large.' }),
      message: z.string(),
      issues: z.array(z.object({ path: z.string().optional(), message: z.string() })).optional(),
      hint: z.string().optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });

export const ZOrganisationOut = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(['company', 'branch']),
    isDemo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });

export const ZUserOut = z
  .object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string().nullable() })
  .meta({ id: 'User' });

export const ZMe = z
  .object({
    user: ZUserOut,
    organisations: z.array(ZOrganisationOut.extend({ role: z.enum(ROLES) })),
    csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token with every state-changing request.' }),
  })
  .meta({ id: 'Me' });

export const ZMemberOut = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: z.enum(ROLES), createdAt: z.string() })
  .meta({ id: 'Member' });

export const ZSupplierOut = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string().nullable(),
    materials: z.array(z.string()),
    tier: z.number().int(),
    recycled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Supplier' });

export const ZSupplierPageOut = z
  .object({
    items: z.array(ZSupplierOut),
    total: z.number().int().describe('How many suppliers match the search in all'),
    offset: z.number().int(),
    limit: z.number().int(),
    next: z.number().int().nullable().describe('The offset of the next page, or null on the last page'),
  })
  .meta({ id: 'SupplierPage' });

export const ZAuditEntryOut = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    at: z.string(),
    actor: z.object({ userId: z.string().nullable(), label: z.string() }),
    entity: z.string(),
    entityId: z.string().nullable(),
    action: z.string(),
    summary: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const ZOk = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
