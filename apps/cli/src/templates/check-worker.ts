/** Worker thread for `assay template check`: checks the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file.js';

parentPort?.on('message', (job: { id: number; path: string; today?: string }) => {
  parentPort?.postMessage({ id: job.id, result: checkFile(job.path, job.today) });
});
