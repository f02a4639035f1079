// The daily run: every customer with something unsettled, in batches by id, routed to
// its procedure, decided by the engine, and written to the outbox. Each batch commits
// on its own and every action has a deterministic key, so a rerun of the day — or one
// after a crash half-way — stores only what is missing. Days the run missed need no
// replay: the engine moves each invoice at most one step a day and merges what fell
// due into one contact, so running today is the catch-up.
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Action, HeldStep } from '../../domain/dunning/actions';
import { decide } from '../../domain/dunning/decide';
import type { DatabaseKind, Db } from '../../store/database';
import { insertOutboxActions, outboxKey, replaceFollowUpHolds, setCreditHold, type NewOutboxAction } from '../../store/follow-up-actions';
import { saveLadders, type LadderToSave } from '../../store/follow-up-ladders';
import { endFollowUpRun, insertFollowUpRun, refreshFollowUpStatistics } from '../../store/follow-up-runs';
import {
  ladderStepId,
  loadFollowUpSnapshots,
  pageCustomersWithUnsettledInvoices,
  type LoadedCustomer,
  type OrganizationDefaults,
} from '../../store/follow-up-snapshots';
import { findOrganization } from '../../store/organizations';
import { fail, ok, type Result } from '../errors';
import { refreshPaymentPlans } from '../refresh-payment-plans';
import { refreshPromises } from '../refresh-promises';
import { customerFactsOn } from './customer-facts';
import { ensureDefaultProcedures } from './ensure-default-procedures';
import { keepOneContactPerDay } from './one-contact-per-day';
import { decisionRows, updatedLadder, type DecidedStep } from './outbox-rows';
import { assignProcedure, loadProcedureBook, type ProcedureBook } from './procedure-book';
import { RunTally, type RunSummary } from './run-summary';

export type { RunSummary } from './run-summary';

export type RunProgress = { batches: number; customers: number; actionsCreated: number; actionsAlreadyPresent: number };

export type RunFollowUpOptions = {
  orgId: string;
  date: IsoDate;
  /** Decide and count everything, write nothing. */
  dryRun?: boolean;
  /** Customers per batch (one transaction each). */
  batchSize?: number;
  /** Stop after this many batches, as a crash would: what is committed stays. */
  stopAfterBatches?: number;
  /**
   * Batches in flight at once, each in its own transaction on its own connection: on
   * PostgreSQL one batch is decided while the server writes another. 1 on PGlite, whose
   * single connection (and thread) does one thing at a time anyway.
   */
  concurrency?: number;
  onProgress?: (progress: RunProgress) => void;
};

export const defaultBatchSize = 1000;

/**
 * Batches in flight on each kind of database, for callers without a reason to choose.
 * On PostgreSQL three: while this process decides one batch, the server reads or writes
 * another, and a third fills the gaps between a batch's statements, when either side
 * would wait (1M invoices on two cores: 12.9 s against 13.8 s with two). PGlite has one
 * connection and does one thing at a time.
 */
export function defaultConcurrency(kind: DatabaseKind): number {
  return kind === 'postgres' ? 3 : 1;
}

// Below this many new actions the tables' statistics cannot be far off; past it they
// are refreshed each time the actions written have grown this many times over.
const minWritesForStatistics = 1000;
const statisticsGrowth = 4;

// Thrown at the end of a dry run's batch so its transaction rolls back.
class DryRunRollback extends Error {}

