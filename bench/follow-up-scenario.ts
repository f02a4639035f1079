// The daily run's benchmark on one database and one size: the ledger written with bulk
// SQL, then `runFollowUp` timed on a day most invoices have a step due, beside a raw
// baseline — one SQL statement reading the same open items and inserting as many
// outbox rows — and, for the record, a rerun of the day and the next day's run.
//
// The run and its baseline are timed as a pair several times over the same ledger
// (samples), each pair from empty follow-up tables, and the figures are their medians:
// on a shared machine one pair alone moved by a fifth from one hour to the next.
import { randomBytes } from 'node:crypto';
import { createOrganization } from '../src/app/create-organization';
import { defaultBatchSize, defaultConcurrency, runFollowUp, type RunSummary } from '../src/app/follow-up/run-follow-up';
import { addDays } from '../src/domain/dates';
import { queryRows, sql, type Database, type Db } from '../src/store/database';
import { countLadderSteps } from '../src/store/follow-up-ladders';
import { benchCustomerCount, writeFollowUpLedger } from './follow-up-generate';
import { memoryMb, quantile, round, timed, type MemorySample } from './measure';

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
  /** Run time over baseline time: the median of the samples' ratios. */
  ratio: number;
  /** Each timed pair, in order; `run.ms` and `baseline.ms` are their medians. */
  samples: { runMs: number; baselineMs: number; ratio: number; peakRssMb: number }[];
  /** After the run and the baseline: of the sample whose run peaked highest. */
  memory: { afterGeneration: MemorySample; afterRun: MemorySample; afterBaseline: MemorySample };
};

/** The generated ledger a sample runs over: written once, read by every sample. */
export type PreparedFollowUpLedger = {
  database: Database['kind'];
  orgId: string;
  /** The organization the baseline writes its outbox rows into. */
  scratchOrgId: string;
  invoices: number;
  customers: number;
  runDate: string;
  generationMs: number;
  afterGeneration: MemorySample;
};

/** One timed pair of run and baseline; the last sample also times a rerun and the next day. */
export type FollowUpSample = {
  run: { ms: number; actionsCreated: number; perChannel: RunSummary['perChannel']; perKind: RunSummary['perKind'] };
  baselineMs: number;
  memory: { afterRun: MemorySample; afterBaseline: MemorySample };
  final: { stepsRecorded: number; rerun: FollowUpScenarioResult['rerun']; nextDay: FollowUpScenarioResult['nextDay'] } | null;
};

export type FollowUpScenarioOptions = {
  runDate: string;
  batchSize?: number;
  /** Batches in flight on PostgreSQL; PGlite always runs one. */
  concurrency?: number;
  /** Timed pairs of run and baseline (default 1). */
  samples?: number;
  log: (line: string) => void;
};

/** How the run is set up: customers per batch, and batches in flight. */
export type RunSettings = { batchSize: number; concurrency: number };

/** The settings a run on the database takes: as chosen, else `duly run`'s; PGlite always runs one batch at a time. */
export function runSettings(kind: Database['kind'], chosen: { batchSize?: number; concurrency?: number }): RunSettings {
  return { batchSize: chosen.batchSize ?? defaultBatchSize, concurrency: kind === 'postgres' ? (chosen.concurrency ?? defaultConcurrency(kind)) : 1 };
}

export type FollowUpSampleOptions = RunSettings & {
  /** The last sample: the rerun and the next day follow it. */
  final: boolean;
  log: (line: string) => void;
};

export const baselineMethod =
  'one INSERT … SELECT: the open items of the organization grouped per customer, as many outbox rows as the run created';

