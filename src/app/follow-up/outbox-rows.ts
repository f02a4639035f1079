// A decision as rows: the outbox actions with their status, and the ladder steps the
// day carried out or passed over. Approval gates the step's effects too: a credit hold
// or a handover waits for the same approval as the letter that brings it.
import type { IsoDate } from '../../domain/dates';
import type { Action, Decision } from '../../domain/dunning/actions';
import { outboxKey, type NewOutboxAction, type OutboxStatus } from '../../store/follow-up-actions';
import type { CustomerLadder, LadderEntry } from '../../store/follow-up-ladders';

/** A step the day carried out (by the action with `actionKey`) or passed over (`actionKey` null). */
export type NewLadderStep = {
  invoiceId: string;
  procedureKey: string;
  stepKey: string;
  outcome: 'done' | 'skipped';
  reason: string | null;
  onDate: IsoDate;
  actionKey: string | null;
};

/** The outbox's channel column of an action: a contact's channel, 'internalTask' for tasks, null for effects. */
export function channelOf(action: Action): string | null {
  switch (action.kind) {
    case 'sendMessage':
    case 'createCallTask':
      return action.channel;
    case 'createInternalTask':
      return 'internalTask';
    case 'holdCredit':
    case 'notifyAccountOwner':
    case 'openHandover':
      return null;
  }
}

/** True for actions that carry a step out (a contact or a step's task), as opposed to effects and collector tasks. */
export function carriesSteps(action: Action): boolean {
  return action.kind === 'sendMessage' || action.kind === 'createCallTask' || (action.kind === 'createInternalTask' && action.reason === 'stepTask');
}

const stepId = (invoiceId: string, stepKey: string) => `${invoiceId}|${stepKey}`;

/** The outbox rows and ladder steps of one customer's decision on `date`. */
export function decisionRows(decision: Decision, procedureKey: string, date: IsoDate): { actions: NewOutboxAction[]; steps: NewLadderStep[] } {
  const awaiting = new Set<string>();
  const steps = new Map<string, NewLadderStep>();
  for (const action of decision.actions) {
    if (!carriesSteps(action)) continue;
    const needsApproval = (action.kind === 'sendMessage' || action.kind === 'createCallTask') && action.approval !== 'none';
    for (const ref of action.steps) {
      if (needsApproval) awaiting.add(stepId(ref.invoiceId, ref.stepKey));
      steps.set(stepId(ref.invoiceId, ref.stepKey), {
        invoiceId: ref.invoiceId,
        procedureKey,
        stepKey: ref.stepKey,
        outcome: 'done',
        reason: null,
        onDate: date,
        actionKey: action.key,
      });
    }
  }
  for (const skipped of decision.skipped) {
    const id = stepId(skipped.invoiceId, skipped.stepKey);
    if (steps.has(id)) continue;
    steps.set(id, { invoiceId: skipped.invoiceId, procedureKey, stepKey: skipped.stepKey, outcome: 'skipped', reason: skipped.reason, onDate: date, actionKey: null });
  }
  const actions = decision.actions.map((action): NewOutboxAction => {
    let status: OutboxStatus = 'pending';
    if ((action.kind === 'sendMessage' || action.kind === 'createCallTask') && action.approval !== 'none') status = 'awaitingApproval';
    const isEffect = action.kind === 'holdCredit' || action.kind === 'notifyAccountOwner' || action.kind === 'openHandover';
    if (isEffect && action.steps.some((s) => awaiting.has(stepId(s.invoiceId, s.stepKey)))) status = 'awaitingApproval';
    return { action, storedKey: outboxKey(action.key), channel: channelOf(action), status };
  });
  return { actions, steps: [...steps.values()] };
}

/**
 * The customer's ladders with the day's steps added: a step carried out counts once its
 * action is stored (`created`), a step passed over always. Entries of invoices no longer
 * unsettled are dropped on the way; the outbox still holds what was sent for them.
 */
export function updatedLadders(
  customerId: string,
  stored: readonly CustomerLadder[],
  unsettledInvoiceIds: ReadonlySet<string>,
  steps: readonly NewLadderStep[],
  created: ReadonlySet<string>,
): CustomerLadder[] {
  const added = new Map<string, LadderEntry[]>();
  for (const step of steps) {
    if (step.actionKey !== null && !created.has(step.actionKey)) continue;
    const entry: LadderEntry = { invoiceId: step.invoiceId, stepKey: step.stepKey, onDate: step.onDate, outcome: step.outcome };
    if (step.reason !== null) entry.reason = step.reason;
    const list = added.get(step.procedureKey);
    if (list) list.push(entry);
    else added.set(step.procedureKey, [entry]);
  }
  return [...added].map(([procedureKey, entries]) => {
    const kept = stored.find((l) => l.procedureKey === procedureKey)?.entries.filter((e) => unsettledInvoiceIds.has(e.invoiceId)) ?? [];
    return { customerId, procedureKey, entries: [...kept, ...entries] };
  });
}
