import {
  findingSchema,
  ORIGIN_SOURCES,
  ROLLUP_CONFORMANCE,
  SMELTER_RED_FLAGS,
  THEMES,
  ZSupplierProfileInput,
} from '@assay/core';
import {
  getRegisterSupplier,
  getSubmission,
  intakeBoard,
  listSupplierRegister,
  supplyChainRollup,
  updateSupplierProfile,
} from '@assay/services';
import { z } from 'zod';
import type { AppDeps } from '../http/env.js';
import { actorOf } from '../http/middleware.js';
import { type Endpoint, endpoint } from './endpoint.js';
import { ZSupplierOut } from './schemas.js';

const ZLevel = z.enum(['low', 'medium', 'high', 'very_high']);
const ZTheme = z.enum(THEMES.map((t) => t.id) as [string, ...string[]]);

const ZMaterialRiskOut = z
  .object({
    text: z.string().meta({ description: 'The material as stored (a catalogue id, or older free text)' }),
    materialId: z.string().nullable().meta({ description: 'Catalogue id; null when not in the catalogue' }),
    scoredAs: z
      .string()
      .nullable()
      .meta({ description: 'Catalogue id scored: the scrap material for a recycled/scrap supplier' }),
    theme: ZTheme.nullable(),
    score: z.number().int().nullable(),
    level: ZLevel.nullable(),
    href: z.string().nullable().meta({ description: 'The quick scan that explains the score' }),
  })
  .meta({ id: 'MaterialRisk' });

const ZSupplierRiskOut = z
  .object({
    status: z.enum(['scored', 'no_country', 'unknown_country', 'no_materials']),
    methodVersion: z.string().nullable(),
    top: ZMaterialRiskOut.nullable().meta({ description: 'The highest theme over the supplier’s materials' }),
    materials: z.array(ZMaterialRiskOut).readonly(),
  })
  .meta({ id: 'SupplierInherentRisk' });

const ZRegisterSupplierOut = ZSupplierOut.extend({
  profile: z.object({
    identifier: z.string().nullable(),
    sites: z.array(z.string()),
    contacts: z.array(z.object({ name: z.string().nullable(), email: z.string().nullable() })),
    cnCodes: z.array(z.string()),
    annualVolume: z.number().nullable(),
    volumeUnit: z.string().nullable(),
    spend: z.number().nullable(),
    leverage: z.string().nullable(),
    responseDue: z.string().nullable(),
  }),
  risk: ZSupplierRiskOut,
}).meta({ id: 'RegisterSupplier' });

const ZSubmissionOut = z
  .object({
    id: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    family: z.string().nullable(),
    version: z.string().nullable(),
    companyName: z.string().nullable(),
    declaredOn: z.string().nullable(),
    status: z.string().meta({ description: 'valid, needs_correction or unreadable' }),
    errors: z.number().int(),
    warnings: z.number().int(),
    supplierId: z.string().nullable(),
    supplierName: z.string().nullable(),
    linkStatus: z.string(),
    suggestedSupplierId: z.string().nullable(),
    receivedAt: z.string(),
  })
  .meta({ id: 'Submission' });

const ZFindingOut = findingSchema.meta({
  id: 'TemplateFinding',
  description:
    'A finding of the template check: severity, stable rule code (docs/TEMPLATE-RULES.md), where (sheet and cell; null when it concerns the whole file), what is wrong and how to fix it, in English and Dutch',
});

const ZSubmissionDetailOut = z
  .object({
    id: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    family: z.string().nullable().meta({ description: 'CMRT, EMRT, CRT or AMRT; null when unreadable' }),
    version: z.string().nullable(),
    companyName: z.string().nullable().meta({ description: 'The company named in the template' }),
    declaredOn: z.string().nullable(),
    status: z.string().meta({ description: 'valid, needs_correction or unreadable' }),
    errors: z.number().int(),
    warnings: z.number().int(),
    supplier: z
      .object({ id: z.string(), name: z.string().nullable() })
      .nullable()
      .meta({ description: 'The supplier it is linked to; null while not linked' }),
    linkStatus: z.string(),
    receivedAt: z.string(),
    findings: z.array(ZFindingOut),
  })
  .meta({ id: 'SubmissionDetail' });

