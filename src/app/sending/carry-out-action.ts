// The actions that are not messages: a task for the team, and the effects a step has
// (a credit hold, a word to the account owner, the start of a hand-over). Each is
// recorded with the outbox row's end in one transaction, so it happens once.
import type { EffectAction, InternalTaskAction, InternalTaskReason } from '../../domain/dunning/actions';
import { insertActivity } from '../../store/activities';
import { findCustomer } from '../../store/customers';
import type { Db } from '../../store/database';
import { setCreditHold } from '../../store/follow-up-actions';
import { endClaimedAction } from '../../store/outbox-sending';
import { insertTask } from '../../store/tasks';
import type { ActionResult } from './send-contact';
import type { SendingContext } from './sending-context';

const taskTitles: Record<InternalTaskReason, (action: InternalTaskAction) => string> = {
  missingPayablesContact: () => 'Find the payables contact: the person who approves and pays invoices',
  noReachableContact: () => 'Nobody can be reached for the next step: add an e-mail address, a mobile number or a postal address',
  stepTask: (action) => `Procedure step ${[...new Set(action.steps.map((s) => s.stepKey))].join(', ')} (${action.procedureKey})`,
  planDefaulted: () => 'A payment plan defaulted: talk to the customer about the missed instalment',
};

const invoicesOf = (action: { steps: { invoiceId: string }[] }) => [...new Set(action.steps.map((s) => s.invoiceId))];
const stepsOf = (action: { steps: { stepKey: string }[] }) => [...new Set(action.steps.map((s) => s.stepKey))].join(', ');

export async function carryOutTask(ctx: SendingContext, actionId: string, action: InternalTaskAction): Promise<ActionResult> {
  await recorded(ctx, actionId, async (tx) => {
    await insertTask(tx, ctx.org.id, {
      customerId: action.customerId,
      kind: 'internal',
      title: taskTitles[action.reason](action),
      actionId,
      invoiceIds: invoicesOf(action),
      dueOn: ctx.today,
    });
  });
  return { result: 'task', kind: 'internal' };
}

export async function carryOutEffect(ctx: SendingContext, actionId: string, action: EffectAction): Promise<ActionResult> {
  const customer = await findCustomer(ctx.db, ctx.org.id, action.customerId);
  if (!customer) return { result: 'cancelled', reason: 'customerGone' };
  await recorded(ctx, actionId, async (tx) => {
    switch (action.kind) {
      case 'holdCredit':
        // Usually set by the run already; after an approval, only now.
        await setCreditHold(tx, ctx.org.id, [action.customerId]);
        await insertActivity(tx, ctx.org.id, {
          customerId: action.customerId,
          type: 'system',
          channel: 'system',
          occurredAt: ctx.now,
          userId: null,
          summary: `Credit hold set by step ${stepsOf(action)} of ${action.procedureKey}`,
          invoiceIds: invoicesOf(action),
        });
        return;
      case 'notifyAccountOwner':
      case 'openHandover':
        await insertTask(tx, ctx.org.id, {
          customerId: action.customerId,
          kind: 'internal',
          title:
            action.kind === 'openHandover'
              ? `Prepare the hand-over of ${customer.name} to a lawyer: the final notice (${stepsOf(action)}) went out`
              : `${customer.name} reached step ${stepsOf(action)} of ${action.procedureKey}`,
          actionId,
          invoiceIds: invoicesOf(action),
          dueOn: ctx.today,
          assignedUserId: customer.accountOwnerUserId,
        });
        return;
    }
  });
  return { result: 'effect', kind: action.kind };
}

/** Does the work and ends the outbox row as done, together. */
async function recorded(ctx: SendingContext, actionId: string, work: (tx: Db) => Promise<void>): Promise<void> {
  await ctx.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await work(tx);
    if (!(await endClaimedAction(tx, ctx.org.id, actionId, ctx.claimant, { status: 'done', reason: null }, ctx.now))) {
      throw new Error(`the claim on outbox action ${actionId} was lost`);
    }
  });
}
