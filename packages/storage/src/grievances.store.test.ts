import { applyCaseEvent, openCase } from '@assay/core';
import { expect, it } from 'vitest';
import { newId } from './columns.js';
import { forEachDialect } from './test-support/databases.js';

const submission = {
  category: 'child_labour',
  country: 'CD',
  place: 'Kolwezi',
  description: 'Children carry ore at the north pit.',
  language: 'fr',
  contact: { email: 'reporter@example.org' },
} as const;

forEachDialect('grievance repository', (store) => {
  const newCase = (caseNumber: string) =>
    openCase({
      id: newId(),
      caseNumber,
      channel: 'acme',
      submission,
      receivedAt: new Date('2025-01-01T00:00:00.000Z'),
    });

  it('stores a case and reads it back whole, with the contact address kept apart from the submission', async () => {
    const org = await store().organisations.create({ slug: 'g-acme', name: 'Acme', kind: 'company' });
    const grievance = newCase('G-AAAA-BBBB-CCC');
    await store().grievances.create({ organisationId: org.id, grievance, secretHash: 'hash' });
    const found = await store().grievances.get(org.id, grievance.id);
    expect(found).toMatchObject({
      id: grievance.id,
      caseNumber: 'G-AAAA-BBBB-CCC',
      status: 'received',
      receivedAt: '2025-01-01T00:00:00.000Z',
      contactEmail: 'reporter@example.org',
      history: grievance.history,
      links: [],
      messages: [],
    });
    expect(found?.submission).not.toHaveProperty('contact');
    expect(await store().grievances.findSecret('G-AAAA-BBBB-CCC')).toEqual({
      id: grievance.id,
      organisationId: org.id,
      secretHash: 'hash',
    });
    expect(await store().grievances.caseNumberExists('G-AAAA-BBBB-CCC')).toBe(true);
  });

  it('refuses a second case with the same case number', async () => {
    const org = await store().organisations.create({ slug: 'g-dup', name: 'Dup', kind: 'company' });
    await store().grievances.create({ organisationId: org.id, grievance: newCase('G-DUPE-DUPE-DUP'), secretHash: 'h' });
    await expect(
      store().grievances.create({ organisationId: org.id, grievance: newCase('G-DUPE-DUPE-DUP'), secretHash: 'h' }),
    ).rejects.toThrow();
  });

  it('keeps cases, messages and attachments within their organisation', async () => {
    const a = await store().organisations.create({ slug: 'g-a', name: 'A', kind: 'company' });
    const b = await store().organisations.create({ slug: 'g-b', name: 'B', kind: 'company' });
    const grievance = newCase('G-TENA-NTAA-AAA');
    await store().grievances.create({ organisationId: a.id, grievance, secretHash: 'h' });
    const message = {
      id: newId(),
      caseId: grievance.id,
      visibility: 'reporter',
      from: 'reporter',
      body: 'More detail',
      at: '2025-01-02T00:00:00.000Z',
    } as const;
    expect(await store().grievances.addMessage(b.id, message)).toBe(false);
    expect(await store().grievances.addMessage(a.id, message)).toBe(true);
    await store().grievances.addAttachment({
      id: newId(),
      caseId: grievance.id,
      messageId: message.id,
      type: 'text',
      mediaType: 'text/plain; charset=utf-8',
      size: 5,
      storageName: 'random-name',
    });
    const [attachment] = (await store().grievances.get(a.id, grievance.id))?.attachments ?? [];
    expect(attachment).toMatchObject({ type: 'text', size: 5, messageId: message.id });
    expect(await store().grievances.getAttachment(b.id, grievance.id, attachment?.id ?? '')).toBeUndefined();
    expect((await store().grievances.getAttachment(a.id, grievance.id, attachment?.id ?? ''))?.storageName).toBe(
      'random-name',
    );
    expect(await store().grievances.get(b.id, grievance.id)).toBeUndefined();
    expect(await store().grievances.list(b.id)).toEqual([]);
    const moved = applyCaseEvent(grievance, { type: 'acknowledge', at: new Date(), officerId: 'o' });
    expect(await store().grievances.update(b.id, grievance.id, { ...moved, category: 'other' })).toBe(false);
    expect(await store().grievances.delete(b.id, grievance.id)).toBe(false);
    expect((await store().grievances.get(a.id, grievance.id))?.status).toBe('received');
  });

  it('writes the state machine’s result and the triaged category, and lists closed cases for the purge', async () => {
    const org = await store().organisations.create({ slug: 'g-flow', name: 'Flow', kind: 'company' });
    const grievance = newCase('G-FLOW-FLOW-FLO');
    await store().grievances.create({ organisationId: org.id, grievance, secretHash: 'h' });
    const closed = applyCaseEvent(grievance, {
      type: 'close',
      at: new Date('2025-01-03T00:00:00.000Z'),
      officerId: 'o',
      outcome: { kind: 'unsubstantiated', summary: 'No evidence' },
    });
    expect(await store().grievances.update(org.id, grievance.id, { ...closed, category: 'health_safety' })).toBe(true);
    const found = await store().grievances.get(org.id, grievance.id);
    expect(found).toMatchObject({
      status: 'closed',
      closedAt: '2025-01-03T00:00:00.000Z',
      outcome: { kind: 'unsubstantiated', summary: 'No evidence' },
      submission: { category: 'health_safety' },
    });
    expect(found?.history).toHaveLength(2);
    expect((await store().grievances.listClosed()).map((c) => c.id)).toContain(grievance.id);
    expect(await store().grievances.delete(org.id, grievance.id)).toBe(true);
    expect(await store().grievances.get(org.id, grievance.id)).toBeUndefined();
  });

  it('keeps procedure settings per organisation, with an upsert', async () => {
    const org = await store().organisations.create({ slug: 'g-set', name: 'Set', kind: 'company' });
    expect(await store().grievances.getSettings(org.id)).toBeUndefined();
    await store().grievances.saveSettings(org.id, {
      acknowledgeWithinDays: 7,
      followUpWithinDays: 90,
      retentionDays: 400,
    });
    await store().grievances.saveSettings(org.id, {
      acknowledgeWithinDays: 5,
      followUpWithinDays: 60,
      retentionDays: 365,
    });
    expect(await store().grievances.getSettings(org.id)).toEqual({
      acknowledgeWithinDays: 5,
      followUpWithinDays: 60,
      retentionDays: 365,
    });
  });
});
