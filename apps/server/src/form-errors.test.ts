import { UI_LOCALES, type UiLocale } from '@assay/core';
import { hasPostgres } from '@assay/storage/test-support';
import { describe, expect, it } from 'vitest';
import { visibleText } from './test-support/page-walk.js';
import { Client, createTestApp } from './test-support/test-app.js';

/**
 * Every form sent with invalid input, in Dutch and in English: the answer names the fields by
 * their names in the page's language and never shows an internal field path
 * (`owner.password`, `materials.0.originCountries.0`); the JSON API keeps the path in `issues`
 * but not in its `message`.
 */

/** A field path as the schemas write it: `owner.password`, `materials.0.originCountries.0`. */
const FIELD_PATH = /\b[a-z]+[a-zA-Z]*(?:\.\d+)?\.[a-zA-Z]+(?:\.\d+)?/g;

/** Text that looks like a path but is not one: addresses, file names, abbreviations. */
const NOT_A_PATH = [/\S+@\S+/g, /https?:\/\/\S+/g, /\b(?:e\.g|i\.e|bijv|o\.a|z\.o\.z|d\.w\.z)\./g];
const FILE_OR_HOST = /\.(?:xlsx|xls|csv|pdf|json|example|com|org|nl|eu|net)$/;

function pathsIn(text: string): string[] {
  let cleaned = text;
  for (const pattern of NOT_A_PATH) cleaned = cleaned.replace(pattern, ' ');
  return [...cleaned.matchAll(FIELD_PATH)].map((m) => m[0]).filter((hit) => !FILE_OR_HOST.test(hit));
}

type Submission = {
  label: string;
  path: (ids: Ids) => string;
  fields: Record<string, string>;
  /** A field name the error summary above the form must show, by locale (proof that fields are named). */
  names?: Record<UiLocale, string>;
};
type Ids = { supplierId: string; riskId: string };

const SUBMISSIONS: readonly Submission[] = [
  {
    label: 'supplier form with materials',
    path: () => '/o/acme/suppliers',
    fields: { name: '', country: 'Narnia', materials: 'unobtanium, gold' },
    names: { nl: 'Land', en: 'Country' },
  },
  {
    label: 'supplier profile',
    path: ({ supplierId }) => `/o/acme/suppliers/${supplierId}`,
    fields: {
      name: '',
      country: 'Atlantis',
      tier: '99',
      responseDue: '31/31/2026',
      annualVolume: 'veel',
      cnCodes: 'abc',
      materials: 'unobtanium',
    },
    names: { nl: 'GN-codes', en: 'CN codes' },
  },
  {
    label: 'company profile with materials',
    path: () => '/o/acme/profile',
    fields: {
      name: '',
      country: 'Narnia',
      'size.band': 'huge',
      'size.employees': '-3',
      grievanceChannelUrl: 'javascript:alert(1)',
      'materials.0.materialId': 'gold',
      'materials.0.originCountries': 'Narnia, Atlantis',
      'materials.0.volumeKgPerYear': '-5',
    },
    names: { nl: 'Herkomstland', en: 'Country of origin' },
  },
  {
    label: 'organisation settings',
    path: () => '/o/acme/settings/organisation',
    fields: { name: '' },
    names: { nl: 'Naam', en: 'Name' },
  },
  {
    label: 'invitation',
    path: () => '/o/acme/settings/invitations',
    fields: { email: 'geen-adres', role: 'emperor' },
    names: { nl: 'E-mailadres', en: 'E-mail address' },
  },
  {
    label: 'grievance settings',
    path: () => '/o/acme/cases/settings',
    fields: { acknowledgeWithinDays: '0', followUpWithinDays: '-1', retentionDays: 'x' },
    names: { nl: 'Meldingen bewaren', en: 'Keep cases for' },
  },
  {
    label: 'risk register',
    path: () => '/o/acme/risks',
    fields: { source: 'own', title: '', theme: 'nonsense', scale: '9', scope: '0', likelihood: 'x' },
    names: { nl: 'Waarschijnlijkheid', en: 'Likelihood' },
  },
  {
    label: 'action plan',
    path: ({ riskId }) => `/o/acme/risks/${riskId}/actions`,
    fields: { type: 'pray', title: '', ownerRole: 'king', dueDate: '31/31/2026' },
    names: { nl: 'Rol van de eigenaar', en: 'Owner’s role' },
  },
  {
    label: 'effectiveness review',
    path: ({ riskId }) => `/o/acme/risks/${riskId}/reviews`,
    fields: { conclusion: '', 'indicator.name': 'x', 'indicator.baseline': 'veel', 'indicator.target': '' },
    names: { nl: 'Beginwaarde van de indicator', en: 'Baseline of the indicator' },
  },
  {
    label: 'policy approval',
    path: () => '/o/acme/policy/approve',
    fields: { approvedBy: '', approvedOn: 'gisteren' },
    names: { nl: 'Goedgekeurd op', en: 'Approved on' },
  },
  {
    label: 'change password',
    path: () => '/account/password',
    fields: { current: '', next: 'kort' },
    names: { nl: 'Nieuw wachtwoord', en: 'New password' },
  },
  {
    label: 'grievance report',
    path: () => '/report/acme',
    fields: { category: 'nonsense', description: '', language: 'xx', contactEmail: 'geen-adres' },
  },
];

