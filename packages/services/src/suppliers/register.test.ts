import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGISTER_COLUMNS, readTable } from '@assay/core';
import { forEachDialect } from '@assay/storage/test-support';
import { expect, it } from 'vitest';
import { type OrgActor, serviceContext } from '../context.js';
import { createSubmissionFiles } from '../supply-chain/submission-files.js';
import { importStagedSuppliers, previewSupplierFile } from '../supply-chain/supplier-import.js';
import {
  exportSupplierRegister,
  getRegisterSupplier,
  listSupplierRegister,
  updateSupplierProfile,
} from './register.js';
import { addSupplier } from './suppliers.js';

const NOW = new Date('2025-03-10T09:00:00.000Z');

forEachDialect('supplier register', (store) => {
  const ctx = () => serviceContext(store(), () => NOW);
  const actorFor = async (slug: string, role: 'owner' | 'viewer' = 'owner'): Promise<OrgActor> => {
    const org = await store().organisations.create({ slug, name: slug, kind: 'company' });
    return { userId: 'u-1', label: 'user', organisationId: org.id, role };
  };

  it('lists each supplier with its profile and its inherent risk from the risk model', async () => {
    const actor = await actorFor('risk');
    const cobalt = await addSupplier(ctx(), actor, { name: 'Katanga', country: 'CD', materials: 'cobalt, Tinerts' });
    expect(cobalt.materials).toEqual(['cobalt', 'tin-ore']);
    await addSupplier(ctx(), actor, { name: 'Scrap BV', country: 'NL', materials: 'copper', recycled: 'on' });
    await addSupplier(ctx(), actor, { name: 'Nowhere', materials: 'tin' });
    const [katanga, nowhere, scrap] = await listSupplierRegister(ctx(), actor);
    expect(katanga?.risk.status).toBe('scored');
    // Artisanal cobalt in DR Congo: documented hotspot (child labour documented, severity very high).
    expect(katanga?.risk.top).toMatchObject({
      materialId: 'cobalt',
      theme: 'child_labour',
      level: 'very_high',
      href: '/scan?material=cobalt&country=CD',
    });
    expect(katanga?.risk.top?.score).toBeGreaterThanOrEqual(75);
    expect(katanga?.profile.sites).toEqual([]);
    // A recycled/scrap supplier is scored with the catalogue's scrap material.
    expect(scrap?.risk.materials[0]).toMatchObject({ materialId: 'copper', scoredAs: 'copper-scrap' });
    expect(nowhere?.risk).toMatchObject({ status: 'no_country', top: null });
  });

  it('refuses materials that are not in the catalogue, naming them with close matches', async () => {
    const actor = await actorFor('unknown');
    const error = await addSupplier(ctx(), actor, { name: 'X', materials: 'unobtanium steel' }).catch((e) => e);
    expect(error.code).toBe('invalid_input');
    expect(error.details.issues[0].path).toBe('materials');
    expect(error.details.issues[0].message).toContain('"unobtanium steel" is not in the materials catalogue');
    expect(error.details.issues[0].message).toContain('steel-scrap');
  });

  it('edits the profile with validation, and records what changed in the audit log', async () => {
    const actor = await actorFor('edit');
    const s = await addSupplier(ctx(), actor, { name: 'Rheinwerk', country: 'DE', materials: 'aluminium' });
    const bad = await updateSupplierProfile(ctx(), actor, s.id, {
      name: '',
      country: 'Narnia',
      materials: 'ore',
      cnCodes: '76x',
      annualVolume: 'lots',
      contacts: 'Anna <anna@>',
      responseDue: '2025-02-30',
    }).catch((e) => e);
    expect(bad.code).toBe('invalid_input');
    const paths = bad.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'country', 'materials', 'cnCodes', 'annualVolume', 'contacts', 'responseDue']),
    );
    expect((await getRegisterSupplier(ctx(), actor, s.id)).name).toBe('Rheinwerk');

    const updated = await updateSupplierProfile(ctx(), actor, s.id, {
      name: 'Rheinwerk Halbzeug GmbH',
      identifier: 'DE123',
      country: 'Germany',
      sites: 'Duisburg\nEssen',
      contacts: 'Anna Jansen <anna@rheinwerk.example>\njan@rheinwerk.example',
      materials: 'aluminium, Koperschroot',
      cnCodes: '7601, 7404 00',
      annualVolume: '1.250,5',
      volumeUnit: 't',
      tier: '2',
      spend: '250000',
      leverage: 'strategic',
      responseDue: '2025-06-30',
    });
    expect(updated).toMatchObject({
      name: 'Rheinwerk Halbzeug GmbH',
      country: 'DE',
      materials: ['aluminium', 'copper-scrap'],
      tier: 2,
      recycled: false,
      profile: {
        identifier: 'DE123',
        sites: ['Duisburg', 'Essen'],
        contacts: [
          { name: 'Anna Jansen', email: 'anna@rheinwerk.example' },
          { name: null, email: 'jan@rheinwerk.example' },
        ],
        cnCodes: ['7601', '740400'],
        annualVolume: 1250.5,
        volumeUnit: 't',
        spend: 250000,
        leverage: 'strategic',
        responseDue: '2025-06-30',
      },
    });
    expect((await getRegisterSupplier(ctx(), actor, s.id)).profile.annualVolume).toBe(1250.5);
    const [entry] = await store().audit.list(actor.organisationId, { limit: 1 });
    expect(entry).toMatchObject({ entity: 'supplier', entityId: s.id, action: 'update' });
    expect(entry?.summary).toMatchObject({
      name: { from: 'Rheinwerk', to: 'Rheinwerk Halbzeug GmbH' },
      contacts: { changed: true },
    });
    expect(JSON.stringify(entry?.summary)).not.toContain('anna@');
  });

  it('answers not found for another organisation’s supplier and refuses viewers', async () => {
    const a = await actorFor('org-a');
    const b = await actorFor('org-b');
    const theirs = await addSupplier(ctx(), b, { name: 'Theirs' });
    await expect(updateSupplierProfile(ctx(), a, theirs.id, { name: 'Mine' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(getRegisterSupplier(ctx(), a, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
    const viewer = { ...b, role: 'viewer' as const };
    await expect(updateSupplierProfile(ctx(), viewer, theirs.id, { name: 'X' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await getRegisterSupplier(ctx(), b, theirs.id)).name).toBe('Theirs');
  });

  it('exports CSV (quoted, formula-injection safe) and an XLSX the import reads back', async () => {
    const actor = await actorFor('export');
    const s = await addSupplier(ctx(), actor, {
      name: '=HYPERLINK("http://evil")',
      country: 'CD',
      materials: 'cobalt',
    });
    await updateSupplierProfile(ctx(), actor, s.id, {
      name: '=HYPERLINK("http://evil")',
      country: 'CD',
      materials: 'cobalt',
      leverage: '+1, "sole" source\nsecond line',
      sites: '@site',
    });
    const csv = new TextDecoder().decode((await exportSupplierRegister(ctx(), actor, 'csv')).body);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(REGISTER_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain(`"'@site"`);
    expect(csv).toContain(`"'+1, ""sole"" source\nsecond line"`);
    expect(row).toContain('"very_high"');
    expect(csv.endsWith('\r\n')).toBe(true);

    const xlsx = await exportSupplierRegister(ctx(), actor, 'xlsx');
    expect(xlsx.extension).toBe('xlsx');
    const table = readTable(xlsx.body, 'register.xlsx');
    expect(table.header).toEqual([...REGISTER_COLUMNS]);
    // Inline strings are never formulas: the text is kept as it is.
    expect(table.rows[0]?.values).toMatchObject({
      Name: '=HYPERLINK("http://evil")',
      Country: 'CD',
      Materials: 'cobalt',
      'Inherent risk level': 'very_high',
    });
  });

  it.each(['csv', 'xlsx'] as const)('keeps every contact through export and import (%s)', async (format) => {
    const imports = createSubmissionFiles(mkdtempSync(join(tmpdir(), `assay-roundtrip-${format}-`)));
    const from = await actorFor(`from-${format}`);
    const contacts = [
      { name: 'Anna Jansen', email: 'anna@rheinwerk.example' },
      { name: 'Jansen; Piet', email: 'piet@rheinwerk.example' },
      { name: null, email: 'inkoop@rheinwerk.example' },
      { name: 'Bob "B" de Vries', email: null },
      { name: '=Verkoop', email: '-sales@rheinwerk.example' },
    ];
    const rheinwerk = await addSupplier(ctx(), from, { name: 'Rheinwerk', country: 'DE', materials: 'aluminium' });
    await updateSupplierProfile(ctx(), from, rheinwerk.id, { name: 'Rheinwerk', country: 'DE', contacts });
    await addSupplier(ctx(), from, { name: 'Solo BV', country: 'NL', materials: 'copper' });
    const file = await exportSupplierRegister(ctx(), from, format);
    const contactsOf = async (actor: OrgActor) =>
      Object.fromEntries((await listSupplierRegister(ctx(), actor)).map((s) => [s.name, s.profile.contacts]));
    const exported = await contactsOf(from);
    expect(exported).toEqual({ Rheinwerk: contacts, 'Solo BV': [] });

    // Into another organisation (new suppliers), then into the same one (updates).
    for (const into of [await actorFor(`into-${format}`), from]) {
      const upload = { fileName: `register.${format}`, bytes: file.body };
      const preview = await previewSupplierFile(ctx(), imports, into, upload);
      expect(preview.mapping).toMatchObject({ contacts: 'Contacts' });
      expect(preview.rows.flatMap((r) => r.issues)).toEqual([]);
      const result = await importStagedSuppliers(ctx(), imports, into, preview.staged, upload.fileName);
      expect(result.created + result.updated).toBe(2);
      expect(await contactsOf(into)).toEqual(exported);
      // Contacts are personal data: the audit log counts the import, it does not copy them.
      const [entry] = await store().audit.list(into.organisationId, { limit: 1 });
      expect(entry).toMatchObject({ entity: 'supplier', action: 'import', summary: result });
      expect(JSON.stringify(entry)).not.toMatch(/@|Jansen|Vries|Verkoop/);
    }
  });
});
