// The daily run's benchmark on one database and one size: the ledger written with bulk
// SQL, then `runFollowUp` timed on a day most invoices have a step due, beside a raw
// baseline — one SQL statement reading the same open items and inserting as many
// outbox rows — and, for the record, a rerun of the day and the next day's run.
import { createOrganization } from '../src/app/create-organization';
import { defaultConcurrency, runFollowUp, type RunSummary } from '../src/app/follow-up/run-follow-up';
import { addDays } from '../src/domain/dates';
import { queryRows, sql, type Database, type Db } from '../src/store/database';
import { countLadderSteps } from '../src/store/follow-up-ladders';
import { benchCustomerCount, writeFollowUpLedger } from './follow-up-generate';
import { memoryMb, round, timed, type MemorySample } from './measure';

export type FollowUpScenarioResult = {
  database: Database['kind'];
  invoices: number;
  customers: number;
  runDate: string;
  generationMs: number;
  run: {
    method: string;
    ms: number;
    actionsCreated: number;
    actionsPerSecond: number;
    /** Ladder steps recorded (done and passed over), one row per invoice and step. */
    stepsRecorded: number;
    batchSize: number;
    concurrency: number;
    perChannel: RunSummary['perChannel'];
    perKind: RunSummary['perKind'];
  };
  /** The same day again: every action found already stored. */
  rerun: { ms: number; actionsCreated: number; actionsAlreadyPresent: number };
  /** The day after: yesterday's contacts are history, the rhythm holds most steps back. */
  nextDay: { ms: number; actionsCreated: number; held: number };
  baseline: { method: string; ms: number; rows: number; rowsPerSecond: number };
  /** Run time over baseline time. */
  ratio: number;
  memory: { afterGeneration: MemorySample; afterRun: MemorySample; afterBaseline: MemorySample };
};

export type FollowUpScenarioOptions = {
  runDate: string;
  batchSize?: number;
  /** Batches in flight on PostgreSQL; PGlite always runs one. */
  concurrency?: number;
  log: (line: string) => void;
};

export const baselineMethod =
  'one INSERT … SELECT: the open items of the organization grouped per customer, as many outbox rows as the run created';

async function newOrganization(db: Db, slug: string): Promise<string> {
  const created = await createOrganization(db, { slug, legalName: `Benchmark ${slug}`, country: 'PL', baseCurrency: 'PLN' });
  if (!created.ok) throw new Error(`cannot create organization ${slug}: ${created.message}`);
  return created.value.id;
}

/**
 * The floor: a single statement that reads the same unsettled invoices the run reads
 * (the same filter), and writes `rows` outbox rows with generated keys and an action
 * naming the customer's open items, into a scratch organization. The action is built
 * as json, the column's own type, so the floor pays no conversion.
 */
export async function rawOutboxBaseline(db: Db, sourceOrgId: string, scratchOrgId: string, date: string, rows: number): Promise<number> {
  const customers = await queryRows<{ count: number }>(
    db,
    sql`select count(distinct customer_id)::int as count from invoices where org_id = ${sourceOrgId} and status in ('open', 'partially_paid')`,
  );
  const perCustomer = Math.max(1, Math.ceil(rows / Math.max(1, customers[0]?.count ?? 1)));
  const started = performance.now();
  await db.execute(sql`
    with open_items as (
      select customer_id, json_agg(id) as invoice_ids, sum(open_amount_minor) as open_minor
        from invoices
       where org_id = ${sourceOrgId} and status in ('open', 'partially_paid')
       group by customer_id
    )
    insert into follow_up_actions (org_id, key, customer_id, kind, channel, planned_for, status, procedure_key, procedure_version, action)
    select ${scratchOrgId}::uuid, 'baseline|' || o.customer_id || '|' || k || '|' || ${date}, o.customer_id, 'sendMessage', 'email',
           ${date}::date, 'pending', 'standard', 1,
           json_build_object('customerId', o.customer_id, 'invoiceIds', o.invoice_ids, 'openMinor', o.open_minor)
      from open_items o cross join generate_series(1, ${perCustomer}) as k
     limit ${rows}`);
  return performance.now() - started;
}

