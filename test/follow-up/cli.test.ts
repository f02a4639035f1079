// The follow-up commands run as a user runs them: a child process on the embedded
// database (a data directory) and on PostgreSQL, with their output and exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoLedger } from '../../src/app/demo/generate-demo';
import { createTestPostgresDatabase, testedDatabases } from '../databases';

const bin = resolve(__dirname, '..', '..', 'bin', 'duly.js');

type Run = { code: number; stdout: string; stderr: string };

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const today = '2026-04-15';
// The demo ledger is deterministic: its first customer's code is known beforehand.
const customerCode = generateDemoLedger({ today }).customers[0]!.externalId!;

for (const kind of testedDatabases()) {
  describe(`duly follow-up commands [${kind}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'duly-follow-up-cli-'));
    const env: NodeJS.ProcessEnv = { DULY_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    let drop: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      if (kind === 'postgres') {
        const created = await createTestPostgresDatabase();
        env.DATABASE_URL = created.url;
        drop = created.drop;
      }
      const demo = await runCli(['demo', '--today', today, '--json'], env);
      expect(demo.code).toBe(0);
    }, 120_000);
    afterAll(async () => {
      await drop?.();
      rmSync(dir, { recursive: true, force: true });
    });

    it('runs the day with a JSON summary, and a rerun finds everything already present', async () => {
      const first = await runCli(['run', '--date', today, '--json'], env);
      expect(first.code).toBe(0);
      const summary = JSON.parse(first.stdout);
      expect(summary).toMatchObject({ date: today, dryRun: false, complete: true, actionsAlreadyPresent: 0 });
      expect(summary.actionsCreated).toBeGreaterThan(0);
      expect(summary.perChannel.email.created).toBeGreaterThan(0);
      expect(Array.isArray(summary.held)).toBe(true);

      const again = JSON.parse((await runCli(['run', '--date', today, '--json'], env)).stdout);
      expect(again).toMatchObject({ actionsCreated: 0, actionsAlreadyPresent: summary.actionsCreated });

      const dry = await runCli(['run', '--date', '2026-04-16', '--dry-run'], env);
      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(/dry run: nothing was written/);

      const bad = await runCli(['run', '--date', '2026-02-30', '--json'], env);
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.stdout).error.issues[0].field).toBe('date');
    }, 120_000);

    it("previews a customer's next thirty days, found by its code", async () => {
      const preview = await runCli(['preview', '--customer', customerCode, '--from', today, '--json'], env);
      expect(preview.code).toBe(0);
      const body = JSON.parse(preview.stdout);
      expect(body.customer.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.days).toHaveLength(30);
      expect(body.days[0].date).toBe(today);

      const text = await runCli(['preview', '--customer', customerCode, '--from', today, '--days', '7'], env);
      expect(text.code).toBe(0);
      expect(text.stdout.split('\n')[0]).toMatch(/the next 7 days from 2026-04-15/);

      const unknown = await runCli(['preview', '--customer', 'no such customer'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/no customer/);
    }, 120_000);

    it('forecasts the book and back-tests a procedure', async () => {
      const predicted = JSON.parse((await runCli(['forecast', '--from', '2026-04-16', '--days', '7', '--json'], env)).stdout);
      expect(predicted.perDay).toHaveLength(7);
      expect(predicted.customers).toBeGreaterThan(0);

      const replay = await runCli(['backtest', '--procedure', 'standard', '--from', '2026-03-01', '--to', '2026-03-31', '--json'], env);
      expect(replay.code).toBe(0);
      const report = JSON.parse(replay.stdout);
      expect(report).toMatchObject({ procedureKey: 'standard', days: 31 });
      expect(report.actions).toBeGreaterThan(0);

      const future = await runCli(['backtest', '--procedure', 'standard', '--from', '2026-03-01', '--to', '2999-01-01'], env);
      expect(future.code).toBe(1);
    }, 120_000);

    it('lists, exports and imports procedures', async () => {
      const list = JSON.parse((await runCli(['procedure', 'list', '--json'], env)).stdout);
      expect(list.map((p: { key: string }) => p.key).sort()).toEqual(['key-account', 'new-customer', 'small-amounts', 'standard']);

      const exported = await runCli(['procedure', 'export', 'standard', '--format', 'yaml'], env);
      expect(exported.code).toBe(0);
      const file = join(dir, 'standard.yaml');
      writeFileSync(file, exported.stdout.replace('promiseGraceDays: 3', 'promiseGraceDays: 4'));
      const imported = await runCli(['procedure', 'import', file, '--effective-from', '2026-05-01', '--json'], env);
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({ procedureKey: 'standard', version: 2, effectiveFrom: '2026-05-01', promiseGraceDays: 4 });

      writeFileSync(file, readFileSync(file, 'utf8').replace('channel: sms', 'channel: pigeon'));
      const refused = await runCli(['procedure', 'import', file], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/standard\.yaml, line \d+, steps\[2\]\.channel/);
    }, 120_000);
  });
}