const dialects = hasPostgres() ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(dialects)('form errors name fields, never paths (%s)', (dialect) => {
  it.each(UI_LOCALES)('in %s, on every form', async (locale) => {
    const { app, store } = await createTestApp(dialect);
    const client = new Client(app);
    client.cookies.set('assay_lang', locale);
    client.headers.set('accept-language', locale);
    const problems: string[] = [];
    const check = async (label: string, response: Response, names?: Record<UiLocale, string>) => {
      const html = await response.text();
      if (response.status !== 400) problems.push(`${label}: status ${response.status}, expected 400`);
      const text = visibleText(html);
      for (const hit of pathsIn(text)) problems.push(`${label}: field path "${hit}"`);
      const summary = visibleText(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '');
      if (names && !summary.includes(names[locale]))
        problems.push(`${label}: the summary does not name "${names[locale]}": ${summary.trim()}`);
      return text;
    };

    // Registration (first-run set-up) with every field wrong, then for real.
    await check(
      'registration',
      await client.form('/setup', {
        'organisation.name': '',
        'organisation.slug': 'Not A Slug!',
        'organisation.kind': 'empire',
        'owner.name': '',
        'owner.email': 'geen-adres',
        'owner.password': 'kort',
      }),
      { nl: 'Wachtwoord', en: 'Password' },
    );
    const setUp = await client.form('/setup', {
      'organisation.name': 'Acme Metals',
      'organisation.slug': 'acme',
      'organisation.kind': 'company',
      'owner.name': 'Olga Owner',
      'owner.email': 'owner@acme.example',
      'owner.password': 'correct horse battery',
    });
    expect(setUp.status).toBe(303);
    const profile = await client.form('/o/acme/profile', {
      name: 'Acme Metals',
      'size.band': 'small',
      positions: 'trading',
      'materials.0.materialId': 'gold',
      'materials.0.originCountries': 'Ghana',
    });
    expect(profile.status).toBe(303);
    const supplier = await client.form('/o/acme/suppliers', { name: 'Katanga Cobalt', country: 'CD' });
    expect(supplier.status).toBe(303);
    const org = await store.organisations.findBySlug('acme');
    const supplierId = (await store.suppliers.list(org?.id ?? ''))[0]?.id ?? '';
    const risk = await client.form('/o/acme/risks', {
      source: 'own',
      title: 'Kinderarbeid in de mijn',
      theme: 'child_labour',
      scale: '3',
      scope: '2',
      irremediability: '3',
      likelihood: '2',
    });
    expect(risk.status).toBe(303);
    const riskId = (risk.headers.get('location') ?? '').split('/')[4]?.split('?')[0] ?? '';
    expect(riskId).not.toBe('');
    // An action, so the risk page offers the effectiveness review.
    const action = await client.form(`/o/acme/risks/${riskId}/actions`, {
      type: 'prevent',
      title: 'Smelters laten auditen',
      ownerRole: 'purchasing',
      dueDate: '2027-01-31',
    });
    expect(action.status).toBe(303);

    for (const submission of SUBMISSIONS)
      await check(
        submission.label,
        await client.form(submission.path({ supplierId, riskId }), submission.fields),
        submission.names,
      );

    // A file's problem is placed by its line, in the page's language.
    const csv = new FormData();
    csv.append('file', new File(['Naam,Land\nSomething,NL\n'], 'lijst.csv', { type: 'text/csv' }));
    csv.append('kind', 'conformant');
    await client.prime();
    const imported = await client.request('/o/acme/smelters/import', {
      method: 'POST',
      headers: { 'x-csrf-token': client.csrf },
      body: csv,
    });
    const importText = await check('smelter list import', imported);
    expect(importText).toContain(
      locale === 'nl' ? 'lijst.csv, Regel 1: De kopregel mist' : 'lijst.csv, Line 1: The header',
    );

    // The JSON API: the path stays in `issues` for programs, the message names fields for people.
    const api = await client.json('POST', '/api/v1/orgs/acme/suppliers', { name: '', country: 'Narnia', tier: 99 });
    expect(api.status).toBe(400);
    const body = (await api.json()) as { error: { message: string; issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toContain('country');
    expect(pathsIn(body.error.message)).toEqual([]);
    expect(body.error.message).toMatch(/^Check these fields: .*Country/);

    await store.close();
    expect(problems).toEqual([]);
  });
});
