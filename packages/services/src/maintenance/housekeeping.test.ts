import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachDialect } from '@assay/storage/test-support';
import { afterAll, expect, it } from 'vitest';
import { type OrgActor, serviceContext } from '../context.js';
import { getGrievanceCase, readGrievanceAttachment } from '../grievances/case-queries.js';
import { createGrievanceDesk } from '../grievances/grievance-desk.js';
import { submitGrievance } from '../grievances/public-channel.js';
import { intakeTemplate } from '../supply-chain/intake.js';
import { cancelStagedImport, importStagedSuppliers, previewSupplierFile } from '../supply-chain/supplier-import.js';
import { DATA_FOLDERS, dataFiles } from './data-files.js';
import { runHousekeeping, STAGED_IMPORT_TTL_MS } from './housekeeping.js';

const root = mkdtempSync(join(tmpdir(), 'assay-housekeeping-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOUR = 60 * 60_000;
/** Sets a file's (or folder's) times to `ms` ago, as if a crash had left it that long ago. */
const age = (path: string, ms: number) => {
  const then = new Date(Date.now() - ms);
  utimesSync(path, then, then);
};
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const csv = (name: string) => ({
  fileName: 'suppliers.csv',
  bytes: new TextEncoder().encode(`Name,Country\n${name},NL\n`),
});

forEachDialect('housekeeping', (store, dialect) => {
  const dataDir = join(root, dialect);
  const files = dataFiles(dataDir);
  const ctx = () => serviceContext(store());
  const actorFor = async (slug: string): Promise<OrgActor> => {
    const org = await store().organisations.create({ slug, name: `Org ${slug}`, kind: 'company' });
    return { userId: 'u-1', label: 'user', organisationId: org.id, role: 'owner' };
  };
  const folderOf = (kind: keyof typeof DATA_FOLDERS, id: string) => join(dataDir, DATA_FOLDERS[kind], id);

  it('removes partial and unrecorded template files in every organisation, keeps recorded and fresh ones', async () => {
    const orgs = [await actorFor('north'), await actorFor('south')];
    const kept: Record<string, string[]> = {};
    for (const actor of orgs) {
      // A real submission (unreadable bytes are still received and recorded).
      const received = await intakeTemplate(ctx(), files.submissions, actor, {
        fileName: 'x.xlsx',
        bytes: new TextEncoder().encode(`not a workbook ${actor.organisationId}`),
      });
      expect(received.status).toBe('unreadable');
      const folder = folderOf('submissions', actor.organisationId);
      const [recorded] = readdirSync(folder);
      // What a crash leaves: a partial write, and a complete file whose row was never committed.
      const partial = join(folder, `${sha('half')}.a1b2c3.tmp`);
      const orphan = join(folder, sha(`orphan ${actor.organisationId}`));
      writeFileSync(partial, 'half');
      writeFileSync(orphan, 'orphan');
      age(partial, HOUR);
      age(orphan, HOUR);
      // A file written a moment ago may be an intake about to write its row.
      const fresh = sha(`fresh ${actor.organisationId}`);
      writeFileSync(join(folder, fresh), 'fresh');
      kept[actor.organisationId] = [recorded as string, fresh].sort();
    }

    const report = await runHousekeeping(ctx(), files);
    expect(report).toMatchObject({ organisations: 2, submissionsRemoved: 4, failures: 0 });
    for (const actor of orgs)
      expect(readdirSync(folderOf('submissions', actor.organisationId)).sort()).toEqual(kept[actor.organisationId]);
    expect((await runHousekeeping(ctx(), files)).submissionsRemoved).toBe(0);
  });

  it('keeps an old unrecorded file that an intake receives again (put makes it fresh)', async () => {
    const actor = await actorFor('again');
    const bytes = new TextEncoder().encode('the same bytes twice');
    const folder = folderOf('submissions', actor.organisationId);
    mkdirSync(folder, { recursive: true });
    // Left by a crash an hour ago, then the same file is uploaded again.
    writeFileSync(join(folder, sha('the same bytes twice')), bytes);
    age(join(folder, sha('the same bytes twice')), HOUR);
    await files.submissions.put(actor.organisationId, sha('the same bytes twice'), bytes);
    await runHousekeeping(ctx(), files);
    expect(readdirSync(folder)).toEqual([sha('the same bytes twice')]);
  });

  it('expires staged supplier imports after a day, keeps fresh ones, and deletes them on import or cancel', async () => {
    const old = await actorFor('stale');
    const fresh = await actorFor('fresh');
    const stale = await previewSupplierFile(ctx(), files.imports, old, csv('Stale BV'));
    age(join(folderOf('imports', old.organisationId), stale.staged), STAGED_IMPORT_TTL_MS + HOUR);
    const recent = await previewSupplierFile(ctx(), files.imports, fresh, csv('Fresh BV'));
    age(join(folderOf('imports', fresh.organisationId), recent.staged), STAGED_IMPORT_TTL_MS - HOUR);

    const report = await runHousekeeping(ctx(), files);
    expect(report.importsRemoved).toBe(1);
    expect(readdirSync(folderOf('imports', old.organisationId))).toEqual([]);
    expect(readdirSync(folderOf('imports', fresh.organisationId))).toEqual([recent.staged]);
    await expect(importStagedSuppliers(ctx(), files.imports, old, stale.staged, 'suppliers.csv')).rejects.toMatchObject(
      { code: 'invalid_input' },
    );

    // Used: the file goes with the commit.
    expect(await importStagedSuppliers(ctx(), files.imports, fresh, recent.staged, 'suppliers.csv')).toMatchObject({
      created: 1,
    });
    expect(readdirSync(folderOf('imports', fresh.organisationId))).toEqual([]);
    // Cancelled: the file goes at once.
    const cancelled = await previewSupplierFile(ctx(), files.imports, fresh, csv('Later BV'));
    expect(readdirSync(folderOf('imports', fresh.organisationId))).toEqual([cancelled.staged]);
    await cancelStagedImport(files.imports, fresh, cancelled.staged);
    expect(readdirSync(folderOf('imports', fresh.organisationId))).toEqual([]);
    await expect(
      cancelStagedImport(files.imports, { ...fresh, role: 'viewer' }, cancelled.staged),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('adopts an attachment whose row was committed before a crash, removes one without a row', async () => {
    const desk = createGrievanceDesk(ctx(), { dataDir });
    const reporter = await actorFor('channel');
    const other = await actorFor('channel-two');
    const report = {
      category: 'child_labour',
      country: 'cd',
      place: 'Kolwezi',
      description: 'Children carry ore at the north pit every morning.',
      language: 'en',
      website: '',
    };
    const file = (text: string) => ({
      fileName: 'a.txt',
      declaredType: 'text/plain',
      bytes: new TextEncoder().encode(text),
    });
    await submitGrievance(desk, 'channel', {
      client: '203.0.113.10',
      input: report,
      files: [file('I saw it.')],
      locale: 'en',
    });
    await submitGrievance(desk, 'channel-two', {
      client: '203.0.113.10',
      input: report,
      files: [file('Me too.')],
      locale: 'en',
    });
    const [committed] = await store().grievances.list(reporter.organisationId);
    const [second] = await store().grievances.list(other.organisationId);
    if (!committed || !second) throw new Error('cases were not stored');
    // Crash between the commit and the rename: the row is there, the file is still `.part`.
    const caseFolder = folderOf('grievances', committed.id);
    const [name] = readdirSync(caseFolder);
    renameSync(join(caseFolder, name as string), join(caseFolder, `${name}.part`));
    age(join(caseFolder, `${name}.part`), HOUR);
    // Crash before the commit, in another organisation's case: a `.part` file without a row.
    const secondFolder = folderOf('grievances', second.id);
    writeFileSync(join(secondFolder, 'NoRowForThisFile.part'), 'half');
    age(join(secondFolder, 'NoRowForThisFile.part'), HOUR);
    // Crash before the commit of a new case: a folder whose case has no row at all.
    const lost = folderOf('grievances', '00000000-0000-4000-8000-000000000000');
    mkdirSync(lost);
    writeFileSync(join(lost, 'LostCaseFile.part'), 'half');
    age(join(lost, 'LostCaseFile.part'), HOUR);

    const result = await runHousekeeping(ctx(), files);
    expect(result).toMatchObject({ attachmentsAdopted: 1, attachmentsRemoved: 2, failures: 0 });
    expect(readdirSync(caseFolder)).toEqual([name]);
    expect(readdirSync(secondFolder)).toHaveLength(1);
    expect(existsSync(lost)).toBe(false);
    const attachment = (await getGrievanceCase(ctx(), reporter, committed.id)).grievance.attachments[0];
    if (!attachment) throw new Error('attachment row is missing');
    const read = await readGrievanceAttachment(desk, reporter, committed.id, attachment.id);
    expect(new TextDecoder().decode(read.bytes)).toBe('I saw it.');
  });
});
