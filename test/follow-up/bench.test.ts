// The daily run's benchmark parts on both databases at a small size, so
// `npm run bench -- --scenario follow-up` does not rot between runs.
import { expect, it } from 'vitest';
import { benchCustomerCount, writeFollowUpLedger } from '../../bench/follow-up-generate';
import { followUpTargets, formatFollowUpTable } from '../../bench/follow-up-report';
import { runFollowUpScenario } from '../../bench/follow-up-scenario';
import { createOrganization } from '../../src/app/create-organization';
import { queryRows, sql } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { expectOk, unique } from '../ledger-fixtures';

const runDate = '2026-04-15';

describeEachDatabase('follow-up benchmark', (database) => {
  it('writes N open invoices for N/10 customers around the run day, routed over three procedures', async () => {
    const { db } = database();
    const orgId = expectOk(await createOrganization(db, { slug: unique('gen'), legalName: 'Gen', country: 'PL', baseCurrency: 'PLN' })).id;
    expect(await writeFollowUpLedger(db, orgId, { invoices: 1_000, runDate })).toEqual({ customers: 100, invoices: 1_000, contacts: 200 });
    expect(benchCustomerCount(5)).toBe(1);
    const [span] = await queryRows<{ first: string; last: string; open: number; segments: number }>(
      db,
      sql`select min(due_date) as first, max(due_date) as last, count(*) filter (where status = 'open')::int as open,
                 (select count(distinct segment)::int from customers where org_id = ${orgId}) as segments
            from invoices where org_id = ${orgId}`,
    );
    expect(span).toEqual({ first: '2026-02-14', last: '2026-05-15', open: 1_000, segments: 3 });
  });

  it('times the run beside the one-statement baseline, which writes as many outbox rows', async () => {
    const lines: string[] = [];
    // Small, so the test checks that the scenario works; `npm run bench` measures the big sizes.
    const result = await runFollowUpScenario(database(), 500, { runDate, log: (line) => lines.push(line) });
    expect(result).toMatchObject({ database: database().kind, invoices: 500, customers: 50, runDate });
    // The ledger puts a step due on the run day for every customer: a contact each at least.
    expect(result.run.actionsCreated).toBeGreaterThanOrEqual(result.customers);
    expect(result.baseline.rows).toBe(result.run.actionsCreated);
    expect(result.run.stepsRecorded).toBeGreaterThan(result.run.actionsCreated);
    // The ratio is taken from the unrounded times; the reported ones are rounded to
    // hundredths of a millisecond, which moves a ratio of 30 over a 5 ms baseline by 0.05.
    expect(Math.abs(result.ratio - result.run.ms / result.baseline.ms)).toBeLessThan(0.01 * result.ratio + 0.01);
    expect(result.rerun).toMatchObject({ actionsCreated: 0, actionsAlreadyPresent: result.run.actionsCreated });
    expect(result.nextDay.held).toBeGreaterThan(0);
    expect(Object.keys(result.run.perKind)).toContain('sendMessage');
    expect(result.memory.afterRun.peakRssMb).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes('baseline'))).toBe(true);
    const table = formatFollowUpTable([result]).split('\n');
    expect(table[0]).toMatch(/^database\s+invoices\s+run s/);
    expect(table[2]!.startsWith(database().kind)).toBe(true);
    expect(followUpTargets(result).underMinute).toBeNull();
    expect(result.samples).toEqual([{ runMs: result.run.ms, baselineMs: result.baseline.ms, ratio: result.ratio, peakRssMb: result.memory.afterRun.peakRssMb }]);
  }, 120_000);

  it('times several pairs from empty follow-up tables and reports their medians', async () => {
    const result = await runFollowUpScenario(database(), 300, { runDate, samples: 3, log: () => undefined });
    expect(result.samples).toHaveLength(3);
    // Every pair's run was the day's first: each created the same actions anew.
    expect(result.baseline.rows).toBe(result.run.actionsCreated);
    expect(result.rerun.actionsAlreadyPresent).toBe(result.run.actionsCreated);
    const middle = (values: number[]) => [...values].sort((a, b) => a - b)[1];
    expect(result.run.ms).toBe(middle(result.samples.map((s) => s.runMs)));
    expect(result.baseline.ms).toBe(middle(result.samples.map((s) => s.baselineMs)));
    expect(result.ratio).toBe(middle(result.samples.map((s) => s.ratio)));
    expect(result.memory.afterRun.peakRssMb).toBe(Math.max(...result.samples.map((s) => s.peakRssMb)));
    const ratios = result.samples.map((s) => s.ratio);
    const row = formatFollowUpTable([result]).split('\n')[2]!;
    expect(row).toContain(`${result.ratio.toFixed(1)} (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)})`);
  }, 120_000);
});
