// The daily run on a small ledger, on both databases: the right contact on the right
// day, merged per customer, nothing for what something else speaks for, and the
// outbox written once whatever happens to the run.
import { expect, it } from 'vitest';
import { defaultConcurrency } from '../../src/app/follow-up/run-follow-up';
import { saveProcedure } from '../../src/app/follow-up/save-procedure';
import { defaultProcedure } from '../../src/domain/dunning/default-procedures';
import { defaultRoutingRules } from '../../src/domain/routing';
import { queryRows, sql, type Db } from '../../src/store/database';
import { listOutboxActions } from '../../src/store/follow-up-actions';
import { replaceRoutingRules } from '../../src/store/routing-rules';
import { describeEachDatabase } from '../databases';
import { expectOk } from '../ledger-fixtures';
import {
  addInvoice,
  addRegularCustomer,
  buildFollowUpLedger,
  expectOneContactPerCustomerAndDay,
  followUpCounts,
  outbox,
  pay,
  run,
  system,
  type OutboxRow,
} from './follow-up-ledger';

const contacts = (rows: readonly OutboxRow[]) => rows.filter((r) => r.kind === 'sendMessage' || r.kind === 'createCallTask');

/** The organization's outbox by customer name, comparable across two ledgers built alike. */
async function outboxShape(db: Db, orgId: string): Promise<string[]> {
  const names = new Map(
    (await queryRows<{ id: string; name: string }>(db, sql`select id, name from customers where org_id = ${orgId}`)).map((c) => [c.id, c.name]),
  );
  return (await outbox(db, orgId))
    .map((r) => `${names.get(r.customer_id)}|${r.kind}|${r.channel}|${r.planned_for}|${r.action.steps.map((s) => s.stepKey).join('+')}`)
    .sort();
}

