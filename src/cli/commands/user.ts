import type { Command } from 'commander';
import { addUser } from '../../app/add-user';
import { findUserByEmail } from '../../store/users';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';
import { readSecret } from '../read-secret';
import { resolveOrg } from '../resolve-org';

const roles = ['admin', 'collector', 'account_owner', 'viewer'] as const;

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('people who use Duly');
  user
    .command('add')
    .description('create a user (or give an existing one a role) in an organization')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .option('--name <name>', 'full name (required for a new user)')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'admin')
    .option('--password <password>', 'password for a new user; asked for (or read from stdin) when omitted')
    .option('--language <lang>', 'interface language: pl, en, ru, de', 'pl')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      if (!roles.includes(options.role)) {
        return reportFailure(output, {
          ok: false,
          code: 'invalid_input',
          message: `unknown role "${options.role}"`,
          issues: [{ field: 'role', message: `one of ${roles.join(', ')}` }],
        });
      }
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        // A new user needs a password: ask for it only then, never echoing it.
        let password: string | undefined = options.password ?? process.env.DULY_PASSWORD;
        if (password === undefined && !(await findUserByEmail(db, options.email))) {
          password = await readSecret(`Password for ${options.email} (at least 10 characters): `);
        }
        const result = await addUser(db, {
          email: options.email,
          name: options.name ?? '',
          password,
          language: options.language,
          orgId: org.value.id,
          role: options.role,
        });
        if (!result.ok) return reportFailure(output, result);
        const verb = result.value.created ? 'created user' : 'updated role of';
        printResult(output, result.value, `${verb} ${options.email} as ${options.role} in ${org.value.slug}`);
      });
    });
}
