// One pass of the sender: for each organization with work, claim due outbox actions a
// batch at a time, carry each out (a message, a task, an effect), and end or postpone
// its row. Any number of senders may run at once against PostgreSQL: claims skip rows
// another holds, and a row abandoned by a killed sender is taken over when its lease
// runs out. An unexpected error fails the attempt, not the pass: it is retried later.
import { randomUUID } from 'node:crypto';
import type { CustomerSnapshot } from '../../domain/dunning/snapshot';
import { nextAttemptAt } from '../../domain/sending/retry';
import { loadFollowUpSnapshots } from '../../store/follow-up-snapshots';
import type { Db } from '../../store/database';
import { claimDueActions, endClaimedAction, organizationsWithDueActions, postponeClaimedAction, type ClaimedAction } from '../../store/outbox-sending';
import { insertTask } from '../../store/tasks';
import { carryOutEffect, carryOutTask } from './carry-out-action';
import { sendContact, type ActionResult } from './send-contact';
import { SendTally, type SendSummary } from './send-summary';
import type { SenderPorts } from './sender-ports';
import { loadSendingContext, type SendingContext } from './sending-context';

export type { SendSummary } from './send-summary';
export type { SenderPorts } from './sender-ports';

export type SendOptions = {
  now: Date;
  /** The carriers: e-mail, SMS, letters. */
  ports: SenderPorts;
  /** Only this organization; all with due actions otherwise. */
  orgId?: string;
  /** Names this sender on the rows it claims; a fresh one per pass by default. */
  claimant?: string;
  /** How long a claim holds before another sender may take the row over. */
  leaseMs?: number;
  /** Actions claimed at a time. */
  batchSize?: number;
  /** Called after each action, e.g. for a progress line. */
  onAction?: (result: ActionResult) => void;
};

// Longer than any carrier's own timeout, so a live sender never loses its claim.
export const defaultLeaseMs = 5 * 60_000;
const defaultBatchSize = 25;

/** Carries out every action due at `now`; the summary counts what was sent, held, cancelled and failed. */
export async function sendDueActions(db: Db, options: SendOptions): Promise<SendSummary> {
  const tally = new SendTally();
  const claimant = options.claimant ?? `sender-${randomUUID()}`;
  const orgIds = options.orgId ? [options.orgId] : (await organizationsWithDueActions(db, options.now)).map((o) => o.id);
  for (const orgId of orgIds) {
    const loaded = await loadSendingContext(db, orgId, { now: options.now, claimant, ports: options.ports });
    if (loaded === null) continue;
    if (!loaded.ok) {
      // Broken tone rules would let messages out unchecked: nothing of this organization goes.
      tally.failed('', '', `organization ${orgId}: ${loaded.message}`);
      continue;
    }
    const ctx = loaded.value;
    try {
      await sendForOrganization(ctx, options, tally);
    } finally {
      ctx.close();
    }
  }
  return tally.summary;
}

async function sendForOrganization(ctx: SendingContext, options: SendOptions, tally: SendTally): Promise<void> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  for (;;) {
    const claimed = await claimDueActions(ctx.db, ctx.org.id, {
      now: ctx.now,
      today: ctx.today,
      claimant: ctx.claimant,
      leaseMs: options.leaseMs ?? defaultLeaseMs,
      limit: batchSize,
    });
    if (claimed.length === 0) return;
    const customerIds = [...new Set(claimed.map((c) => c.action.customerId))];
    const snapshots = new Map(
      (await loadFollowUpSnapshots(ctx.db, ctx.org.id, customerIds, ctx.today, { baseCurrency: ctx.org.baseCurrency, timeZone: ctx.org.timeZone, defaultLanguage: ctx.org.defaultLanguage })).map(
        (loaded) => [loaded.snapshot.customer.id, loaded.snapshot],
      ),
    );
    for (const item of claimed) {
      let result: ActionResult;
      try {
        result = await carryOut(ctx, item, snapshots);
      } catch (error) {
        result = { result: 'retry', reason: error instanceof Error ? error.message : String(error) };
      }
      await settle(ctx, item, result, tally);
      options.onAction?.(result);
    }
    if (claimed.length < batchSize) return;
  }
}

function carryOut(ctx: SendingContext, item: ClaimedAction, snapshots: Map<string, CustomerSnapshot>): Promise<ActionResult> {
  const { action } = item;
  switch (action.kind) {
    case 'sendMessage':
    case 'createCallTask':
      return sendContact(ctx, item.id, action, snapshots.get(action.customerId));
    case 'createInternalTask':
      return carryOutTask(ctx, item.id, action);
    case 'holdCredit':
    case 'notifyAccountOwner':
    case 'openHandover':
      return carryOutEffect(ctx, item.id, action);
  }
}

/** Ends or postpones the outbox row as the result says, and counts it. */
async function settle(ctx: SendingContext, item: ClaimedAction, result: ActionResult, tally: SendTally): Promise<void> {
  const { db, org, claimant, now } = ctx;
  const customerId = item.action.customerId;
  switch (result.result) {
    case 'sent':
      tally.sent(result.channel);
      return;
    case 'effect':
      tally.effect(result.kind);
      return;
    case 'task':
      // A call task is handed over ('sent') until the call is logged; an internal task is done.
      if (result.kind === 'call') await endClaimedAction(db, org.id, item.id, claimant, { status: 'sent', reason: null }, now);
      tally.task(result.kind);
      return;
    case 'held':
      await postponeClaimedAction(db, org.id, item.id, claimant, { until: result.until, heldReason: result.reason }, now);
      tally.held(result.reason);
      return;
    case 'cancelled':
      await endClaimedAction(db, org.id, item.id, claimant, { status: 'cancelled', reason: result.reason }, now);
      tally.cancelled(result.reason);
      return;
    case 'retry': {
      const until = nextAttemptAt(item.attempts, now);
      if (until) {
        await postponeClaimedAction(db, org.id, item.id, claimant, { until, lastError: result.reason }, now);
        tally.retrying();
        return;
      }
      await giveUp(ctx, item, `gave up after ${item.attempts} attempts: ${result.reason}`);
      tally.failed(item.id, customerId, result.reason);
      return;
    }
    case 'failed':
      await giveUp(ctx, item, result.reason);
      tally.failed(item.id, customerId, result.reason);
      return;
  }
}

/** Fails the action for good and asks a person to look at it. */
async function giveUp(ctx: SendingContext, item: ClaimedAction, reason: string): Promise<void> {
  await ctx.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    if (!(await endClaimedAction(tx, ctx.org.id, item.id, ctx.claimant, { status: 'failed', reason }, ctx.now))) return;
    await insertTask(tx, ctx.org.id, {
      customerId: item.action.customerId,
      kind: 'internal',
      title: `A follow-up step could not be carried out: ${reason}`,
      actionId: item.id,
      invoiceIds: [...new Set(item.action.steps.map((s) => s.invoiceId))],
      dueOn: ctx.today,
    });
  });
}
