// The `duly` command line, run as a user runs it: a child process, its output and
// exit codes, on the embedded database (a data directory) and on PostgreSQL.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPostgresDatabase, testedDatabases } from './databases';

const bin = resolve(__dirname, '..', 'bin', 'duly.js');

type Run = { code: number; stdout: string; stderr: string };

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      done({ code, stdout, stderr });
    });
  });
}

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

for (const kind of testedDatabases()) {
  describe(`duly CLI [${kind}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'duly-cli-'));
    const env: NodeJS.ProcessEnv = { DULY_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    let drop: (() => Promise<void>) | undefined;
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };

    beforeAll(async () => {
      if (kind === 'postgres') {
        const created = await createTestPostgresDatabase();
        env.DATABASE_URL = created.url;
        drop = created.drop;
      }
    });
    afterAll(async () => {
      await drop?.();
      rmSync(dir, { recursive: true, force: true });
    });

    it('creates an organization, refuses the same slug twice, and checks its input', async () => {
      const created = await runCli(
        ['org', 'add', '--slug', 'acme', '--name', 'Acme sp. z o.o.', '--country', 'PL', '--currency', 'PLN', '--json'],
        env,
      );
      expect(created.code).toBe(0);
      expect(JSON.parse(created.stdout)).toMatchObject({ slug: 'acme' });

      const again = await runCli(
        ['org', 'add', '--slug', 'acme', '--name', 'Other', '--country', 'PL', '--currency', 'PLN'],
        env,
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/acme/);

      const badCurrency = await runCli(
        ['org', 'add', '--slug', 'beta', '--name', 'Beta', '--country', 'PL', '--currency', 'ZZZ', '--json'],
        env,
      );
      expect(badCurrency.code).toBe(1);
      expect(badCurrency.stdout).toMatch(/baseCurrency/);
    });

    it('adds a user with a role', async () => {
      const added = await runCli(
        ['user', 'add', '--email', 'ewa@acme.example', '--name', 'Ewa Nowak', '--role', 'collector', '--password', 'correct horse battery', '--json'],
        env,
      );
      expect(added.code).toBe(0);
      expect(JSON.parse(added.stdout)).toMatchObject({ created: true });
      const badRole = await runCli(['user', 'add', '--email', 'x@acme.example', '--role', 'boss'], env);
      expect(badRole.code).toBe(1);
    });

    it('imports, then re-imports the same file without changing anything', async () => {
      const customers = file('customers.csv', customersCsv);
      const first = await runCli(['import', 'customers', customers, '--json'], env);
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ rowsRead: 2, created: 2, updated: 0, unchanged: 0, errors: [] });

      const invoices = file('invoices.csv', invoicesCsv);
      const imported = await runCli(['import', 'invoices', invoices, '--org', 'acme', '--json'], env);
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ created: 2, committed: true });

      const again = await runCli(['import', 'invoices', invoices, '--json'], env);
      expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    });

    it('refuses unknown customers unless told to create them', async () => {
      const path = file('unknown.csv', unknownCustomerCsv);
      const refused = await runCli(['import', 'invoices', path, '--json'], env);
      expect(refused.code).toBe(1);
      const report = JSON.parse(refused.stdout);
      expect(report.committed).toBe(false);
      expect(report.errors[0]).toMatchObject({ file: 'unknown.csv', line: 2 });

      const created = await runCli(['import', 'invoices', path, '--create-customers', '--json'], env);
      expect(created.code).toBe(0);
      expect(JSON.parse(created.stdout)).toMatchObject({ created: 1, customersCreated: 1 });
    });

    it('answers a wrong command line with exit code 1 and a missing file plainly', async () => {
      expect((await runCli(['import', 'wizards', 'x.csv'], env)).code).toBe(1);
      expect((await runCli(['no-such-command'], env)).code).toBe(1);
      const missing = await runCli(['import', 'invoices', join(dir, 'missing.csv')], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/missing\.csv/);
    });
  });
}
