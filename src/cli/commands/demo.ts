import type { Command } from 'commander';
import { createDemoOrganization } from '../../app/demo/write-demo';
import { dateInZone, isIsoDate } from '../../domain/dates';
import type { Db } from '../../store/database';
import { withDatabase } from '../command-context';
import { printResult, reportFailure, type Output } from '../output';

export const demoSlug = 'demo';

/** Creates the demo organization and tells how to sign in to it. */
export async function createDemo(db: Db, output: Output, options: { today?: string; slug?: string } = {}) {
  const today = options.today ?? dateInZone(new Date(), 'Europe/Warsaw');
  const result = await createDemoOrganization(db, { today, slug: options.slug ?? demoSlug });
  if (!result.ok) return reportFailure(output, result);
  const { slug, adminEmail, adminPassword, counts } = result.value;
  printResult(
    output,
    result.value,
    `created the demo organization "${slug}" as of ${today}: ${JSON.stringify(counts)}\n` +
      `sign in as ${adminEmail} with the password ${adminPassword}`,
  );
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('create a demo organization with realistic, deterministic data')
    .option('--slug <slug>', 'slug of the demo organization', demoSlug)
    .option('--today <date>', 'the day the demo ledger ends (YYYY-MM-DD); today by default')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      if (options.today && !isIsoDate(options.today)) {
        return reportFailure(output, {
          ok: false,
          code: 'invalid_input',
          message: '--today takes a date as YYYY-MM-DD',
          issues: [{ field: 'today', message: `got "${options.today}"` }],
        });
      }
      await withDatabase(output, ({ db }) => createDemo(db, output, { today: options.today, slug: options.slug }));
    });
}
