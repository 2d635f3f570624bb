/**
 * The hostile-input corpus, run in CI at a bounded size: 96 seeded mutations of a synthetic CMRT
 * (built here, no ../shared file needed), each checked by `assay template check`'s checker and
 * received by the server's intake into a real SQLite store. Both must give the same verdict on
 * every file; the run counts crashes, hangs, memory and refusals that name nothing, and fails on any.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLimitRefusal } from '@assay/core';
import { hostileCorpus, syntheticCmrt } from '@assay/core/test-support';
import { intakeTemplate } from '@assay/services';
import { readSupplierTemplate } from '@assay/services/template-verdict';
import { openTestStore } from '@assay/storage/test-support';
import { afterAll, describe, expect, it } from 'vitest';
import { createSubmissionFiles } from '../../../../packages/services/src/supply-chain/submission-files.js';
import { organisationWithOwner } from '../../../../packages/services/src/test-support/parallel-intake.js';
import { checkFile } from './check-file.js';

const FILES = 96;
const HANG_MS = 5000;
const TODAY = '2025-06-01';

/** A refusal names what is wrong where: a part, a sheet, a cell, or what kind of file it is. */
const NAMES_SOMETHING =
  /\((part|onderdeel) [^)]+\)|Sheet "|Werkblad "|\bcell [A-Z]{1,3}\d+|\bcel [A-Z]{1,3}\d+|truncated|afgebroken|not a zip|geen zip|not an Excel workbook|geen Excel-werkmap|legacy \.xls|password|empty|leeg|zip bomb|too many|DTD|entit/i;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** The CLI's status as the intake board's: warnings are still a valid submission. */
const asIntakeStatus = (status: string) =>
  status === 'errors' ? 'needs_correction' : status === 'unreadable' ? 'unreadable' : 'valid';

describe('hostile corpus: CLI check and server intake agree, and nothing crashes', () => {
  const root = mkdtempSync(join(tmpdir(), 'assay-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(`${FILES} mutated synthetic CMRTs`, async () => {
    const store = await openTestStore('sqlite');
    const { ctx, actor } = await organisationWithOwner(store);
    const files = createSubmissionFiles(join(root, 'submissions'));
    const corpus = hostileCorpus(syntheticCmrt(), { seed: 2026, count: FILES });
    const tally = { read: 0, refused: 0, crashes: [] as string[], hangs: [] as string[], nameless: [] as string[] };
    const disagreements: string[] = [];
    const rssStart = process.memoryUsage().rss;
    let rssMax = rssStart;
    try {
      for (const file of corpus) {
        const path = join(root, file.name);
        writeFileSync(path, file.bytes);
        const started = performance.now();
        const verdict = readSupplierTemplate(file.bytes, { fileName: file.name, today: TODAY });
        const cli = checkFile(path, TODAY);
        if (performance.now() - started > HANG_MS) tally.hangs.push(file.name);
        if (verdict.refusal?.unexpected) tally.crashes.push(file.name);
        if (verdict.refusal) {
          tally.refused++;
          // It names something, and shows no raw bytes of the damaged package.
          for (const text of [verdict.refusal.en, verdict.refusal.nl])
            if (!NAMES_SOMETHING.test(text) || CONTROL.test(text)) tally.nameless.push(`${file.name}: ${text}`);
        } else tally.read++;
        let received: Awaited<ReturnType<typeof intakeTemplate>> | undefined;
        try {
          received = await intakeTemplate(ctx, files, actor, { fileName: file.name, bytes: file.bytes });
        } catch (error) {
          // A file beyond a read limit is refused outright at upload (nothing stored); the CLI calls
          // it unreadable with the same message. Anything else thrown is a crash.
          const sameRefusal =
            isLimitRefusal(error) && cli.status === 'unreadable' && cli.reason === (error as Error).message;
          if (!sameRefusal) tally.crashes.push(`${file.name} (intake: ${(error as Error).message})`);
          continue;
        }
        const same =
          received.status === asIntakeStatus(cli.status) &&
          (cli.status === 'unreadable' || (received.errors === cli.errors && received.warnings === cli.warnings));
        if (!same) disagreements.push(`${file.name}: CLI ${cli.status}, intake ${received.status}`);
        rssMax = Math.max(rssMax, process.memoryUsage().rss);
      }
    } finally {
      await store.close();
    }
    const grewMb = Math.round((rssMax - rssStart) / 1024 / 1024);
    console.log(
      `hostile corpus: ${FILES} files, ${tally.read} read, ${tally.refused} refused, ${tally.crashes.length} crashes, ` +
        `${tally.hangs.length} hangs, ${tally.nameless.length} nameless messages, ${disagreements.length} disagreements, rss +${grewMb} MB`,
    );
    expect(tally.crashes).toEqual([]);
    expect(tally.hangs).toEqual([]);
    expect(tally.nameless).toEqual([]);
    expect(disagreements).toEqual([]);
    expect(grewMb).toBeLessThan(300);
    // Both outcomes occur: the mutations reach the reader, not only the zip layer.
    expect(tally.read).toBeGreaterThan(10);
    expect(tally.refused).toBeGreaterThan(10);
  }, 180_000);
});
