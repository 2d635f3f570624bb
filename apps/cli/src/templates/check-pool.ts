import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileCheck } from './check-file.js';

/** The most findings kept per file in a bulk check; the counts stay exact. */
const MAX_FINDINGS_PER_FILE = 200;

function trim(result: FileCheck): FileCheck {
  return result.findings.length > MAX_FINDINGS_PER_FILE
    ? { ...result, findings: result.findings.slice(0, MAX_FINDINGS_PER_FILE) }
    : result;
}

/**
 * Young-generation size of a worker's heap, in MB. A check allocates a few MB of short-lived
 * objects per file, and the inflated parts (several MB outside the heap) are freed only when the
 * objects that hold them are collected: frequent small scavenges free them file by file, where
 * V8's default (tens of MB) lets each worker carry many files' worth before it collects.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * Checks files on all cores. Each worker holds one workbook at a time, so memory stays flat however
 * many files there are. From TypeScript sources (tests) the files are checked in this thread. The
 * reader itself is loaded only where files are checked: with workers, not in this thread.
 */
export async function checkFiles(
  paths: readonly string[],
  options: { today?: string; workers?: number; onResult?: (result: FileCheck, done: number) => void } = {},
): Promise<FileCheck[]> {
  const results: FileCheck[] = new Array(paths.length);
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  const compiled = import.meta.url.endsWith('.js');
  const size = Math.max(1, Math.min(options.workers ?? availableParallelism(), paths.length));
  let done = 0;
  const report = (index: number, result: FileCheck) => {
    results[index] = trim(result);
    done += 1;
    options.onResult?.(results[index] as FileCheck, done);
  };
  if (!compiled || size === 1) {
    const { checkFile } = await import('./check-file.js');
    for (const [index, path] of paths.entries()) report(index, checkFile(path, options.today));
    return results;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, () => {
      // Workers inherit the parent's flags; --input-type (from `node -e`) is not valid for a worker file.
      const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
      const worker = new Worker(workerUrl, {
        execArgv,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      return new Promise<void>((resolve, reject) => {
        const send = () => {
          if (next >= paths.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          const id = next++;
          worker.postMessage({ id, path: paths[id], ...(options.today ? { today: options.today } : {}) });
        };
        worker.on('message', (message: { id: number; result: FileCheck }) => {
          report(message.id, message.result);
          send();
        });
        worker.on('error', reject);
        send();
      });
    }),
  );
  return results;
}