/** Runs the day's follow-up of one organization; invalid_input for a bad date, not_found for an unknown organization. */
export async function runFollowUp(db: Db, options: RunFollowUpOptions): Promise<Result<RunSummary>> {
  const { orgId, date } = options;
  const dryRun = options.dryRun ?? false;
  const batchSize = options.batchSize ?? defaultBatchSize;
  if (!isIsoDate(date)) return fail('invalid_input', `date: not a calendar date (YYYY-MM-DD): ${date}`, [{ field: 'date', message: 'not a calendar date' }]);
  if (!Number.isInteger(batchSize) || batchSize < 1) return fail('invalid_input', 'batchSize: a whole number of at least 1', [{ field: 'batchSize', message: 'at least 1' }]);
  const org = await findOrganization(db, orgId);
  if (!org) return fail('not_found', 'no such organization');
  const started = performance.now();

  if (!dryRun) {
    const seeded = await ensureDefaultProcedures(db, orgId);
    if (!seeded.ok) return seeded;
  }
  const book = await loadProcedureBook(db, orgId, org.baseCurrency, date);
  const runId = dryRun ? null : await insertFollowUpRun(db, orgId, date, false);
  const tally = new RunTally();
  let complete = true;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | null = null;
  let nextPage: Promise<string[]> | null = null;
  let statistics: Promise<void> | null = null;
  try {
    if (!dryRun) await refreshRecords(db, orgId, date);
    // The next page of customers is asked for as soon as this one is in: on PostgreSQL
    // it comes over another connection while batches run, instead of holding up the
    // next dispatch (PGlite queues it behind the batch in progress).
    const pageAfter = (afterId: string | null): Promise<string[]> => {
      const page = pageCustomersWithUnsettledInvoices(db, orgId, afterId, batchSize);
      page.catch(() => undefined); // awaited below; a run stopping first must not leave it unhandled
      return page;
    };
    nextPage = pageAfter(null);
    let dispatched = 0;
    let statisticsDueAt = minWritesForStatistics;
    while (failure === null && nextPage !== null) {
      const customerIds: string[] = await nextPage;
      if (customerIds.length === 0) break;
      nextPage = customerIds.length < batchSize ? null : pageAfter(customerIds.at(-1)!);
      dispatched++;
      // The outbox and ladder tables grow fast during a first run over a big ledger;
      // statistics from when they were small make the planner filter a whole tenant's
      // rows for every batch. Fresh ones each time the run has written four times as
      // much keep each batch cheap; a rerun or a quiet day, which writes little, needs
      // none. The refresh runs beside the batches (on PostgreSQL, over a connection of
      // its own), one at a time: batches meanwhile plan with the last statistics.
      if (!dryRun && tally.created >= statisticsDueAt && statistics === null) {
        statistics = refreshFollowUpStatistics(db)
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => (statistics = null));
        statisticsDueAt = statisticsGrowth * tally.created;
      }
      const batch: Promise<void> = runBatch(db, { orgId, date, dryRun, org, book, customerIds, tally })
        .then(() => {
          tally.batches++;
          options.onProgress?.({
            batches: tally.batches,
            customers: tally.customers,
            actionsCreated: tally.created,
            actionsAlreadyPresent: tally.alreadyPresent,
          });
        })
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => inFlight.delete(batch));
      inFlight.add(batch);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (options.stopAfterBatches !== undefined && dispatched >= options.stopAfterBatches) {
        complete = false;
        break;
      }
    }
    await Promise.all([...inFlight, nextPage, statistics]);
    if (failure !== null) throw (failure as { error: unknown }).error;
  } catch (error) {
    await Promise.allSettled([...inFlight, nextPage, statistics]);
    if (runId) await endFollowUpRun(db, orgId, runId, 'failed', { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  const summary = tally.summary({ runId, date, dryRun, complete, durationMs: Math.round(performance.now() - started) });
  if (runId) await endFollowUpRun(db, orgId, runId, complete ? 'finished' : 'failed', summary);
  return ok(summary);
}

// Promises and plans first: a promise broken or an instalment paid yesterday changes today's decision.
async function refreshRecords(db: Db, orgId: string, date: IsoDate, customerIds?: readonly string[]): Promise<void> {
  await refreshPromises(db, orgId, date, customerIds);
  await refreshPaymentPlans(db, orgId, date, customerIds, { markDefaulted: false });
}

type BatchContext = {
  orgId: string;
  date: IsoDate;
  dryRun: boolean;
  org: OrganizationDefaults;
  book: ProcedureBook;
  customerIds: string[];
  tally: RunTally;
};

const isPlanDefaultedTask = (action: Action) => action.kind === 'createInternalTask' && action.reason === 'planDefaulted';

async function runBatch(db: Db, ctx: BatchContext): Promise<void> {
  try {
    await db.transaction(async (txn) => {
      const tx = txn as unknown as Db;
      await decideAndStore(tx, ctx);
      if (ctx.dryRun) throw new DryRunRollback('dry run');
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
}

async function decideAndStore(tx: Db, ctx: BatchContext): Promise<void> {
  const { orgId, date, customerIds, tally } = ctx;
  // A dry run refreshes promises and plans batch by batch, inside what it rolls back.
  if (ctx.dryRun) await refreshRecords(tx, orgId, date, customerIds);
  const loaded = await loadFollowUpSnapshots(tx, orgId, customerIds, date, ctx.org);

  const outbox: NewOutboxAction[] = [];
  const stepsOf = new Map<LoadedCustomer, { procedureKey: string; steps: DecidedStep[] }>();
  const held = new Map<string, HeldStep[]>();
  // What an earlier run of the day stored is known from the snapshot: counted as
  // already present without asking the database to refuse it again.
  const known: NewOutboxAction[] = [];
  let skipped = 0;
  for (const customer of loaded) {
    const facts = customerFactsOn(customer, ctx.org.baseCurrency, date);
    const assignment = assignProcedure(ctx.book, facts, date);
    tally.customers++;
    if (!assignment) {
      tally.unassigned++;
      continue;
    }
    const { version } = assignment;
    tally.customerOn(`${version.procedureKey}@${version.version}`);
    const decision = keepOneContactPerDay(decide(customer.snapshot, version, date), customer.contactKeysOnDate, date, outboxKey);
    const rows = decisionRows(decision);
    const storedKeys = new Set(customer.actionKeysOnDate);
    const recorded = new Set(customer.stepsRecordedOnDate);
    for (const row of rows.actions) (storedKeys.has(row.storedKey) ? known : outbox).push(row);
    const steps = recorded.size === 0 ? rows.steps : rows.steps.filter((step) => !recorded.has(ladderStepId(step.invoiceId, version.procedureKey, step.stepKey)));
    stepsOf.set(customer, { procedureKey: version.procedureKey, steps });
    held.set(customer.snapshot.customer.id, decision.held);
    skipped += decision.skipped.length;
  }

  const created = await insertOutboxActions(tx, orgId, outbox);
  const ladders: LadderToSave[] = [];
  for (const [customer, { procedureKey, steps }] of stepsOf) {
    const ladder = updatedLadder(customer.snapshot.customer.id, procedureKey, date, customer.ladders, customer.snapshot.openInvoices, steps, created);
    if (ladder) ladders.push(ladder);
  }
  await saveLadders(tx, orgId, ladders, date);
  await replaceFollowUpHolds(tx, orgId, customerIds, date, held);
  const holdCredit = outbox
    .filter((row) => row.action.kind === 'holdCredit' && row.status === 'pending' && created.has(row.action.key))
    .map((row) => row.action.customerId);
  await setCreditHold(tx, orgId, holdCredit);

  // The engine saw these plans default today (and raised the collector's task); from
  // now on they are stored as defaulted, and their invoices stay on the ladder.
  const defaulted = [...new Set(outbox.filter((row) => isPlanDefaultedTask(row.action)).map((row) => row.action.customerId))];
  if (!ctx.dryRun && defaulted.length > 0) await refreshPaymentPlans(tx, orgId, date, defaulted);

  for (const row of outbox) tally.action(row.action, created.has(row.action.key));
  for (const row of known) tally.action(row.action, false);
  for (const list of held.values()) for (const step of list) tally.held(step);
  tally.stepsSkipped += skipped;
}
