// Which invoices climb the ladder today, and which of them at the firm stage. An
// invoice leaves the ladder while something else speaks for it: a dispute, a snooze,
// a promise within its grace, a payment plan that is running. A broken promise or a
// defaulted plan sends invoices back at the firm stage (seed 001: a broken promise
// escalates the case).
import { addDays, type IsoDate } from '../dates';
import { planDefaultsOn, planState } from '../plans';
import { pausesUntil } from '../promises';
import type { ProcedureVersion } from './procedure';
import type { CustomerSnapshot, SnapshotInvoice, SnapshotPlan, SnapshotPromise } from './snapshot';

export type FirmStage = {
  /** The first day at the firm stage, when known: overdue steps below firm are brought forward to it. */
  since: IsoDate | null;
};

export type Coverage = {
  onLadder: SnapshotInvoice[];
  /** Invoices on the ladder at the firm stage. */
  firm: Map<string, FirmStage>;
  /** Plans still running today (their invoices are off the ladder). */
  activePlans: SnapshotPlan[];
  /** Plans the snapshot holds as active that have defaulted by today. */
  newlyDefaultedPlans: SnapshotPlan[];
  /** Open invoices paused by a promise within its grace: no message of any kind about them. */
  promised: Set<string>;
  brokenPromise: boolean;
};

/** The day a broken promise was found broken, or the day after its grace when not recorded. */
export function brokenSince(promise: SnapshotPromise, graceDays: number): IsoDate {
  return promise.brokenOn ?? addDays(pausesUntil(promise, graceDays), 1);
}

function covers(invoiceIds: readonly string[], invoiceId: string): boolean {
  return invoiceIds.length === 0 || invoiceIds.includes(invoiceId);
}

function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Sorts the customer's open invoices into on and off the ladder for `today`. */
export function invoiceCoverage(snapshot: CustomerSnapshot, procedure: ProcedureVersion, today: IsoDate): Coverage {
  const grace = procedure.promiseGraceDays;
  const broken = snapshot.promises.filter((p) => p.status === 'broken');
  const brokenPromise = broken.length > 0;
  const promiseFirmSince = broken.reduce<IsoDate | null>((acc, p) => later(acc, brokenSince(p, grace)), null);
  const standingPromises = snapshot.promises.filter((p) => p.status === 'open' && pausesUntil(p, grace) >= today);

  const activePlans: SnapshotPlan[] = [];
  const newlyDefaultedPlans: SnapshotPlan[] = [];
  const defaultedPlans: { plan: SnapshotPlan; since: IsoDate | null }[] = [];
  for (const plan of snapshot.plans) {
    if (plan.status === 'defaulted') {
      defaultedPlans.push({ plan, since: planDefaultsOn(plan, procedure.planDefaultAfterDays) });
    } else if (plan.status === 'active') {
      const state = planState(plan, today, procedure.planDefaultAfterDays);
      if (state === 'active') activePlans.push(plan);
      if (state === 'defaulted') {
        newlyDefaultedPlans.push(plan);
        defaultedPlans.push({ plan, since: planDefaultsOn(plan, procedure.planDefaultAfterDays) });
      }
    }
  }

  const promised = new Set(snapshot.openInvoices.filter((i) => standingPromises.some((p) => covers(p.invoiceIds, i.id))).map((i) => i.id));
  const customerSnoozed = snapshot.customer.snoozedUntil !== null && snapshot.customer.snoozedUntil >= today;
  const onLadder: SnapshotInvoice[] = [];
  const firm = new Map<string, FirmStage>();
  if (customerSnoozed) return { onLadder, firm, activePlans, newlyDefaultedPlans, promised, brokenPromise };
  for (const invoice of snapshot.openInvoices) {
    if (invoice.openAmountMinor <= 0 || invoice.disputed) continue;
    if (invoice.snoozedUntil !== null && invoice.snoozedUntil >= today) continue;
    if (activePlans.some((p) => p.invoiceIds.includes(invoice.id))) continue;
    if (promised.has(invoice.id)) continue;
    onLadder.push(invoice);
    const fromPlans = defaultedPlans.filter((d) => d.plan.invoiceIds.includes(invoice.id));
    if (brokenPromise || fromPlans.length > 0) {
      const since = fromPlans.reduce<IsoDate | null>((acc, d) => later(acc, d.since), promiseFirmSince);
      firm.set(invoice.id, { since });
    }
  }
  return { onLadder, firm, activePlans, newlyDefaultedPlans, promised, brokenPromise };
}
