// Each invoice climbs its own ladder: its position is the last step already carried
// out (or passed over) for it, and it moves at most one step a day, so a run that
// missed days catches up gradually instead of jumping straight to a formal demand.
import { rollToBusinessDay } from '../calendar';
import { addDays, type IsoDate } from '../dates';
import type { SkippedStep, SkipReason, StepRef } from './actions';
import type { FirmStage } from './coverage';
import type { ProcedureStep, ProcedureVersion } from './procedure';
import { toneRank } from './procedure-rules';
import type { CustomerSnapshot, SnapshotInvoice } from './snapshot';

/** A step due today for one invoice, from the ladder or from a payment plan. */
export type DueStep = { ref: StepRef; step: ProcedureStep; dueOn: IsoDate };

/** What the engine knows about the customer that every invoice's ladder reads. */
export type LadderContext = {
  snapshot: CustomerSnapshot;
  procedure: ProcedureVersion;
  today: IsoDate;
  brokenPromise: boolean;
};

/** Step keys already carried out or passed over for an invoice under a procedure (any version: by key). */
export function stepsTaken(snapshot: CustomerSnapshot, procedureKey: string, invoiceId: string): Set<string> {
  const taken = new Set<string>();
  for (const contact of snapshot.history) {
    for (const s of contact.steps) if (s.invoiceId === invoiceId && s.procedureKey === procedureKey) taken.add(s.stepKey);
  }
  for (const s of snapshot.skippedSteps ?? []) {
    if (s.invoiceId === invoiceId && s.procedureKey === procedureKey) taken.add(s.stepKey);
  }
  return taken;
}

/** True when history already carries a step of this invoice under the procedure on that day. */
function advancedOn(snapshot: CustomerSnapshot, procedureKey: string, invoiceId: string, day: IsoDate): boolean {
  return snapshot.history.some((c) => c.date === day && c.steps.some((s) => s.invoiceId === invoiceId && s.procedureKey === procedureKey));
}

/** The day of the last contact (not internal task) that carried a step for this invoice. */
function lastContactFor(snapshot: CustomerSnapshot, procedureKey: string, invoiceId: string): IsoDate | null {
  let last: IsoDate | null = null;
  for (const contact of snapshot.history) {
    if (contact.channel === 'internalTask') continue;
    if (!contact.steps.some((s) => s.invoiceId === invoiceId && s.procedureKey === procedureKey)) continue;
    if (last === null || contact.date > last) last = contact.date;
  }
  return last;
}

/** The customer's overdue total in one currency, disputed invoices left out. */
export function overdueTotal(snapshot: CustomerSnapshot, currency: string, today: IsoDate): number {
  return snapshot.openInvoices
    .filter((i) => i.currency === currency && !i.disputed && i.dueDate < today && i.openAmountMinor > 0)
    .reduce((sum, i) => sum + i.openAmountMinor, 0);
}

function skipReason(ctx: LadderContext, invoice: SnapshotInvoice, step: ProcedureStep, rolledDue: IsoDate): SkipReason | null {
  // A courtesy or receipt check after the due date makes no sense any more.
  if ((step.dayOffset < 0 || step.purpose === 'confirmReceipt') && ctx.today >= rolledDue) return 'pastDueDate';
  if (step.conditions.onlyAfterBrokenPromise && !ctx.brokenPromise) return 'noBrokenPromise';
  if (step.conditions.onlyIfNoReplySinceLastStep) {
    const previous = lastContactFor(ctx.snapshot, ctx.procedure.procedureKey, invoice.id);
    const inbound = ctx.snapshot.lastInboundOn;
    if (previous !== null && inbound !== null && inbound >= previous) return 'customerReplied';
  }
  const min = step.conditions.minOverdueMinor;
  if (min !== undefined && overdueTotal(ctx.snapshot, invoice.currency, ctx.today) < min) return 'belowMinimumAmount';
  return null;
}

/**
 * The invoice's step for today, if any, and the steps passed over to reach it. At the
 * firm stage softer steps are passed over, and for an invoice already overdue when the
 * firm stage began the first firm step is due from that day on.
 */
export function nextLadderStep(
  ctx: LadderContext,
  invoice: SnapshotInvoice,
  firm: FirmStage | undefined,
  country: string,
): { due: DueStep | null; skipped: SkippedStep[] } {
  const { procedure, today } = ctx;
  // A rerun of a day that already moved this invoice must not move it again.
  if (advancedOn(ctx.snapshot, procedure.procedureKey, invoice.id, today)) return { due: null, skipped: [] };
  const rolledDue = rollToBusinessDay(invoice.dueDate, country);
  const taken = stepsTaken(ctx.snapshot, procedure.procedureKey, invoice.id);
  let position = -1;
  procedure.steps.forEach((s, i) => {
    if (taken.has(s.key)) position = i;
  });
  const firmRank = toneRank('firm');
  const positionTone = position >= 0 ? toneRank(procedure.steps[position]!.tone) : -1;
  const skipped: SkippedStep[] = [];
  for (let i = position + 1; i < procedure.steps.length; i++) {
    const step = procedure.steps[i]!;
    const ref = { invoiceId: invoice.id, stepKey: step.key };
    if (firm && toneRank(step.tone) < firmRank) {
      skipped.push({ ...ref, reason: 'firmStage' });
      continue;
    }
    let dueOn = addDays(rolledDue, step.dayOffset);
    const firmSince = firm?.since ?? null;
    if (firmSince !== null && positionTone < firmRank && rolledDue < firmSince && firmSince < dueOn) dueOn = firmSince;
    if (dueOn > today) break;
    const reason = skipReason(ctx, invoice, step, rolledDue);
    if (reason) {
      skipped.push({ ...ref, reason });
      continue;
    }
    return { due: { ref, step, dueOn }, skipped };
  }
  return { due: null, skipped };
}
