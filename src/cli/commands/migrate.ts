import type { Command } from 'commander';
import { withDatabase } from '../command-context';
import { describeDatabase } from '../open-database';
import { printResult } from '../output';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (also done on every start)')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      // Opening the database applies the migrations.
      await withDatabase(output, async (database, config) => {
        printResult(output, { migrated: true, database: database.kind }, `migrated the ${describeDatabase(config)}`);
      });
    });
}
