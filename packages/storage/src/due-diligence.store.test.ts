import { EXAMPLE_PROFILES } from '@assay/core';
import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/databases.js';

forEachDialect('due-diligence repositories', (store) => {
  const orgs = async (suffix: string) => ({
    a: await store().organisations.create({ slug: `dd-a-${suffix}`, name: 'A', kind: 'company' }),
    b: await store().organisations.create({ slug: `dd-b-${suffix}`, name: 'B', kind: 'company' }),
  });

  it('keeps one profile per organisation, replaced on save and invisible to others', async () => {
    const { a, b } = await orgs('profile');
    await store().profiles.save(a.id, EXAMPLE_PROFILES.tinImporter);
    await store().profiles.save(a.id, EXAMPLE_PROFILES.aluminiumExtruder);
    expect((await store().profiles.get(a.id))?.profile).toEqual(EXAMPLE_PROFILES.aluminiumExtruder);
    expect(await store().profiles.get(b.id)).toBeUndefined();
  });

  it('stores one assessment per year with its questionnaire version, oldest first', async () => {
    const { a, b } = await orgs('assessment');
    const answer = { questionId: 'q1', level: 'partly' as const, evidence: 'Policy draft', answeredOn: '2025-03-01' };
    await store().assessments.save(a.id, 2025, '2025.1', [answer]);
    await store().assessments.save(a.id, 2024, '2025.1', []);
    const saved = await store().assessments.save(a.id, 2025, '2025.1', [{ ...answer, level: 'fully' }]);
    expect(saved.answers).toEqual([{ ...answer, level: 'fully' }]);
    expect((await store().assessments.list(a.id)).map((x) => x.year)).toEqual([2024, 2025]);
    expect(await store().assessments.list(b.id)).toEqual([]);
    expect(await store().assessments.get(b.id, 2025)).toBeUndefined();
  });

  it('refreshes a re-proposed goal by its key and keeps the owner, deadline and status edits', async () => {
    const { a, b } = await orgs('goals');
    const proposal = {
      key: 'goal:q1',
      questionId: 'q1',
      step: 1,
      rank: 2,
      specific: { en: 'Adopt a policy', nl: 'Stel beleid vast' },
      measure: { en: 'Published', nl: 'Gepubliceerd' },
      ownerRole: 'management',
      deadline: '2025-06-30',
    };
    await store().goals.upsertProposed(a.id, proposal);
    const [goal] = await store().goals.list(a.id);
    expect(await store().goals.update(b.id, goal!.id, { ownerName: 'X', deadline: '2025-01-01', status: 'done' })).toBe(
      false,
    );
    await store().goals.update(a.id, goal!.id, { ownerName: 'Ann', deadline: '2025-05-31', status: 'in_progress' });
    await store().goals.upsertProposed(a.id, { ...proposal, rank: 1, deadline: '2026-01-01' });
    const goals = await store().goals.list(a.id);
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ rank: 1, ownerName: 'Ann', deadline: '2025-05-31', status: 'in_progress' });
  });

  it('freezes an approved policy version', async () => {
    const { a, b } = await orgs('policy');
    const draft = await store().policies.create(a.id, 1, {});
    expect(await store().policies.approve(b.id, draft.id, '2025-02-01', 'Board')).toBe(false);
    expect(await store().policies.updateDraft(a.id, draft.id, { scope: { body: { en: 'Ours' }, omit: false } })).toBe(
      true,
    );
    expect(await store().policies.approve(a.id, draft.id, '2025-02-01', 'Board')).toBe(true);
    expect(await store().policies.updateDraft(a.id, draft.id, {})).toBe(false);
    expect(await store().policies.approve(a.id, draft.id, '2025-03-01', 'Other')).toBe(false);
    const latest = await store().policies.latest(a.id);
    expect(latest).toMatchObject({ version: 1, approvedOn: '2025-02-01', approvedBy: 'Board' });
    expect(latest?.sections).toEqual({ scope: { body: { en: 'Ours' }, omit: false } });
  });

  it('keeps risks, actions and records within their organisation', async () => {
    const { a, b } = await orgs('risks');
    const risk = await store().riskRegister.create(a.id, {
      source: 'model',
      title: 'Child labour in bauxite mining',
      description: null,
      materialId: 'bauxite',
      country: 'GN',
      theme: 'child_labour',
      supplierId: null,
      modelScore: 62,
      scale: 4,
      scope: 3,
      irremediability: 3,
      likelihood: 2,
      status: 'open',
      ownerName: null,
    });
    expect(await store().riskRegister.get(b.id, risk.id)).toBeUndefined();
    expect(await store().riskRegister.update(b.id, risk.id, { ...risk, title: 'Hijacked' })).toBe(false);
    const action = await store().actions.create(a.id, {
      id: `act-${risk.id}`,
      type: 'mitigate',
      title: 'Ask the smelter for its audit',
      riskId: risk.id,
      ownerRole: 'purchasing',
      createdOn: '2025-01-10',
      dueDate: '2025-02-28',
      status: 'planned',
      history: [],
      evidence: null,
    });
    expect(await store().actions.get(b.id, action.id)).toBeUndefined();
    expect(await store().actions.replace(b.id, { ...action, title: 'Hijacked' })).toBe(false);
    expect(await store().actions.replace(a.id, { ...action, status: 'in_progress', evidence: 'Mail of 3 Feb' })).toBe(
      true,
    );
    expect((await store().actions.list(a.id, risk.id))[0]).toMatchObject({
      status: 'in_progress',
      evidence: 'Mail of 3 Feb',
    });
    const record = await store().ddRecords.add(a.id, 'escalation', risk.id, '2025-02-01', (id) => ({ id, note: 'x' }));
    expect(record.data).toEqual({ id: record.id, note: 'x' });
    expect(await store().ddRecords.list(a.id, 'escalation', risk.id)).toHaveLength(1);
    expect(await store().ddRecords.list(b.id, 'escalation')).toEqual([]);
  });

  it('writes nothing of a transaction that fails half-way', async () => {
    const { a } = await orgs('tx');
    await expect(
      store().transaction(async (tx) => {
        await tx.assessments.save(a.id, 2030, '2025.1', []);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store().assessments.get(a.id, 2030)).toBeUndefined();
  });
});