/** Generates the ledger on a fresh database, times the run and the baseline, and checks both wrote the same number of rows. */
export async function runFollowUpScenario(database: Database, invoices: number, options: FollowUpScenarioOptions): Promise<FollowUpScenarioResult> {
  const { db } = database;
  const { log, runDate } = options;
  const batchSize = options.batchSize ?? 1000;
  const concurrency = database.kind === 'postgres' ? (options.concurrency ?? defaultConcurrency('postgres')) : 1;
  const orgId = await newOrganization(db, 'bench-follow-up');
  const scratchOrgId = await newOrganization(db, 'bench-follow-up-baseline');

  log(`  generating ${invoices} open invoices for ${benchCustomerCount(invoices)} customers (bulk SQL, not timed)`);
  const generated = await timed(() => writeFollowUpLedger(db, orgId, { invoices, runDate }));
  const afterGeneration = memoryMb();

  log(`  run: runFollowUp on ${runDate}, batches of ${batchSize}, ${concurrency} in flight`);
  const first = await timed(() => runFollowUp(db, { orgId, date: runDate, batchSize, concurrency }));
  if (!first.value.ok) throw new Error(`the run failed: ${first.value.message}`);
  const summary = first.value.value;
  const afterRun = memoryMb();
  const steps = await countLadderSteps(db, orgId);

  log(`  baseline: ${summary.actionsCreated} outbox rows in one statement`);
  const baselineMs = await rawOutboxBaseline(db, orgId, scratchOrgId, runDate, summary.actionsCreated);
  const afterBaseline = memoryMb();
  const [written] = await queryRows<{ run: number; baseline: number }>(
    db,
    sql`select count(*) filter (where org_id = ${orgId})::int as run, count(*) filter (where org_id = ${scratchOrgId})::int as baseline
          from follow_up_actions`,
  );
  if (written!.run !== summary.actionsCreated || written!.baseline !== summary.actionsCreated) {
    throw new Error(`run and baseline wrote different numbers of rows: ${written!.run} vs ${written!.baseline}, expected ${summary.actionsCreated}`);
  }

  log('  rerun of the same day, then the next day');
  const rerun = await timed(() => runFollowUp(db, { orgId, date: runDate, batchSize, concurrency }));
  if (!rerun.value.ok) throw new Error(`the rerun failed: ${rerun.value.message}`);
  const nextDay = await timed(() => runFollowUp(db, { orgId, date: addDays(runDate, 1), batchSize, concurrency }));
  if (!nextDay.value.ok) throw new Error(`the next day's run failed: ${nextDay.value.message}`);

  return {
    database: database.kind,
    invoices: generated.value.invoices,
    customers: generated.value.customers,
    runDate,
    generationMs: round(generated.ms),
    run: {
      method: 'runFollowUp (src/app/follow-up/run-follow-up.ts)',
      ms: round(first.ms),
      actionsCreated: summary.actionsCreated,
      actionsPerSecond: Math.round((summary.actionsCreated / first.ms) * 1000),
      stepsRecorded: steps,
      batchSize,
      concurrency,
      perChannel: summary.perChannel,
      perKind: summary.perKind,
    },
    rerun: { ms: round(rerun.ms), actionsCreated: rerun.value.value.actionsCreated, actionsAlreadyPresent: rerun.value.value.actionsAlreadyPresent },
    nextDay: {
      ms: round(nextDay.ms),
      actionsCreated: nextDay.value.value.actionsCreated,
      held: nextDay.value.value.held.reduce((sum, h) => sum + h.count, 0),
    },
    baseline: {
      method: baselineMethod,
      ms: round(baselineMs),
      rows: summary.actionsCreated,
      rowsPerSecond: Math.round((summary.actionsCreated / baselineMs) * 1000),
    },
    ratio: round(first.ms / baselineMs),
    memory: { afterGeneration, afterRun, afterBaseline },
  };
}
