import { type AppError, EXAMPLE_PROFILES } from '@assay/core';
import { forEachDialect } from '@assay/storage/test-support';
import { expect, it } from 'vitest';
import { serviceContext } from '../context.js';
import { addAction, changeActionStatus, recordEscalation, recordReview } from './actions.js';
import { exportAssessmentCsv, getAssessment, saveAnswers } from './assessment.js';
import { proposeImprovementGoals, updateGoal } from './goals.js';
import { dueDiligenceOverview } from './overview.js';
import { approvePolicy, editPolicySection, exportPolicyHtml, getPolicy } from './policy.js';
import { getPlan, saveProfile } from './profile.js';
import { addRisk, listRiskRegister, suggestRisks, updateRisk } from './risks.js';

const NOW = new Date('2025-03-10T09:00:00.000Z');
/** The core's example with catalogue ids (the example's `aluminium_scrap` is not one). */
const EXTRUDER = {
  ...EXAMPLE_PROFILES.aluminiumExtruder,
  materials: [
    { materialId: 'aluminium', originCountries: ['GN'] },
    { materialId: 'aluminium-scrap', originCountries: ['NL'] },
  ],
};

forEachDialect('due-diligence use cases', (store) => {
  const ctx = () => serviceContext(store(), () => NOW);
  const actorFor = async (slug: string, role: 'owner' | 'viewer' = 'owner') => {
    const org = await store().organisations.create({ slug, name: slug, kind: 'company' });
    return { userId: 'u-1', label: 'user', organisationId: org.id, role };
  };

  it('plans an aluminium extruder without the EU Conflict Minerals Regulation, and a tin importer with it', async () => {
    const extruder = await actorFor('extruder');
    await saveProfile(ctx(), extruder, EXTRUDER);
    const aluminium = await getPlan(ctx(), extruder);
    expect(aluminium?.plan.euConflictMinerals.status).toBe('not_covered');
    expect(aluminium?.plan.firstActions).toHaveLength(3);

    const importer = await actorFor('importer');
    await saveProfile(ctx(), importer, {
      ...EXAMPLE_PROFILES.tinImporter,
      materials: [{ materialId: 'tin', originCountries: ['ID'], volumeKgPerYear: 250_000, importsIntoEu: true }],
    });
    const tin = await getPlan(ctx(), importer);
    expect(tin?.plan.euConflictMinerals.status).toBe('in_scope');
    expect(tin?.plan.euConflictMinerals.summary.en).toContain('applies');
  });

  it('names the field of an unknown country or material, and saves nothing', async () => {
    const actor = await actorFor('bad-profile');
    const error = await saveProfile(ctx(), actor, {
      ...EXAMPLE_PROFILES.aluminiumExtruder,
      materials: [{ materialId: 'unobtainium', originCountries: ['XX'] }],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input' });
    // By name, never by path; the issues keep the paths for the form and the API.
    expect((error as Error).message).toBe('Check these fields: Material 1 and Countries of origin of material 1.');
    expect((error as AppError).details.issues?.map((i) => i.path)).toEqual([
      'materials.0.materialId',
      'materials.0.originCountries',
    ]);
    expect(await store().profiles.get(actor.organisationId)).toBeUndefined();
  });

  it('refuses changes from a viewer', async () => {
    const viewer = await actorFor('viewer-org', 'viewer');
    await expect(saveProfile(ctx(), viewer, EXAMPLE_PROFILES.aluminiumExtruder)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('walks the workflow from assessment to goals, risks, actions and the dashboard, auditing every change', async () => {
    const actor = await actorFor('journey');
    await saveProfile(ctx(), actor, EXTRUDER);
    const { questions } = await getAssessment(ctx(), actor);
    const answers = questions.map((q, i) => ({
      questionId: q.id,
      level: i % 2 === 0 ? 'fully' : 'partly',
      evidence: i === 0 ? 'Policy on intranet' : '',
    }));
    const view = await saveAnswers(ctx(), actor, { answers });
    expect(view.score.complete).toBe(true);
    expect(view.score.overall).toBeGreaterThan(0);
    expect(view.history.map((h) => h.year)).toEqual([2025]);
    await expect(
      saveAnswers(ctx(), actor, { answers: [{ questionId: 'no-such-question', level: 'fully' }] }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await exportAssessmentCsv(ctx(), actor, 2025)).toContain('"Policy on intranet"');

    const goals = await proposeImprovementGoals(ctx(), actor);
    expect(goals.length).toBeGreaterThan(0);
    expect(goals[0]?.key).toMatch(/^goal:/);
    await updateGoal(ctx(), actor, goals[0]!.id, { ownerName: 'Sanne', deadline: '2025-03-31', status: 'in_progress' });
    expect((await proposeImprovementGoals(ctx(), actor)).find((g) => g.id === goals[0]?.id)?.ownerName).toBe('Sanne');

    const suggestions = await suggestRisks(ctx(), actor);
    expect(suggestions.some((s) => s.country === 'GN')).toBe(true);
    const first = suggestions[0]!;
    const risk = await addRisk(ctx(), actor, { source: 'model', ...first, supplierId: '' });
    expect(risk.modelScore).toBe(first.score);
    await addRisk(ctx(), actor, {
      source: 'own',
      title: 'Unsafe scrap yard',
      theme: 'health_safety',
      scale: '2',
      scope: '1',
      irremediability: '1',
      likelihood: '4',
    });
    await updateRisk(ctx(), actor, risk.id, { ...risk, scale: '4', likelihood: '2', status: 'mitigating' });
    const register = await listRiskRegister(ctx(), actor);
    expect(register[0]?.id).toBe(risk.id);

    const action = await addAction(ctx(), actor, risk.id, {
      type: 'mitigate',
      title: 'Ask the smelter for its audit report',
      ownerRole: 'purchasing',
      dueDate: '2025-03-28',
    });
    await changeActionStatus(ctx(), actor, action.id, { event: 'start' });
    await changeActionStatus(ctx(), actor, action.id, { event: 'complete' });
    await expect(changeActionStatus(ctx(), actor, action.id, { event: 'verify' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await recordReview(ctx(), actor, risk.id, { actionIds: [action.id], conclusion: 'effective', lessons: 'Worked' });
    await changeActionStatus(ctx(), actor, action.id, { event: 'verify' });
    await expect(
      recordEscalation(ctx(), actor, risk.id, {
        decision: 'continue_with_mitigation',
        reasons: ['annex_ii_immediate'],
        explanation: 'Serious abuses were reported at the mine.',
        decidedOn: '2025-03-10',
        decidedBy: 'Board',
        reviewBy: '2025-06-10',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });

    const overview = await dueDiligenceOverview(ctx(), actor);
    expect(overview.summary.overall).toBe(view.score.overall);
    expect(overview.openRisks).toHaveLength(2);
    expect(overview.due.some((d) => d.item.kind === 'goal')).toBe(true);
    expect(overview.trend).toHaveLength(1);

    const audit = await store().audit.list(actor.organisationId, { limit: 1000 });
    const entities = new Set(audit.map((e) => e.entity));
    for (const entity of ['dd_profile', 'dd_assessment', 'dd_goal', 'dd_risk', 'dd_action', 'dd_review'])
      expect(entities).toContain(entity);
    expect(JSON.stringify(audit.map((e) => e.summary))).not.toContain('Sanne');
  });

  it('versions the policy: edits go to a draft, approval freezes it, the next edit starts a new version', async () => {
    const actor = await actorFor('policy');
    await saveProfile(ctx(), actor, EXTRUDER);
    const { policy } = await getPolicy(ctx(), actor);
    const section = policy.sections[0]!;
    await editPolicySection(ctx(), actor, section.id, { locale: 'nl', title: '', body: 'Onze eigen tekst.' });
    await expect(editPolicySection(ctx(), actor, 'nope', { locale: 'nl', body: 'x' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await approvePolicy(ctx(), actor, { approvedBy: 'Directie', approvedOn: '2025-03-01' });
    await expect(approvePolicy(ctx(), actor, { approvedBy: 'X', approvedOn: '2025-03-01' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await editPolicySection(ctx(), actor, section.id, { locale: 'en', title: 'Our commitment', body: '' });
    const after = await getPolicy(ctx(), actor);
    expect(after.versions.map((v) => [v.version, v.approvedOn])).toEqual([
      [2, null],
      [1, '2025-03-01'],
    ]);
    const v1 = await exportPolicyHtml(ctx(), actor, 'nl', 1);
    expect(v1.html).toContain('Onze eigen tekst.');
    expect(v1.html).toContain('Goedgekeurd op 1 maart 2025');
    expect(after.policy.sections[0]?.title.en).toBe('Our commitment');
  });
});
