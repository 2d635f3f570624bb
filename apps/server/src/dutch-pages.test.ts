import { UI_CATALOGUES } from '@assay/core';
import { inviteMember, serviceContext } from '@assay/services';
import { describe, expect, it } from 'vitest';
import { ownLanguageText, type WalkedPage, walkPages } from './test-support/page-walk.js';
import { Client, createTestApp } from './test-support/test-app.js';

/**
 * Every page in Dutch, as a Dutch user meets it: no string of the English catalogue, no internal
 * field path, no untranslated message key, no validator's English, and never a 5xx for bad input.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const en = UI_CATALOGUES.en as Readonly<Record<string, string>>;
const nl = UI_CATALOGUES.nl as Readonly<Record<string, string>>;

/** For each English message that differs from its Dutch one: its longest fixed part (without placeholders). */
const ENGLISH = Object.entries(en)
  .filter(([key, text]) => text !== nl[key])
  .map(([key, text]) => ({ key, part: (text.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0] ?? '').trim() }))
  .filter(({ part }) => part.length >= 4 && !Object.values(nl).some((t) => t.includes(part)))
  .map(({ key, part }) => ({
    key,
    part,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'u'),
  }));

/** Field paths of forms and schemas (`owner.password`, `materials.0.originCountries.0`) and message keys. */
const INTERNAL = [
  /\b[a-zA-Z]+(?:\.[a-zA-Z]+)*\.\d+(?:\.[a-zA-Z0-9]+)*\b/,
  /\b(?:owner|organisation|materials|contacts|profile|size)\.[a-zA-Z]+\b/,
  /\b(?:sc|dd|step|error|validation|nav|cases|grievances|risk|form|settings)\.[a-z][a-zA-Z]*\.[a-zA-Z.]+\b/,
  /\((?:input)\)/,
];

/** zod's and our services' English that would mean a message went out untranslated. */
const VALIDATOR_ENGLISH = /Invalid input|Too (?:small|big)|expected (?:string|number)|Check these fields|is required\b/;

function problemsOf(page: WalkedPage): string[] {
  const found: string[] = [];
  if (page.status >= 500) found.push(`status ${page.status}`);
  for (const { key, part, pattern } of ENGLISH) if (pattern.test(page.text)) found.push(`English of ${key}: "${part}"`);
  for (const pattern of INTERNAL) {
    const hit = pattern.exec(page.text);
    if (hit) found.push(`internal name "${hit[0]}"`);
  }
  const english = VALIDATOR_ENGLISH.exec(page.text);
  if (english) found.push(`untranslated "${english[0]}"`);
  return found.map((p) => `${page.label}: ${p}`);
}

describe('every page in Dutch', () => {
  it('shows no English, no internal field path and no 5xx, also after forms are sent empty or with nonsense', async () => {
    const { app, store } = await createTestApp();
    const client = new Client(app);
    client.cookies.set('assay_lang', 'nl');
    client.headers.set('accept-language', 'nl-NL,nl;q=0.9');
    const demo = await client.form('/setup/demo', {});
    const slug = (demo.headers.get('location') ?? '').split('/')[2] ?? '';
    expect(slug).toMatch(/^demo-/);
    // A case, so the case pages are walked too (the channel of an organisation is its slug).
    const report = await client.form(`/report/${slug}`, {
      category: 'other',
      description: 'Op de werf worden beschermingsmiddelen niet verstrekt aan uitzendkrachten.',
      language: 'nl',
    });
    expect(report.status).toBe(201);
    // An importer check with every kind of note (CN change, recycled ore, gold of unknown form, CAHRA
    // origin), so its result is walked too, not only its empty form.
    const check = await client.form(`/o/${slug}/cmr`, {
      lines: '5',
      decimal_mark: 'comma',
      'cn-1': '7108 12 00',
      'quantity-1': '150',
      'unit-1': 'kg',
      'recycled-1': 'yes',
      'cn-2': '2609',
      'quantity-2': '6.000',
      'unit-2': 'kg',
      'recycled-2': 'yes',
      'origin-2': 'CD',
      'cn-3': '8103 91 00',
      'quantity-3': '0,2',
      'unit-3': 't',
    });
    expect(check.status).toBe(303);

    // Two invitation links of someone else: the signed-in owner meets the wrong-account refusal in the
    // walk, and a visitor without an account registers through the other with a different address.
    const organisation = (await store.organisations.findBySlug(slug))!;
    const [ownerMember] = await store.memberships.list(organisation.id);
    const actor = {
      userId: ownerMember!.userId,
      label: 'user',
      organisationId: organisation.id,
      role: 'owner' as const,
    };
    const forOwner = await inviteMember(serviceContext(store), actor, {
      email: 'vera@voorbeeld.example',
      role: 'viewer',
    });
    const forVisitor = await inviteMember(serviceContext(store), actor, {
      email: 'ans@voorbeeld.example',
      role: 'viewer',
    });
    const visitor = new Client(app);
    visitor.cookies.set('assay_lang', 'nl');
    const wrongAddress = await visitor.form(`/invite/${forVisitor.token}`, {
      name: 'Iemand',
      email: 'iemand@elders.example',
      password: 'een lang wachtwoord',
    });
    const wrongAddressHtml = await wrongAddress.text();
    expect(wrongAddressHtml).toContain('a***@voorbeeld.example');

    const problems: string[] = [];
    problems.push(
      ...problemsOf({
        label: 'POST /invite/:token (another address)',
        status: wrongAddress.status,
        text: ownLanguageText(wrongAddressHtml, 'nl'),
      }),
    );
    // The quick scan's explanations are joined in English by the risk model (being reworded into
    // catalogue messages with the risk-scan work of issue 13.5); its pages join this walk when that lands.
    // The audit log still shows each change as stored data, not as sentences (issue 21.6). Links that
    // choose another language on purpose (`?lang=en` on the public channel) are not Dutch pages.
    const skip = (path: string) =>
      path.startsWith('/scan') || path.includes('/settings/audit') || /[?&]lang=(?!nl)/.test(path);
    const visited = await walkPages(
      client,
      [
        `/o/${slug}`,
        `/o/${slug}/cmr`,
        '/about/data',
        `/report/${slug}`,
        '/account/password',
        `/invite/${forOwner.token}`,
      ],
      (page) => problems.push(...problemsOf(page)),
      { skip },
    );
    const reached = (pattern: RegExp) => visited.some((path) => pattern.test(path));
    // The walk must really reach the pages behind ids, not only the lists.
    for (const pattern of [
      /\/steps\/6$/,
      /\/risks\/[\w-]+$/,
      /\/cases\/[\w-]+$/,
      /\/suppliers\/[\w-]+$/,
      /\/goals$/,
      /\/policy$/,
      /\/cmr$/,
    ])
      expect(reached(pattern), String(pattern)).toBe(true);
    expect(visited.length).toBeGreaterThan(25);
    await store.close();
    expect(problems).toEqual([]);
  });
});