const ZRollupOut = z
  .object({
    coverage: z.object({
      suppliers: z.number().int(),
      responded: z.number().int(),
      respondedShare: z.number().nullable(),
      smelters: z.number().int(),
      conformant: z.number().int(),
      conformantShare: z.number().nullable(),
      unknown: z.number().int().meta({ description: 'Smelters whose RMAP status is unknown' }),
      metalsWithoutList: z
        .array(z.string())
        .readonly()
        .meta({ description: 'Metals for which no RMI conformant list was imported: their status is unknown' }),
      unmatchedRows: z.number().int(),
    }),
    smelters: z.array(
      z.object({
        smelterId: z.string(),
        name: z.string(),
        metals: z.array(z.string()).readonly(),
        country: z.string().nullable(),
        countryName: z.string().nullable(),
        suppliers: z.array(z.string()).readonly().meta({ description: 'Names of the suppliers that report it' }),
        conformance: z.enum(ROLLUP_CONFORMANCE).meta({
          description: 'RMAP status; unknown (never not_conformant) while no conformant list of its metal is imported',
        }),
        cahra: z.boolean(),
        cahraReasons: z
          .array(
            z.object({
              kind: z.enum(['smelter_country', 'reported_origin']),
              country: z.string(),
              sources: z.array(z.enum(ORIGIN_SOURCES)).readonly().optional(),
              suppliers: z.array(z.string()).readonly().optional(),
            }),
          )
          .readonly()
          .meta({ description: 'Which country raised the CAHRA flag: the smelter’s own or a reported origin' }),
        origins: z
          .array(
            z.object({
              country: z.string(),
              sources: z.array(z.enum(ORIGIN_SOURCES)).readonly(),
              suppliers: z.array(z.string()).readonly(),
              cahra: z.boolean(),
            }),
          )
          .readonly()
          .meta({ description: 'Origin countries reported for its minerals (Smelter List column O, Mine List)' }),
        redFlags: z.array(z.enum(SMELTER_RED_FLAGS)).readonly(),
      }),
    ),
  })
  .meta({ id: 'SupplyChainRollup' });

/** The supply-chain API: the supplier register with inherent risk, received templates, the roll-up. */
export function supplyChainEndpoints(deps: AppDeps): Endpoint[] {
  return [
    endpoint({
      method: 'get',
      path: '/orgs/:org/supply-chain/suppliers',
      summary: 'The supplier register with profiles and inherent risk',
      tag: 'supply-chain',
      auth: 'org',
      permission: 'organisation.read',
      response: z.array(ZRegisterSupplierOut),
      handler: (c) => listSupplierRegister(deps.ctx, actorOf(c)),
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/supply-chain/suppliers/:id',
      summary: 'One supplier of the register with its profile and inherent risk',
      tag: 'supply-chain',
      auth: 'org',
      permission: 'organisation.read',
      response: ZRegisterSupplierOut,
      handler: (c) => getRegisterSupplier(deps.ctx, actorOf(c), c.req.param('id') ?? ''),
    }),
    endpoint({
      method: 'put',
      path: '/orgs/:org/supply-chain/suppliers/:id',
      summary: 'Replace a supplier’s fields and profile (materials are mapped to the catalogue)',
      tag: 'supply-chain',
      auth: 'org',
      permission: 'data.edit',
      body: ZSupplierProfileInput,
      response: ZRegisterSupplierOut,
      // The service validates the raw body again after the 404 check; the parsed body is used here.
      handler: (c, { body }) => updateSupplierProfile(deps.ctx, actorOf(c), c.req.param('id') ?? '', body),
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/supply-chain/submissions',
      summary: 'Received templates, newest first, with status and error and warning counts',
      tag: 'supply-chain',
      auth: 'org',
      permission: 'organisation.read',
      response: z.array(ZSubmissionOut),
      handler: async (c) => (await intakeBoard(deps.ctx, actorOf(c))).submissions,
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/supply-chain/submissions/:submissionId',
      summary: 'One received template with its findings (severity, code, sheet, cell, message and fix)',
      tag: 'supply-chain',
      auth: 'org',
      permission: 'organisation.read',
      response: ZSubmissionDetailOut,
      handler: async (c) => {
        const s = await getSubmission(deps.ctx, actorOf(c), c.req.param('submissionId') ?? '');
        return {
          id: s.id,
          fileName: s.fileName,
          sha256: s.sha256,
          size: s.size,
          family: s.family,
          version: s.version,
          companyName: s.companyName,
          declaredOn: s.declaredOn,
          status: s.status,
          errors: s.errors,
          warnings: s.warnings,
          supplier: s.supplierId ? { id: s.supplierId, name: s.supplierName } : null,
          linkStatus: s.linkStatus,
          receivedAt: s.receivedAt,
          findings: s.findings,
        };
      },
    }),
    endpoint({
      method: 'get',
      path: '/orgs/:org/supply-chain/rollup',
      summary: 'The consolidated smelter list from each supplier’s newest template, with coverage',
      tag: 'supply-chain',
      auth: 'org',
      permission: 'organisation.read',
      response: ZRollupOut,
      handler: async (c) => {
        const { smelters, coverage } = await supplyChainRollup(deps.ctx, actorOf(c));
        return { coverage, smelters: smelters.map(({ entries: _entries, ...s }) => s) };
      },
    }),
  ] as Endpoint[];
}
