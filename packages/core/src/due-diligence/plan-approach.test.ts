import { describe, expect, it } from 'vitest';
import { type CompanyProfile, companyProfileSchema } from './company-profile.schema.js';
import { EXAMPLE_PROFILES } from './example-profiles.js';
import { planApproach } from './plan-approach.js';

const { aluminiumExtruder, tinImporter } = EXAMPLE_PROFILES;

function withMaterials(materials: CompanyProfile['materials']): CompanyProfile {
  return { ...tinImporter, customerRequests: [], materials };
}

describe('planApproach for a small aluminium extruder buying Guinea bauxite chains and scrap', () => {
  const plan = planApproach(aluminiumExtruder);

  it('says the EU Conflict Minerals Regulation does not apply to aluminium', () => {
    expect(plan.euConflictMinerals.status).toBe('not_covered');
    expect(plan.euConflictMinerals.summary.en).toContain('does not apply to aluminium');
    expect(plan.euConflictMinerals.summary.nl).toContain('niet van toepassing op aluminium');
    expect(plan.euConflictMinerals.link).toBeNull();
  });

  it('covers all six OECD steps, with the origin countries named in step 2', () => {
    expect(plan.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    const step2 = plan.steps.find((s) => s.step === 2);
    expect(step2?.notes.map((n) => n.id)).toEqual(['step2.base', 'step2.downstream', 'step2.scrap']);
    expect(step2?.notes[0]?.text.en).toContain('BE, GN, IS, NL');
  });

  it('does not propose the importer check or a smelter audit', () => {
    const ids = plan.instruments.map((i) => i.id);
    expect(ids).toContain('scrap_kyc');
    expect(ids).not.toContain('importer_check');
    expect(ids).not.toContain('smelter_audit');
  });

  it('expects the AMRT only on request', () => {
    expect(plan.templates).toEqual([
      expect.objectContaining({ template: 'AMRT', direction: 'collect_from_suppliers', firmness: 'on_request' }),
    ]);
  });

  it('lists recycler steps, without the 3TG-only disclosure', () => {
    const ids = plan.recyclerSteps.map((s) => s.id);
    expect(ids).toContain('scrap.identify_suppliers');
    expect(ids).not.toContain('scrap.disclose_recycled');
  });

  it('ranks policy, scrap KYC and the self-assessment as the first three things to do', () => {
    expect(plan.firstActions.map((a) => [a.rank, a.id])).toEqual([
      [1, 'adopt_policy'],
      [2, 'start_scrap_kyc'],
      [3, 'take_assessment'],
    ]);
  });

  it('drops actions for instruments already in place', () => {
    const done = planApproach(aluminiumExtruder, { completed: ['model_policy', 'scrap_kyc'] });
    expect(done.firstActions.map((a) => a.id)).toEqual(['take_assessment', 'build_heat_map', 'open_grievance_channel']);
    expect(done.instruments.find((i) => i.id === 'model_policy')?.done).toBe(true);
  });
});

describe('planApproach for a tin importer', () => {
  it('says the Regulation applies above the threshold and links to the importer check', () => {
    const plan = planApproach(tinImporter);
    expect(plan.euConflictMinerals.status).toBe('threshold_check_needed');
    expect(plan.euConflictMinerals.summary.en).toContain('above the Annex I threshold');
    expect(plan.euConflictMinerals.link).toBe('importer_check');
  });

  it('is in scope when the Annex I lookup gives a threshold the volume reaches', () => {
    const plan = planApproach(tinImporter, {
      annexIThresholdKg: (m) => (m.materialId === 'tin' ? 100_000 : undefined),
    });
    expect(plan.euConflictMinerals.status).toBe('in_scope');
    expect(plan.euConflictMinerals.materials).toContainEqual({
      materialId: 'tin',
      metal: 'tin',
      status: 'at_or_above_threshold',
      thresholdKg: 100_000,
    });
  });

  it('expects CMRTs from suppliers and one for the customer who asked', () => {
    const plan = planApproach(tinImporter);
    expect(plan.templates.map((t) => [t.template, t.direction, t.firmness])).toEqual([
      ['CMRT', 'collect_from_suppliers', 'expected'],
      ['CMRT', 'provide_to_customers', 'requested'],
    ]);
  });

  it('puts the legal duty first, then the customer request, then the policy', () => {
    const plan = planApproach(tinImporter);
    expect(plan.firstActions.map((a) => a.id)).toEqual([
      'run_importer_check',
      'answer_customer_templates',
      'adopt_policy',
    ]);
  });

  it('adds the third-party audit and the importer report', () => {
    const plan = planApproach(tinImporter);
    expect(plan.instruments.map((i) => i.id)).toEqual(expect.arrayContaining(['importer_check', 'smelter_audit']));
    expect(plan.steps.find((s) => s.step === 5)?.notes.map((n) => n.id)).toContain('step5.importer');
  });
});

describe('EU Conflict Minerals Regulation scope', () => {
  it.each([
    [
      'below the threshold',
      [{ materialId: 'tin', originCountries: [], volumeKgPerYear: 50, importsIntoEu: true }],
      'below_threshold',
    ],
    [
      'recycled only',
      [{ materialId: 'gold_scrap', originCountries: [], volumeKgPerYear: 5000, importsIntoEu: true }],
      'recycled_only',
    ],
    [
      'bought inside the EU',
      [{ materialId: 'tungsten', originCountries: ['CN'], importsIntoEu: false }],
      'not_importer',
    ],
    [
      'recycled flag set by hand',
      [{ materialId: 'tin', originCountries: [], importsIntoEu: true, recycled: true }],
      'recycled_only',
    ],
  ] as const)('%s', (_name, materials, status) => {
    const plan = planApproach(
      withMaterials(materials.map((m) => ({ ...m, originCountries: [...m.originCountries] }))),
      {
        annexIThresholdKg: () => 100,
      },
    );
    expect(plan.euConflictMinerals.status).toBe(status);
  });
});

describe('companyProfileSchema', () => {
  it('upper-cases country codes and rejects names that are not alpha-2', () => {
    const parsed = companyProfileSchema.parse({
      name: 'X',
      positions: ['mining'],
      size: { band: 'micro' },
      materials: [{ materialId: 'cobalt', originCountries: ['cd'] }],
    });
    expect(parsed.materials[0]?.originCountries).toEqual(['CD']);
    expect(() =>
      companyProfileSchema.parse({ ...parsed, materials: [{ materialId: 'cobalt', originCountries: ['Congo'] }] }),
    ).toThrow();
  });

  it('rejects duplicate positions', () => {
    expect(() =>
      companyProfileSchema.parse({ name: 'X', positions: ['mining', 'mining'], size: { band: 'micro' } }),
    ).toThrow();
  });
});