describeEachDatabase('daily follow-up run', (database) => {
  it('sends a receipt check before the due date and a reminder after it, one merged contact per customer', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db);

    expect((await run(db, ledger.orgId, '2026-03-10')).actionsCreated).toBe(0);
    const before = await run(db, ledger.orgId, '2026-03-11');
    expect(before).toMatchObject({ customers: 7, actionsCreated: 3, actionsAlreadyPresent: 0, complete: true });
    expect(before.perChannel.email).toEqual({ created: 3, alreadyPresent: 0, held: 0 });

    let rows = await outbox(db, ledger.orgId);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.customer_id))).toEqual(new Set(ledger.reminded));
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'sendMessage', channel: 'email', planned_for: '2026-03-11', status: 'pending', procedure_key: 'standard', procedure_version: 1 });
      expect(row.action).toMatchObject({ tone: 'courtesy', purpose: 'confirmReceipt', addresseeRole: 'payables' });
      // Both invoices of the customer in the one message.
      expect(row.action.steps.map((s) => s.invoiceId).sort()).toEqual([...ledger.invoicesOf.get(row.customer_id)!].sort());
    }

    for (const date of ['2026-03-12', '2026-03-13', '2026-03-16', '2026-03-17', '2026-03-18']) {
      expect((await run(db, ledger.orgId, date)).actionsCreated).toBe(0);
    }
    const after = await run(db, ledger.orgId, '2026-03-19');
    expect(after.actionsCreated).toBe(3);
    rows = await outbox(db, ledger.orgId);
    const reminders = rows.filter((r) => r.planned_for === '2026-03-19');
    expect(reminders).toHaveLength(3);
    for (const row of reminders) {
      expect(row.action).toMatchObject({ tone: 'reminder', purpose: 'reminder' });
      expect(row.action.steps.map((s) => s.stepKey)).toEqual(['first-reminder', 'first-reminder']);
    }
    expectOneContactPerCustomerAndDay(rows);

    // Paid, disputed, promised, planned and snoozed customers heard nothing.
    const quiet = [ledger.paid, ledger.disputed, ledger.promised, ledger.planned, ledger.snoozed];
    expect(rows.filter((r) => quiet.includes(r.customer_id))).toEqual([]);

    const steps = await queryRows<{ customer_id: string; step_key: string; outcome: string }>(
      db,
      sql`select l.customer_id, g->>1 as step_key, case when json_array_length(g) = 4 then 'skipped' else 'done' end as outcome
            from follow_up_ladders l, json_array_elements(l.entries) as g, json_array_elements_text(g->2) as invoice(id)
           where l.org_id = ${ledger.orgId}`,
    );
    expect(steps).toHaveLength(12);
    expect(steps.every((s) => s.outcome === 'done')).toBe(true);
    // Each step carried out belongs to a customer that got a contact today.
    const contacted = new Set(rows.filter((r) => r.kind === 'sendMessage').map((r) => r.customer_id));
    expect(steps.every((s) => contacted.has(s.customer_id))).toBe(true);
  });

  it('creates nothing new when the same day runs again', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db);
    const first = await run(db, ledger.orgId, '2026-03-11');
    const counts = await followUpCounts(db, ledger.orgId);
    const again = await run(db, ledger.orgId, '2026-03-11');
    expect(again).toMatchObject({ actionsCreated: 0, actionsAlreadyPresent: first.actionsCreated });
    expect(again.perChannel.email).toEqual({ created: 0, alreadyPresent: 3, held: 0 });
    const countsAgain = await followUpCounts(db, ledger.orgId);
    expect({ ...countsAgain, runs: 0 }).toEqual({ ...counts, runs: 0 });
    expect(countsAgain.runs).toBe(counts.runs + 1);
  });

  it('never contacts a customer twice the same day, even when a payment changed the merged contact in between', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 1);
    const customer = ledger.reminded[0]!;
    await run(db, ledger.orgId, '2026-03-19');
    const [first, second] = ledger.invoicesOf.get(customer)!;
    await pay(db, ledger.orgId, customer, second!, '2026-03-19');
    const again = await run(db, ledger.orgId, '2026-03-19');
    expect(again.actionsCreated).toBe(0);
    expect(again.held).toEqual([{ reason: 'tooSoonAfterLastContact', channel: 'email', count: 1 }]);
    const rows = contacts(await outbox(db, ledger.orgId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action.steps.map((s) => s.invoiceId).sort()).toEqual([first, second].sort());
  });

  it('stores a contact merging many invoices under a bounded key, and finds it again on a rerun', async () => {
    const { db } = database();
    const org = await buildFollowUpLedger(db, 0);
    const big = await addRegularCustomer(db, org.orgId, 'Many Invoices sp. z o.o.');
    for (let i = 0; i < 60; i++) await addInvoice(db, org.orgId, big);
    const first = await run(db, org.orgId, '2026-03-19');
    expect(first.actionsCreated).toBe(1);
    const [row] = await outbox(db, org.orgId);
    expect(row!.action.steps).toHaveLength(60);
    expect(row!.key.length).toBeLessThan(200);
    expect(row!.key.startsWith(`${big}|standard@1|sendMessage|`)).toBe(true);
    expect((await run(db, org.orgId, '2026-03-19')).actionsAlreadyPresent).toBe(1);
  });

  it('after a crash half-way, a rerun stores exactly what one uninterrupted run stores', async () => {
    const { db } = database();
    const whole = await buildFollowUpLedger(db, 7);
    const crashed = await buildFollowUpLedger(db, 7);
    await run(db, whole.orgId, '2026-03-11', { batchSize: 3 });

    const partial = await run(db, crashed.orgId, '2026-03-11', { batchSize: 3, stopAfterBatches: 2 });
    expect(partial.complete).toBe(false);
    expect(partial.batches).toBe(2);
    const partialRows = await outbox(db, crashed.orgId);
    expect(partialRows.length).toBe(partial.actionsCreated);
    expect(partialRows.length).toBeGreaterThan(0);
    expect(partialRows.length).toBeLessThan(7);

    const rerun = await run(db, crashed.orgId, '2026-03-11', { batchSize: 3 });
    expect(rerun.complete).toBe(true);
    expect(rerun.actionsAlreadyPresent).toBe(partialRows.length);
    expect(rerun.actionsCreated + rerun.actionsAlreadyPresent).toBe(7);

    expect(await outboxShape(db, crashed.orgId)).toEqual(await outboxShape(db, whole.orgId));
    const [runs] = await queryRows<{ finished: number; failed: number }>(
      db,
      sql`select count(*) filter (where status = 'finished')::int as finished, count(*) filter (where status = 'failed')::int as failed
            from follow_up_runs where org_id = ${crashed.orgId}`,
    );
    expect(runs).toEqual({ finished: 1, failed: 1 });
  });

  it('stores with batches in flight side by side what it stores one batch at a time', async () => {
    const { db, kind } = database();
    const serial = await buildFollowUpLedger(db, 7);
    const parallel = await buildFollowUpLedger(db, 7);
    const one = await run(db, serial.orgId, '2026-03-19', { batchSize: 2, concurrency: 1 });
    // Batches of two customers, as many in flight as the run on this database takes.
    const many = await run(db, parallel.orgId, '2026-03-19', { batchSize: 2, concurrency: defaultConcurrency(kind) });
    expect(many).toMatchObject({ complete: true, batches: one.batches, customers: one.customers, actionsCreated: one.actionsCreated });
    expect(one.actionsCreated).toBeGreaterThan(0);
    expect(await outboxShape(db, parallel.orgId)).toEqual(await outboxShape(db, serial.orgId));
    expect(await followUpCounts(db, parallel.orgId)).toEqual(await followUpCounts(db, serial.orgId));
    const again = await run(db, parallel.orgId, '2026-03-19', { batchSize: 2, concurrency: defaultConcurrency(kind) });
    expect(again).toMatchObject({ actionsCreated: 0, actionsAlreadyPresent: many.actionsCreated });
  });

  it('catches up a ten-day gap with at most one contact per customer, one step further', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db);
    await run(db, ledger.orgId, '2026-03-11');
    // Down from the 12th: the first reminder (19th) and the second (26th) fell due meanwhile.
    const caughtUp = await run(db, ledger.orgId, '2026-03-30');
    expect(caughtUp.actionsCreated).toBe(3);
    const rows = await outbox(db, ledger.orgId);
    expectOneContactPerCustomerAndDay(rows);
    const today = contacts(rows).filter((r) => r.planned_for === '2026-03-30');
    expect(today).toHaveLength(3);
    for (const row of today) expect(row.action.steps.map((s) => s.stepKey)).toEqual(['first-reminder', 'first-reminder']);
    // The next day the rhythm holds the next step back instead of sending again.
    const next = await run(db, ledger.orgId, '2026-03-31');
    expect(next.actionsCreated).toBe(0);
    expect(next.held).toEqual([{ reason: 'tooSoonAfterLastContact', channel: 'sms', count: 3 }]);
    expect(next.perChannel.sms?.held).toBe(3);
  });

  it('a dry run writes nothing and reports what a real run then creates', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db);
    const counts = await followUpCounts(db, ledger.orgId);
    const dry = await run(db, ledger.orgId, '2026-03-11', { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.runId).toBeNull();
    expect(await followUpCounts(db, ledger.orgId)).toEqual(counts);
    const real = await run(db, ledger.orgId, '2026-03-11');
    const strip = ({ runId: _r, durationMs: _d, dryRun: _y, ...rest }: typeof dry) => rest;
    expect(strip(real)).toEqual(strip(dry));
  });

  it('uses a new procedure version only from its effective day, and every action names its version and steps', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 2);
    const { version: _v, ...standard } = defaultProcedure('standard');
    const smsFirst = {
      ...standard,
      effectiveFrom: '2026-03-19',
      steps: standard.steps.map((s) => (s.key === 'first-reminder' ? { ...s, channel: 'sms' as const, templateKey: 'standard.first-reminder-sms' } : s)),
    };
    expect(expectOk(await saveProcedure(db, ledger.orgId, smsFirst, system)).version).toBe(2);

    await run(db, ledger.orgId, '2026-03-11');
    await run(db, ledger.orgId, '2026-03-19');
    const rows = contacts(await outbox(db, ledger.orgId));
    expect(rows.filter((r) => r.planned_for === '2026-03-11').map((r) => [r.procedure_version, r.channel])).toEqual([
      [1, 'email'],
      [1, 'email'],
    ]);
    const v2 = rows.filter((r) => r.planned_for === '2026-03-19');
    expect(v2.map((r) => [r.procedure_key, r.procedure_version, r.channel])).toEqual([
      ['standard', 2, 'sms'],
      ['standard', 2, 'sms'],
    ]);
    for (const row of v2) {
      expect(row.key).toContain('standard@2');
      expect(row.action).toMatchObject({ templateKey: 'standard.first-reminder-sms' });
      // What the row's columns hold is not repeated in its action document…
      expect(Object.keys(row.action)).not.toEqual(expect.arrayContaining(['key']));
      expect(row.action).not.toHaveProperty('procedureKey');
      expect(row.action.steps.every((s) => s.stepKey === 'first-reminder')).toBe(true);
    }
    // …and reading the outbox puts the action back together.
    const stored = await listOutboxActions(db, ledger.orgId, { from: '2026-03-19', to: '2026-03-19' });
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(stored.map((s) => s.action).sort(byKey)).toEqual(
      [...v2].sort(byKey).map((row) =>
        expect.objectContaining({ key: row.key, kind: row.kind, customerId: row.customer_id, plannedFor: '2026-03-19', procedureKey: 'standard', procedureVersion: 2, channel: 'sms' }),
      ),
    );
  });

  it('applies a credit hold that needs no approval and keeps one that does waiting with its letter', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 1);
    const { version: _v, ...standard } = defaultProcedure('standard');
    const withHold = (approval: 'none' | 'collector') =>
      standard.steps.map((s) => (s.key === 'first-reminder' ? { ...s, approval, effects: ['setCreditHold' as const] } : s));
    expectOk(await saveProcedure(db, ledger.orgId, { ...standard, effectiveFrom: '2026-03-01', steps: withHold('none') }, system));
    expectOk(
      await saveProcedure(
        db,
        ledger.orgId,
        { ...standard, procedureKey: 'gated', name: { pl: 'Z akceptacją', en: 'Gated' }, effectiveFrom: '2026-03-01', steps: withHold('collector') },
        system,
      ),
    );
    await replaceRoutingRules(db, ledger.orgId, [
      { priority: 1, procedureKey: 'gated', name: 'Gated segment', criteria: { segments: ['gated'] } },
      ...defaultRoutingRules('PLN'),
    ]);
    const gated = await addRegularCustomer(db, ledger.orgId, 'Gated sp. z o.o.', { segment: 'gated' });
    await addInvoice(db, ledger.orgId, gated);

    await run(db, ledger.orgId, '2026-03-19');
    const holds = await queryRows<{ id: string; credit_hold: boolean }>(
      db,
      sql`select id, credit_hold from customers where org_id = ${ledger.orgId} and credit_hold`,
    );
    expect(holds.map((c) => c.id)).toEqual([ledger.reminded[0]]);
    const rows = await outbox(db, ledger.orgId);
    const of = (customerId: string) => rows.filter((r) => r.customer_id === customerId).map((r) => [r.kind, r.status, r.procedure_key]).sort();
    expect(of(ledger.reminded[0]!)).toEqual([
      ['holdCredit', 'pending', 'standard'],
      ['sendMessage', 'pending', 'standard'],
    ]);
    expect(of(gated)).toEqual([
      ['holdCredit', 'awaitingApproval', 'gated'],
      ['sendMessage', 'awaitingApproval', 'gated'],
    ]);
    // A rerun of the day does not set the hold again nor store the effect twice.
    const again = await run(db, ledger.orgId, '2026-03-19');
    expect(again.actionsCreated).toBe(0);
    expect(again.actionsAlreadyPresent).toBe(4);
  });

  it('stores a plan whose instalment went unpaid as defaulted, raises one task, and puts its invoices back on the ladder', async () => {
    const { db } = database();
    const ledger = await buildFollowUpLedger(db, 1);
    // The first instalment (4 May) stays unpaid; the standard procedure allows 7 days, so the plan defaults on the 12th.
    const first = await run(db, ledger.orgId, '2026-05-12');
    const plans = await queryRows<{ status: string; ended_on: string | null }>(
      db,
      sql`select status, ended_on::text from payment_plans where org_id = ${ledger.orgId} and customer_id = ${ledger.planned}`,
    );
    expect(plans).toEqual([{ status: 'defaulted', ended_on: '2026-05-12' }]);
    const rows = (await outbox(db, ledger.orgId)).filter((r) => r.customer_id === ledger.planned);
    expect(rows.filter((r) => r.kind === 'createInternalTask').map((r) => (r.action as { reason?: string }).reason)).toEqual(['planDefaulted']);
    const timeline = await queryRows<{ summary: string }>(
      db,
      sql`select summary from activities where org_id = ${ledger.orgId} and customer_id = ${ledger.planned} and type = 'promise' order by occurred_at`,
    );
    expect(timeline.at(-1)!.summary).toMatch(/default/i);

    // The same day again changes nothing; the next business day the invoices are followed up at the firm stage.
    const again = await run(db, ledger.orgId, '2026-05-12');
    expect(again.actionsCreated).toBe(0);
    await run(db, ledger.orgId, '2026-05-13');
    const later = (await outbox(db, ledger.orgId)).filter((r) => r.customer_id === ledger.planned && r.kind !== 'createInternalTask');
    expect(later.length).toBeGreaterThan(0);
    expect(later.flatMap((r) => r.action.steps.map((s) => s.invoiceId)).sort()).toEqual([...ledger.invoicesOf.get(ledger.planned)!].sort());
  });
});
