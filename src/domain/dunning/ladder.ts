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

/** What history says about one invoice's ladder under the procedure. */
export type InvoiceLadderHistory = {
  /** Step keys already carried out or passed over (any version of the procedure: by key). */
  taken: Set<string>;
  /** True when a contact or task of `today` already carried a step of it: a rerun must not move it again. */
  advancedToday: boolean;
  /** The day of the last contact (not internal task) that carried a step of it. */
  lastContactOn: IsoDate | null;
};

/** What the engine knows about the customer that every invoice's ladder reads. */
export type LadderContext = {
  snapshot: CustomerSnapshot;
  procedure: ProcedureVersion;
  today: IsoDate;
  brokenPromise: boolean;
  /** Per invoice id; an invoice history never mentions is absent. */
  ladders: ReadonlyMap<string, InvoiceLadderHistory>;
};

/** The context for the customer's invoices, history read once rather than once per invoice. */
export function ladderContext(snapshot: CustomerSnapshot, procedure: ProcedureVersion, today: IsoDate, brokenPromise: boolean): LadderContext {
  return { snapshot, procedure, today, brokenPromise, ladders: ladderHistories(snapshot, procedure.procedureKey, today) };
}

/** Each invoice's ladder history under a procedure, from the contacts and the steps passed over. */
export function ladderHistories(snapshot: CustomerSnapshot, procedureKey: string, today: IsoDate): Map<string, InvoiceLadderHistory> {
  const ladders = new Map<string, InvoiceLadderHistory>();
  for (const contact of snapshot.history) {
    for (const s of contact.steps) {
      if (s.procedureKey !== procedureKey) continue;
      const ladder = ladderOf(ladders, s.invoiceId);
      ladder.taken.add(s.stepKey);
      if (contact.date === today) ladder.advancedToday = true;
      if (contact.channel !== 'internalTask' && (ladder.lastContactOn === null || contact.date > ladder.lastContactOn)) ladder.lastContactOn = contact.date;
    }
  }
  for (const s of snapshot.skippedSteps ?? []) {
    if (s.procedureKey === procedureKey) ladderOf(ladders, s.invoiceId).taken.add(s.stepKey);
  }
  return ladders;
}

function ladderOf(ladders: Map<string, InvoiceLadderHistory>, invoiceId: string): InvoiceLadderHistory {
  let ladder = ladders.get(invoiceId);
  if (!ladder) ladders.set(invoiceId, (ladder = { taken: new Set(), advancedToday: false, lastContactOn: null }));
  return ladder;
}

const noHistory: InvoiceLadderHistory = { taken: new Set(), advancedToday: false, lastContactOn: null };

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
    const previous = ctx.ladders.get(invoice.id)?.lastContactOn ?? null;
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
  const { taken, advancedToday } = ctx.ladders.get(invoice.id) ?? noHistory;
  // A rerun of a day that already moved this invoice must not move it again.
  if (advancedToday) return { due: null, skipped: [] };
  const rolledDue = rollToBusinessDay(invoice.dueDate, country);
  let position = procedure.steps.length - 1;
  while (position >= 0 && !taken.has(procedure.steps[position]!.key)) position--;
  const firmRank = toneRank('firm');
  const positionTone = position >= 0 ? toneRank(procedure.steps[position]!.tone) : -1;
  const skipped: SkippedStep[] = [];
  for (let i = position + 1; i < procedure.steps.length; i++) {
    const step = procedure.steps[i]!;
    if (firm && toneRank(step.tone) < firmRank) {
      skipped.push({ invoiceId: invoice.id, stepKey: step.key, reason: 'firmStage' });
      continue;
    }
    let dueOn = addDays(rolledDue, step.dayOffset);
    const firmSince = firm?.since ?? null;
    if (firmSince !== null && positionTone < firmRank && rolledDue < firmSince && firmSince < dueOn) dueOn = firmSince;
    if (dueOn > today) break;
    const reason = skipReason(ctx, invoice, step, rolledDue);
    if (reason) {
      skipped.push({ invoiceId: invoice.id, stepKey: step.key, reason });
      continue;
    }
    return { due: { ref: { invoiceId: invoice.id, stepKey: step.key }, step, dueOn }, skipped };
  }
  return { due: null, skipped };
}
