// While a payment plan runs it replaces the ladder of its invoices: a friendly
// reminder a few days before each instalment and a firm one the day after a missed
// instalment. These are steps like any other and join the day's one contact.
import { addDays, type IsoDate } from '../dates';
import { instalmentStatus } from '../plans';
import type { InternalTaskAction } from './actions';
import { onceTaskKey } from './keys';
import type { DueStep } from './ladder';
import type { AddresseeRole, ProcedureStep, ProcedureVersion } from './procedure';
import type { CustomerSnapshot, SnapshotPlan } from './snapshot';

/** Days before an instalment's date that its reminder goes out. */
export const instalmentReminderDaysBefore = 3;

const reminderChain: AddresseeRole[] = ['payables', 'chief_accountant', 'finance_decision_maker', 'cfo'];
const missedChain: AddresseeRole[] = ['finance_decision_maker', 'cfo', 'ceo', 'payables', 'chief_accountant'];

/** The step key a plan message carries, so history tells whether it went out. */
export function planStepKey(planId: string, instalmentDueDate: IsoDate, kind: 'reminder' | 'missed'): string {
  return `plan:${planId}:${instalmentDueDate}:${kind}`;
}

/** True for step keys of plan messages rather than of a procedure's ladder. */
export function isPlanStepKey(stepKey: string): boolean {
  return stepKey.startsWith('plan:');
}

function planStep(key: string, kind: 'reminder' | 'missed'): ProcedureStep {
  const missed = kind === 'missed';
  return {
    key,
    dayOffset: missed ? 1 : -instalmentReminderDaysBefore,
    purpose: 'reminder',
    channel: 'email',
    addressees: missed ? missedChain : reminderChain,
    templateKey: missed ? 'plan.instalment-missed' : 'plan.instalment-reminder',
    tone: missed ? 'firm' : 'reminder',
    conditions: {},
    approval: 'none',
    effects: [],
  };
}

function alreadySent(snapshot: CustomerSnapshot, stepKey: string): boolean {
  return snapshot.history.some((c) => c.steps.some((s) => s.stepKey === stepKey));
}

// At most one message per plan a day: a missed instalment speaks before the next reminder.
function planStepToday(snapshot: CustomerSnapshot, plan: SnapshotPlan, today: IsoDate): { key: string; kind: 'reminder' | 'missed'; dueOn: IsoDate } | null {
  const prefix = `plan:${plan.id}:`;
  if (snapshot.history.some((c) => c.date === today && c.steps.some((s) => s.stepKey.startsWith(prefix)))) return null;
  const unpaid = plan.instalments
    .filter((i) => instalmentStatus(i, today) !== 'paid')
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  for (const instalment of unpaid) {
    const key = planStepKey(plan.id, instalment.dueDate, 'missed');
    if (instalmentStatus(instalment, today) === 'late' && !alreadySent(snapshot, key)) {
      return { key, kind: 'missed', dueOn: addDays(instalment.dueDate, 1) };
    }
  }
  for (const instalment of unpaid) {
    const key = planStepKey(plan.id, instalment.dueDate, 'reminder');
    const from = addDays(instalment.dueDate, -instalmentReminderDaysBefore);
    if (today >= from && today <= instalment.dueDate && !alreadySent(snapshot, key)) return { key, kind: 'reminder', dueOn: from };
  }
  return null;
}

/**
 * Plan messages due today for the running plans, one step per still-open invoice of
 * the plan that is not disputed, snoozed or paused by a promise.
 */
export function planStepsDue(
  snapshot: CustomerSnapshot,
  activePlans: readonly SnapshotPlan[],
  promised: ReadonlySet<string>,
  today: IsoDate,
): DueStep[] {
  const customerSnoozed = snapshot.customer.snoozedUntil !== null && snapshot.customer.snoozedUntil >= today;
  if (customerSnoozed) return [];
  const due: DueStep[] = [];
  for (const plan of activePlans) {
    const found = planStepToday(snapshot, plan, today);
    if (!found) continue;
    const invoices = snapshot.openInvoices.filter(
      (i) =>
        plan.invoiceIds.includes(i.id) &&
        i.openAmountMinor > 0 &&
        !i.disputed &&
        !promised.has(i.id) &&
        !(i.snoozedUntil !== null && i.snoozedUntil >= today),
    );
    const step = planStep(found.key, found.kind);
    for (const invoice of invoices) due.push({ ref: { invoiceId: invoice.id, stepKey: found.key }, step, dueOn: found.dueOn });
  }
  return due;
}

/** One task per plan that has defaulted: the collector decides what follows (its invoices are back on the ladder). */
export function planDefaultedTasks(
  snapshot: CustomerSnapshot,
  procedure: ProcedureVersion,
  defaulted: readonly SnapshotPlan[],
  today: IsoDate,
): InternalTaskAction[] {
  return defaulted.map((plan) => ({
    kind: 'createInternalTask',
    key: onceTaskKey(snapshot.customer.id, procedure.procedureKey, 'planDefaulted', plan.id),
    customerId: snapshot.customer.id,
    procedureKey: procedure.procedureKey,
    procedureVersion: procedure.version,
    plannedFor: today,
    reason: 'planDefaulted',
    templateKey: null,
    steps: [...plan.invoiceIds].sort().map((invoiceId) => ({ invoiceId, stepKey: `plan:${plan.id}:defaulted` })),
  }));
}
