import { AppError, ROLES, type Role } from '@assay/core';
import { addBranchMember, createOrganisation, createUser } from '@assay/services';
import type { Command } from 'commander';
import { withDatabase } from '../database.js';
import { type Io, printResult } from '../output.js';

const CLI_ACTOR = { userId: null, label: 'cli' };

/** Passwords come from a flag or, better (not visible in the process list), from ASSAY_PASSWORD. */
function passwordFrom(flag: string | undefined, what: string): string {
  const password = flag ?? process.env.ASSAY_PASSWORD;
  if (!password) {
    throw new AppError('invalid_input', `No password given for ${what}.`, {
      hint: 'Set ASSAY_PASSWORD in the environment (preferred) or pass --password.',
    });
  }
  return password;
}

export function registerAccounts(program: Command, io: Io): void {
  const org = program.command('org').description('Manage organisations');
  org
    .command('create')
    .description('Create an organisation, optionally with a new owner account')
    .requiredOption('--name <name>', 'organisation name')
    .requiredOption('--slug <slug>', 'short name used in web addresses (a-z, 0-9, -)')
    .option('--kind <kind>', 'company or branch', 'company')
    .option('--owner-email <email>', 'create an owner account with this e-mail address')
    .option('--owner-name <name>', 'the owner’s name (default: the e-mail address)')
    .option('--password <password>', 'the owner’s password (prefer ASSAY_PASSWORD)')
    .option('--json', 'print the result as JSON')
    .action(
      async (o: {
        name: string;
        slug: string;
        kind: string;
        ownerEmail?: string;
        ownerName?: string;
        password?: string;
        json?: boolean;
      }) => {
        const owner = o.ownerEmail
          ? { email: o.ownerEmail, name: o.ownerName ?? o.ownerEmail, password: passwordFrom(o.password, 'the owner') }
          : undefined;
        const result = await withDatabase((ctx) =>
          createOrganisation(
            ctx,
            { organisation: { name: o.name, slug: o.slug, kind: o.kind }, ...(owner ? { owner } : {}) },
            CLI_ACTOR,
          ),
        );
        printResult(
          io,
          {
            id: result.organisation.id,
            slug: result.organisation.slug,
            name: result.organisation.name,
            kind: result.organisation.kind,
            ...(result.user ? { owner: result.user.email } : {}),
          },
          o.json ?? false,
        );
      },
    );

  org
    .command('add-member')
    .description('Make a company a member of a branch organisation')
    .requiredOption('--branch <slug>', 'the branch organisation')
    .requiredOption('--member <slug>', 'the member company')
    .option('--json', 'print the result as JSON')
    .action(async (o: { branch: string; member: string; json?: boolean }) => {
      const { branch, member } = await withDatabase((ctx) =>
        addBranchMember(ctx, { branchSlug: o.branch, memberSlug: o.member }, CLI_ACTOR),
      );
      printResult(io, { branch: branch.slug, member: member.slug }, o.json ?? false);
    });

  const user = program.command('user').description('Manage user accounts');
  user
    .command('create')
    .description('Create a user account, optionally as a member of an organisation')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .option('--name <name>', 'the person’s name (default: the e-mail address)')
    .option('--org <slug>', 'add the user to this organisation')
    .option('--role <role>', `role in the organisation: ${ROLES.join(', ')}`, 'viewer')
    .option('--password <password>', 'password (prefer ASSAY_PASSWORD)')
    .option('--json', 'print the result as JSON')
    .action(
      async (o: { email: string; name?: string; org?: string; role: string; password?: string; json?: boolean }) => {
        if (!ROLES.includes(o.role as Role)) {
          throw new AppError('invalid_input', `--role must be one of ${ROLES.join(', ')}.`);
        }
        const password = passwordFrom(o.password, 'the user');
        const result = await withDatabase((ctx) =>
          createUser(
            ctx,
            {
              user: { email: o.email, name: o.name ?? o.email, password },
              ...(o.org ? { organisationSlug: o.org, role: o.role as Role } : {}),
            },
            CLI_ACTOR,
          ),
        );
        printResult(
          io,
          {
            id: result.user.id,
            email: result.user.email,
            ...(result.organisation ? { organisation: result.organisation.slug, role: o.role } : {}),
          },
          o.json ?? false,
        );
      },
    );
}
