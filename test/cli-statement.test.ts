// `duly import statement FILE` as a user runs it: an mBank statement imported with its
// JSON summary; with no invoices in the ledger every credit stays unmatched.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeCliOnEachDatabase } from './cli/run-cli';

const sample = fileURLToPath(new URL('./fixtures/bank/wolph_mBank_mt940.sta', import.meta.url));

describeCliOnEachDatabase('duly import statement', (cli) => {
  it('imports the statement and prints the JSON summary', async () => {
    expect((await cli.run(['org', 'add', '--slug', 'hurtownia', '--name', 'Hurtownia sp. z o.o.', '--country', 'PL', '--currency', 'PLN'])).code).toBe(0);
    const path = cli.file('mbank.sta', readFileSync(sample, 'latin1'));
    const imported = await cli.run(['import', 'statement', path, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({
      fileName: 'mbank.sta',
      committed: true,
      statements: 1,
      linesRead: 3,
      credits: 3,
      debits: 0,
      matchedAutomatically: 0,
      queuedForReview: 0,
      unmatched: 3,
      alreadyImported: 0,
      notBooked: 0,
      paymentsCreated: 0,
      outboxActionsCancelled: 0,
      errors: [],
    });
  });
});