// A suffix keeps two ledgers prepared in one database apart (the tests prepare several).
async function newOrganization(db: Db, name: string): Promise<string> {
  const slug = `${name}-${randomBytes(3).toString('hex')}`;
  const created = await createOrganization(db, { slug, legalName: `Benchmark ${name}`, country: 'PL', baseCurrency: 'PLN' });
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

/** Writes the ledger on a fresh database: a benchmark organization, and one for the baseline's rows. */
export async function prepareFollowUpLedger(database: Database, invoices: number, runDate: string, log: (line: string) => void): Promise<PreparedFollowUpLedger> {
  const { db } = database;
  const orgId = await newOrganization(db, 'bench-follow-up');
  const scratchOrgId = await newOrganization(db, 'bench-follow-up-baseline');
  log(`  generating ${invoices} open invoices for ${benchCustomerCount(invoices)} customers (bulk SQL, not timed)`);
  const generated = await timed(() => writeFollowUpLedger(db, orgId, { invoices, runDate }));
  return {
    database: database.kind,
    orgId,
    scratchOrgId,
    invoices: generated.value.invoices,
    customers: generated.value.customers,
    runDate,
    generationMs: round(generated.ms),
    afterGeneration: memoryMb(),
  };
}

// Every sample starts from the follow-up tables as a fresh database has them, so each
// run is the day's first over the ledger, and each baseline writes into an empty outbox.
// The benchmark's database is its own and holds nothing else.
async function emptyFollowUpTables(db: Db): Promise<void> {
  await db.execute(sql`truncate follow_up_actions, follow_up_ladders, follow_up_holds, follow_up_runs cascade`);
}

/** Times the day's run and then the baseline over the prepared ledger, and checks both wrote the same number of rows. */
export async function sampleFollowUpRun(database: Database, ledger: PreparedFollowUpLedger, options: FollowUpSampleOptions): Promise<FollowUpSample> {
  const { db } = database;
  const { log, batchSize, concurrency } = options;
  const { orgId, scratchOrgId, runDate } = ledger;
  await emptyFollowUpTables(db);

  log(`  run: runFollowUp on ${runDate}, batches of ${batchSize}, ${concurrency} in flight`);
  const first = await timed(() => runFollowUp(db, { orgId, date: runDate, batchSize, concurrency }));
  if (!first.value.ok) throw new Error(`the run failed: ${first.value.message}`);
  const summary = first.value.value;
  const afterRun = memoryMb();

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
  const run = { ms: round(first.ms), actionsCreated: summary.actionsCreated, perChannel: summary.perChannel, perKind: summary.perKind };
  const sample = { run, baselineMs: round(baselineMs), memory: { afterRun, afterBaseline } };
  if (!options.final) return { ...sample, final: null };

  const stepsRecorded = await countLadderSteps(db, orgId);
  log('  rerun of the same day, then the next day');
  const rerun = await timed(() => runFollowUp(db, { orgId, date: runDate, batchSize, concurrency }));
  if (!rerun.value.ok) throw new Error(`the rerun failed: ${rerun.value.message}`);
  const nextDay = await timed(() => runFollowUp(db, { orgId, date: addDays(runDate, 1), batchSize, concurrency }));
  if (!nextDay.value.ok) throw new Error(`the next day's run failed: ${nextDay.value.message}`);
  return {
    ...sample,
    final: {
      stepsRecorded,
      rerun: { ms: round(rerun.ms), actionsCreated: rerun.value.value.actionsCreated, actionsAlreadyPresent: rerun.value.value.actionsAlreadyPresent },
      nextDay: {
        ms: round(nextDay.ms),
        actionsCreated: nextDay.value.value.actionsCreated,
        held: nextDay.value.value.held.reduce((sum, h) => sum + h.count, 0),
      },
    },
  };
}

/** The scenario's result from the prepared ledger and its samples, the last of them final: medians of the timed pairs. */
export function followUpResult(
  ledger: PreparedFollowUpLedger,
  samples: readonly FollowUpSample[],
  settings: RunSettings,
): FollowUpScenarioResult {
  const last = samples.at(-1);
  if (!last?.final) throw new Error('the samples end without the final one');
  const median = (values: number[]) => quantile(values, 0.5);
  const runMs = median(samples.map((s) => s.run.ms));
  const baselineMs = median(samples.map((s) => s.baselineMs));
  // The unrounded ratio of each pair, so a small baseline's rounding does not move it.
  const ratios = samples.map((s) => s.run.ms / s.baselineMs);
  const peak = samples.reduce((a, b) => (b.memory.afterRun.peakRssMb > a.memory.afterRun.peakRssMb ? b : a));
  const { actionsCreated } = last.run;
  return {
    database: ledger.database,
    invoices: ledger.invoices,
    customers: ledger.customers,
    runDate: ledger.runDate,
    generationMs: ledger.generationMs,
    run: {
      method: 'runFollowUp (src/app/follow-up/run-follow-up.ts)',
      ms: runMs,
      actionsCreated,
      actionsPerSecond: Math.round((actionsCreated / runMs) * 1000),
      stepsRecorded: last.final.stepsRecorded,
      batchSize: settings.batchSize,
      concurrency: settings.concurrency,
      perChannel: last.run.perChannel,
      perKind: last.run.perKind,
    },
    rerun: last.final.rerun,
    nextDay: last.final.nextDay,
    baseline: { method: baselineMethod, ms: baselineMs, rows: actionsCreated, rowsPerSecond: Math.round((actionsCreated / baselineMs) * 1000) },
    ratio: round(median(ratios)),
    samples: samples.map((s, i) => ({ runMs: s.run.ms, baselineMs: s.baselineMs, ratio: round(ratios[i]!), peakRssMb: s.memory.afterRun.peakRssMb })),
    memory: { afterGeneration: ledger.afterGeneration, afterRun: peak.memory.afterRun, afterBaseline: peak.memory.afterBaseline },
  };
}

/** Prepares the ledger and times the samples in this process (the benchmark runs each in a process of its own). */
export async function runFollowUpScenario(database: Database, invoices: number, options: FollowUpScenarioOptions): Promise<FollowUpScenarioResult> {
  const settings = runSettings(database.kind, options);
  const count = options.samples ?? 1;
  const ledger = await prepareFollowUpLedger(database, invoices, options.runDate, options.log);
  const samples: FollowUpSample[] = [];
  for (let i = 1; i <= count; i++) samples.push(await sampleFollowUpRun(database, ledger, { ...settings, final: i === count, log: options.log }));
  return followUpResult(ledger, samples, settings);
}
