import type { Command } from 'commander';
import { createOrganization } from '../../app/create-organization';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';

export function registerOrgCommands(program: Command): void {
  const org = program.command('org').description('organizations (creditor companies)');
  org
    .command('add')
    .description('create an organization')
    .requiredOption('--slug <slug>', 'short name used in URLs, e.g. acme')
    .requiredOption('--name <legalName>', 'legal name')
    .requiredOption('--country <CC>', 'two-letter country code, e.g. PL')
    .requiredOption('--currency <CUR>', 'base currency, e.g. PLN')
    .option('--tax-id <taxId>', 'tax id (NIP)')
    .option('--language <lang>', 'default language of messages: pl, en, ru, de')
    .option('--time-zone <zone>', 'IANA time zone, e.g. Europe/Warsaw')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      await withDatabase(output, async ({ db }) => {
        const result = await createOrganization(db, {
          slug: options.slug,
          legalName: options.name,
          country: String(options.country).toUpperCase(),
          baseCurrency: String(options.currency).toUpperCase(),
          taxId: options.taxId,
          defaultLanguage: options.language,
          timeZone: options.timeZone,
        });
        if (!result.ok) return reportFailure(output, result);
        printResult(output, result.value, `created organization ${result.value.slug}`);
      });
    });
}
