/** Test-only: runs the CLI in-process with captured output. */
import type { Io } from '../output.js';
import { runCli } from '../program.js';

export type CapturedRun = { code: number; out: string; err: string };

export async function runCaptured(...argv: string[]): Promise<CapturedRun> {
  const captured = { out: '', err: '' };
  const io: Io = {
    out: (text) => {
      captured.out += text;
    },
    err: (text) => {
      captured.err += text;
    },
    isTty: false,
  };
  const code = await runCli(argv, io);
  return { code, ...captured };
}
