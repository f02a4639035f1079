// Idempotency keys of actions: the outbox stores an action once per key, so the same
// decision written twice (a rerun, a crash half-way) sends nothing twice. Keys are
// built only from what decided the action, in a canonical order, never from a clock.
import type { IsoDate } from '../dates';
import type { ActionKind, InternalTaskReason, StepRef } from './actions';

type ProcedureRef = { procedureKey: string; version: number };

/** Step refs in canonical text: "invoice:step" sorted, comma-separated. */
export function stepRefsKey(refs: readonly StepRef[]): string {
  return refs
    .map((r) => `${r.invoiceId}:${r.stepKey}`)
    .sort()
    .join(',');
}

/** A dated action carrying steps: one contact, step task or effect of a procedure version on a day. */
export function actionKey(
  customerId: string,
  procedure: ProcedureRef,
  kind: ActionKind,
  refs: readonly StepRef[],
  plannedFor: IsoDate,
): string {
  return `${customerId}|${procedure.procedureKey}@${procedure.version}|${kind}|${stepRefsKey(refs)}|${plannedFor}`;
}

/** A task raised once per situation (no date): e.g. "find a payables contact" once per customer and procedure. */
export function onceTaskKey(customerId: string, procedureKey: string, reason: InternalTaskReason, subject = ''): string {
  return `${customerId}|${procedureKey}|${reason}${subject ? `|${subject}` : ''}`;
}

/** Sorts step refs canonically, so equal decisions are deep-equal whatever the input order. */
export function sortStepRefs<T extends StepRef>(refs: readonly T[]): T[] {
  return [...refs].sort((a, b) => (a.invoiceId === b.invoiceId ? cmp(a.stepKey, b.stepKey) : cmp(a.invoiceId, b.invoiceId)));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
