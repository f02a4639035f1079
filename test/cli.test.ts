// The `duly` command line, run as a user runs it: a child process, its output and
// exit codes, on the embedded database (a data directory) and on PostgreSQL.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCliOnEachDatabase, runCli } from './cli/run-cli';

const customersCsv = [
  'Kod;Nazwa;NIP;Kraj;Termin płatności (dni)',
  'K001;Hurtownia Budowlana Kowalczyk sp. z o.o.;5260250274;PL;14',
  'K002;Zakład Mechaniki Nowak sp.j.;7010002139;PL;30',
].join('\n');

const invoicesCsv = [
  'Numer faktury;Kod kontrahenta;Data wystawienia;Termin płatności;Waluta;Kwota brutto',
  'FV/2026/10/001;K001;2026-10-01;2026-10-15;PLN;1 230,00',
  'FV/2026/10/002;K002;01.10.2026;31.10.2026;PLN;4 920,50',
].join('\n');

const unknownCustomerCsv = [
  'Numer faktury;Kod kontrahenta;Nazwa kontrahenta;Data wystawienia;Termin płatności;Kwota brutto',
  'FV/2026/10/003;K999;Nowy Klient sp. z o.o.;2026-10-02;2026-10-16;100,00',
].join('\n');

describeCliOnEachDatabase('duly CLI', (cli) => {
  it('creates an organization, refuses the same slug twice, and checks its input', async () => {
    const created = await cli.run(['org', 'add', '--slug', 'acme', '--name', 'Acme sp. z o.o.', '--country', 'PL', '--currency', 'PLN', '--json']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ slug: 'acme' });

    const again = await cli.run(['org', 'add', '--slug', 'acme', '--name', 'Other', '--country', 'PL', '--currency', 'PLN']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/acme/);

    const badCurrency = await cli.run(['org', 'add', '--slug', 'beta', '--name', 'Beta', '--country', 'PL', '--currency', 'ZZZ', '--json']);
    expect(badCurrency.code).toBe(1);
    expect(badCurrency.stdout).toMatch(/baseCurrency/);
  });

  it('adds a user with a role', async () => {
    const added = await cli.run([
      'user', 'add', '--email', 'ewa@acme.example', '--name', 'Ewa Nowak', '--role', 'collector', '--password', 'correct horse battery', '--json',
    ]);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ created: true });
  });

  it('imports, then re-imports the same file without changing anything', async () => {
    const customers = cli.file('customers.csv', customersCsv);
    const first = await cli.run(['import', 'customers', customers, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ rowsRead: 2, created: 2, updated: 0, unchanged: 0, errors: [] });

    const invoices = cli.file('invoices.csv', invoicesCsv);
    const imported = await cli.run(['import', 'invoices', invoices, '--org', 'acme', '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: 2, committed: true });

    const again = await cli.run(['import', 'invoices', invoices, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses unknown customers unless told to create them', async () => {
    const path = cli.file('unknown.csv', unknownCustomerCsv);
    const refused = await cli.run(['import', 'invoices', path, '--json']);
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout);
    expect(report.committed).toBe(false);
    expect(report.errors[0]).toMatchObject({ file: 'unknown.csv', line: 2 });

    const created = await cli.run(['import', 'invoices', path, '--create-customers', '--json']);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ created: 1, customersCreated: 1 });
  });
});

// Mistakes on the command line itself are caught before any database is opened, so
// they are checked once rather than once per database kind. The database is a server
// nobody listens on: a command that opened it after all would exit with 2, not 1.
const noDatabase = { DATABASE_URL: 'postgres://duly@127.0.0.1:1/none', DULY_DATA_DIR: join(tmpdir(), 'duly-cli-no-database') };
const run = (args: string[]) => runCli(args, noDatabase);

// Each command is a new Node process that loads the whole CLI: several seconds apiece.
describe('duly CLI, before any database', { timeout: 120_000 }, () => {
  it('answers a wrong command line with exit code 1 and a missing file plainly', async () => {
    expect((await run(['import', 'wizards', 'x.csv'])).code).toBe(1);
    expect((await run(['no-such-command'])).code).toBe(1);
    const missing = await run(['import', 'invoices', join(tmpdir(), 'duly-missing', 'missing.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.csv/);
  });

  it('refuses an unknown role', async () => {
    const badRole = await run(['user', 'add', '--email', 'x@acme.example', '--role', 'boss']);
    expect(badRole.code).toBe(1);
  });
});
