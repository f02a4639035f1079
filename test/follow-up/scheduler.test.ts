// Scheduling: which organizations still miss their run for their own today, the job
// that runs them, and pg-boss starting, running the catch-up and stopping cleanly on
// both databases. The wall clock is never read: every test passes its own `now`.
import { expect, it } from 'vitest';
import { createOrganization } from '../../src/app/create-organization';
import { runFollowUp } from '../../src/app/follow-up/run-follow-up';
import { hasFinishedRun, listFollowUpRuns } from '../../src/store/follow-up-runs';
import { missingRuns, runMissingFollowUps } from '../../src/worker/follow-up-job';
import { followUpQueue, startScheduler } from '../../src/worker/scheduler';
import { describeEachDatabase } from '../databases';
import { expectOk, unique } from '../ledger-fixtures';
import { addInvoice, addRegularCustomer, outbox } from './follow-up-ledger';

// 23:30 UTC on the 18th is already the 19th in Warsaw, still the 18th in London.
const now = new Date('2026-03-18T23:30:00Z');

describeEachDatabase('follow-up scheduling', (database) => {
  let warsaw = '';
  let london = '';

  it('finds the organizations still missing the run for their own today', async () => {
    const { db } = database();
    warsaw = expectOk(await createOrganization(db, { slug: unique('waw'), legalName: 'Warsaw', country: 'PL', baseCurrency: 'PLN', timeZone: 'Europe/Warsaw' })).id;
    london = expectOk(await createOrganization(db, { slug: unique('lon'), legalName: 'London', country: 'GB', baseCurrency: 'GBP', timeZone: 'Europe/London' })).id;
    const customer = await addRegularCustomer(db, warsaw, 'Reminded sp. z o.o.');
    await addInvoice(db, warsaw, customer);

    const due = await missingRuns(db, now);
    expect(due.find((d) => d.orgId === warsaw)?.date).toBe('2026-03-19');
    expect(due.find((d) => d.orgId === london)?.date).toBe('2026-03-18');
  });

  it('runs every missing run once, and nothing when all have run', async () => {
    const { db } = database();
    const outcomes = await runMissingFollowUps(db, now);
    const ours = outcomes.filter((o) => o.orgId === warsaw || o.orgId === london);
    expect(ours.map((o) => [o.date, o.ok]).sort()).toEqual([
      ['2026-03-18', true],
      ['2026-03-19', true],
    ]);
    expect(await hasFinishedRun(db, warsaw, '2026-03-19')).toBe(true);
    expect((await outbox(db, warsaw)).map((r) => [r.planned_for, r.action.steps[0]?.stepKey])).toEqual([['2026-03-19', 'first-reminder']]);
    expect((await missingRuns(db, now)).filter((d) => d.orgId === warsaw || d.orgId === london)).toEqual([]);
    expect(await runMissingFollowUps(db, now)).toEqual([]);
    // The next day both miss their run again, and a dry run does not count as one.
    expectOk(await runFollowUp(db, { orgId: warsaw, date: '2026-03-20', dryRun: true }));
    expect((await missingRuns(db, new Date('2026-03-20T09:00:00Z'))).map((d) => d.orgId).sort()).toEqual([warsaw, london].sort());
  });

  it('starts pg-boss with the daily schedule, runs the catch-up at once, and stops cleanly', async () => {
    const database_ = database();
    const later = new Date('2026-03-20T09:00:00Z');
    const lines: string[] = [];
    const scheduler = await startScheduler(database_, { now: () => later, log: (line) => lines.push(line), pollingIntervalSeconds: 0.5 });
    try {
      const schedules = await scheduler.boss.getSchedules();
      expect(schedules).toEqual([expect.objectContaining({ name: followUpQueue, cron: '0 6 * * *', timezone: 'Europe/Warsaw' })]);
      const deadline = Date.now() + 30_000;
      while (!(await hasFinishedRun(database_.db, warsaw, '2026-03-20')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await hasFinishedRun(database_.db, warsaw, '2026-03-20')).toBe(true);
      expect(await hasFinishedRun(database_.db, london, '2026-03-20')).toBe(true);
    } finally {
      await scheduler.stop();
    }
    expect(lines.some((line) => line.includes('2026-03-20'))).toBe(true);
    expect((await listFollowUpRuns(database_.db, warsaw)).map((r) => [r.runDate, r.status])).toEqual([
      ['2026-03-20', 'finished'],
      ['2026-03-19', 'finished'],
    ]);
    // The database is still usable by the app after the scheduler stopped.
    expect(await hasFinishedRun(database_.db, warsaw, '2026-03-19')).toBe(true);
  }, 60_000);
});
