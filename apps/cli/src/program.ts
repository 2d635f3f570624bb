import { type AppError, isAppError } from '@assay/core';
import { Command, CommanderError } from 'commander';
import { registerAccounts } from './commands/accounts.js';
import { registerBackup } from './commands/backup.js';
import { registerGrievances } from './commands/grievances.js';
import { registerIntake } from './commands/intake.js';
import { registerMaintenance } from './commands/maintenance.js';
import { registerMigrate } from './commands/migrate.js';
import { registerRiskCommands } from './commands/risk.js';
import { registerServe } from './commands/serve.js';
import { registerTemplate } from './commands/template.js';
import { EXIT_CODES } from './exit-codes.js';
import type { Io } from './output.js';
import { VERSION } from './version.js';

/**
 * Builds the `assay` program with every command registered. Commands that ran but found problems
 * (e.g. template findings) report their exit code through `setExitCode` instead of throwing.
 */
export function buildProgram(io: Io, setExitCode: (code: number) => void = () => {}): Command {
  const program = new Command('assay')
    .description('Assay — due diligence toolkit for responsible business conduct in the metal chain')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  registerServe(program, io);
  registerMigrate(program, io);
  registerAccounts(program, io);
  registerBackup(program, io);
  registerGrievances(program, io);
  registerMaintenance(program, io);
  registerRiskCommands(program, io);
  registerTemplate(program, io, setExitCode);
  registerIntake(program, io, setExitCode);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

function reportError(io: Io, error: AppError, json: boolean): void {
  if (json) {
    io.err(`${JSON.stringify({ error: { code: error.code, message: error.message, ...error.details } })}\n`);
    return;
  }
  io.err(`error: ${error.message}\n`);
  for (const issue of error.details.issues ?? [])
    io.err(`  - ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
  if (error.details.hint) io.err(`hint: ${error.details.hint}\n`);
}

/** Runs the CLI and returns the exit code; errors are reported once, without stack traces. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  const json = argv.includes('--json');
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors (unknown option, missing argument) exit 2.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isAppError(error)) {
      reportError(io, error, json);
      return EXIT_CODES[error.code];
    }
    io.err('error: an unexpected error occurred. Run again with ASSAY_DEBUG=1 for details.\n');
    if (process.env.ASSAY_DEBUG) io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_CODES.internal;
  }
}
