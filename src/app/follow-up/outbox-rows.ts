// A decision as rows: the outbox actions with their status, and the ladder steps the
// day carried out or passed over. Approval gates the step's effects too: a credit hold
// or a handover waits for the same approval as the letter that brings it.
import type { IsoDate } from '../../domain/dates';
import type { Action, Decision } from '../../domain/dunning/actions';
import { outboxKey, type NewOutboxAction, type OutboxStatus } from '../../store/follow-up-actions';
import type { CustomerLadder, LadderGroup, LadderToSave } from '../../store/follow-up-ladders';

/**
 * A step the day carried out (by the action with `actionKey`, reason null) or passed
 * over (for `reason`, actionKey null), under the decision's procedure.
 */
export type DecidedStep = { invoiceId: string; stepKey: string; reason: string | null; actionKey: string | null };

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

/** The outbox rows and ladder steps of one customer's decision. */
export function decisionRows(decision: Decision): { actions: NewOutboxAction[]; steps: DecidedStep[] } {
  const awaiting = new Set<string>();
  const steps = new Map<string, DecidedStep>();
  for (const action of decision.actions) {
    if (!carriesSteps(action)) continue;
    const needsApproval = (action.kind === 'sendMessage' || action.kind === 'createCallTask') && action.approval !== 'none';
    for (const ref of action.steps) {
      const id = stepId(ref.invoiceId, ref.stepKey);
      if (needsApproval) awaiting.add(id);
      steps.set(id, { invoiceId: ref.invoiceId, stepKey: ref.stepKey, reason: null, actionKey: action.key });
    }
  }
  for (const skipped of decision.skipped) {
    const id = stepId(skipped.invoiceId, skipped.stepKey);
    if (!steps.has(id)) steps.set(id, { invoiceId: skipped.invoiceId, stepKey: skipped.stepKey, reason: skipped.reason, actionKey: null });
  }
  const actions = decision.actions.map((action): NewOutboxAction => {
    let status: OutboxStatus = 'pending';
    if ((action.kind === 'sendMessage' || action.kind === 'createCallTask') && action.approval !== 'none') status = 'awaitingApproval';
    const isEffect = action.kind === 'holdCredit' || action.kind === 'notifyAccountOwner' || action.kind === 'openHandover';
    if (isEffect && awaiting.size > 0 && action.steps.some((s) => awaiting.has(stepId(s.invoiceId, s.stepKey)))) status = 'awaitingApproval';
    return { action, storedKey: outboxKey(action.key), channel: channelOf(action), status };
  });
  return { actions, steps: [...steps.values()] };
}

/**
 * The customer's ladder under `procedureKey` with the day's steps added (new when none
 * was stored), or null when nothing was added: a step carried out counts once its
 * action is stored (`created`), a step passed over always. Invoices no longer among
 * `openInvoices` (the unsettled ones) are dropped from the stored groups on the way
 * (and groups left empty); the outbox still holds what was sent.
 */
export function updatedLadder(
  customerId: string,
  procedureKey: string,
  onDate: IsoDate,
  stored: readonly CustomerLadder[],
  openInvoices: readonly { id: string }[],
  steps: readonly DecidedStep[],
  created: ReadonlySet<string>,
): LadderToSave | null {
  // The day's groups in the order first met, found by step key and then reason.
  const added: LadderGroup[] = [];
  const byStep = new Map<string, Map<string | null, LadderGroup>>();
  for (const step of steps) {
    if (step.actionKey !== null && !created.has(step.actionKey)) continue;
    let byReason = byStep.get(step.stepKey);
    if (!byReason) byStep.set(step.stepKey, (byReason = new Map()));
    const group = byReason.get(step.reason);
    if (group) {
      group.invoiceIds.push(step.invoiceId);
    } else {
      const first: LadderGroup = { onDate, stepKey: step.stepKey, reason: step.reason, invoiceIds: [step.invoiceId] };
      byReason.set(step.reason, first);
      added.push(first);
    }
  }
  if (added.length === 0) return null;
  const before = stored.find((l) => l.procedureKey === procedureKey);
  const kept: LadderGroup[] = [];
  if (before) {
    // Looked up only for a stored ladder: a first run over a big ledger has none to filter.
    const unsettled = new Set(openInvoices.map((i) => i.id));
    for (const group of before.groups) {
      const invoiceIds = group.invoiceIds.filter((id) => unsettled.has(id));
      if (invoiceIds.length > 0) kept.push(invoiceIds.length === group.invoiceIds.length ? group : { ...group, invoiceIds });
    }
  }
  return { customerId, procedureKey, groups: [...kept, ...added], isNew: before === undefined };
}
