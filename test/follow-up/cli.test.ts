// The follow-up commands run as a user runs them: a child process on the embedded
// database (a data directory) and on PostgreSQL, with their output and exit codes.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { generateDemoLedger } from '../../src/app/demo/generate-demo';
import { describeCliOnEachDatabase } from '../cli/run-cli';

const today = '2026-04-15';
// The demo ledger is deterministic: its first customer's code is known beforehand.
const customerCode = generateDemoLedger({ today }).customers[0]!.externalId!;

describeCliOnEachDatabase('duly follow-up commands', (cli) => {
  beforeAll(async () => {
    const demo = await cli.run(['demo', '--today', today, '--json']);
    expect(demo.code).toBe(0);
  }, 120_000);

  it('runs the day with a JSON summary, and a rerun finds everything already present', async () => {
    const first = await cli.run(['run', '--date', today, '--json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ date: today, dryRun: false, complete: true, actionsAlreadyPresent: 0 });
    expect(summary.actionsCreated).toBeGreaterThan(0);
    expect(summary.perChannel.email.created).toBeGreaterThan(0);
    expect(Array.isArray(summary.held)).toBe(true);

    const again = JSON.parse((await cli.run(['run', '--date', today, '--json'])).stdout);
    expect(again).toMatchObject({ actionsCreated: 0, actionsAlreadyPresent: summary.actionsCreated });

    const dry = await cli.run(['run', '--date', '2026-04-16', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/dry run: nothing was written/);

    const bad = await cli.run(['run', '--date', '2026-02-30', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout).error.issues[0].field).toBe('date');
  });

  it("previews a customer's next thirty days, found by its code", async () => {
    const preview = await cli.run(['preview', '--customer', customerCode, '--from', today, '--json']);
    expect(preview.code).toBe(0);
    const body = JSON.parse(preview.stdout);
    expect(body.customer.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.days).toHaveLength(30);
    expect(body.days[0].date).toBe(today);

    const text = await cli.run(['preview', '--customer', customerCode, '--from', today, '--days', '7']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/the next 7 days from 2026-04-15/);

    const unknown = await cli.run(['preview', '--customer', 'no such customer']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no customer/);
  });

  it('forecasts the book and back-tests a procedure', async () => {
    const predicted = JSON.parse((await cli.run(['forecast', '--from', '2026-04-16', '--days', '7', '--json'])).stdout);
    expect(predicted.perDay).toHaveLength(7);
    expect(predicted.customers).toBeGreaterThan(0);

    const replay = await cli.run(['backtest', '--procedure', 'standard', '--from', '2026-03-01', '--to', '2026-03-31', '--json']);
    expect(replay.code).toBe(0);
    const report = JSON.parse(replay.stdout);
    expect(report).toMatchObject({ procedureKey: 'standard', days: 31 });
    expect(report.actions).toBeGreaterThan(0);

    const future = await cli.run(['backtest', '--procedure', 'standard', '--from', '2026-03-01', '--to', '2999-01-01']);
    expect(future.code).toBe(1);
  });

  it('lists, exports and imports procedures', async () => {
    const list = JSON.parse((await cli.run(['procedure', 'list', '--json'])).stdout);
    expect(list.map((p: { key: string }) => p.key).sort()).toEqual(['key-account', 'new-customer', 'small-amounts', 'standard']);

    const exported = await cli.run(['procedure', 'export', 'standard', '--format', 'yaml']);
    expect(exported.code).toBe(0);
    const file = cli.file('standard.yaml', exported.stdout.replace('promiseGraceDays: 3', 'promiseGraceDays: 4'));
    const imported = await cli.run(['procedure', 'import', file, '--effective-from', '2026-05-01', '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ procedureKey: 'standard', version: 2, effectiveFrom: '2026-05-01', promiseGraceDays: 4 });

    cli.file('standard.yaml', readFileSync(file, 'utf8').replace('channel: sms', 'channel: pigeon'));
    const refused = await cli.run(['procedure', 'import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/standard\.yaml, line \d+, steps\[2\]\.channel/);
  });
});
