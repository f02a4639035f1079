// "What would this procedure have done?" — replayed over the ledger's own history
// before anyone switches to it. Every customer, every day of the range: the ledger as
// it stood that day (invoices issued by then, open by what was paid by then, disputes,
// snoozes, promises and plans of that day), the replay's own earlier contacts as the
// only history, and the engine deciding. Payment dates then tell which step each paid
// invoice was paid after: the figure that compares procedures.
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../domain/dates';
import type { Action } from '../../domain/dunning/actions';
import { decide } from '../../domain/dunning/decide';
import type { ProcedureVersion } from '../../domain/dunning/procedure';
import { applyDecision } from '../../domain/dunning/simulate';
import type { CustomerSnapshot, SnapshotInvoice, SnapshotPromise } from '../../domain/dunning/snapshot';
import type { Db } from '../../store/database';
import { loadLedgerHistory, pageCustomersInvoicedBy, type CustomerHistory, type HistoricInvoice } from '../../store/follow-up-history';
import { findOrganization } from '../../store/organizations';
import { listProcedureVersions } from '../../store/procedures';
import { fail, ok, type Result } from '../errors';
import { carriesSteps, channelOf } from './outbox-rows';
import { onceTaskFilter } from './simulate-customer';

export type BacktestReport = {
  procedureKey: string;
  version: number;
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Customers with something open on some day of the range. */
  customers: number;
  customersContacted: number;
  actions: number;
  perChannel: Record<string, number>;
  perKind: Record<string, number>;
  /** Contacts per tone: how firm the procedure gets how often. */
  perTone: Record<string, number>;
  /** Invoice steps carried out, per step key. */
  perStep: Record<string, number>;
  held: Record<string, number>;
  /** Actions per day of the range. */
  perDay: { date: IsoDate; actions: number }[];
  invoices: {
    /** Open on some day of the range. */
    followed: number;
    /** Paid (or credited) in full within the range. */
    paid: number;
    paidWithoutContact: number;
    /** Paid with no reminder (only a courtesy receipt check at most) before it. */
    paidBeforeFirstReminder: number;
    /** Paid after this step was the last one carried out for the invoice. */
    paidAfterStep: Record<string, number>;
    unpaidAtEnd: number;
  };
};

export type BacktestOptions = { version?: number; batchSize?: number; onProgress?: (customers: number) => void };

/** Longest range one back-test replays: two years of days. */
export const maxBacktestDays = 731;

/** Replays the procedure (its latest version unless told) on every customer for each day from `from` to `to`. */
export async function backtest(
  db: Db,
  orgId: string,
  procedureKey: string,
  from: IsoDate,
  to: IsoDate,
  options: BacktestOptions = {},
): Promise<Result<BacktestReport>> {
  if (!isIsoDate(from)) return fail('invalid_input', `from: not a calendar date (YYYY-MM-DD): ${from}`, [{ field: 'from', message: 'not a calendar date' }]);
  if (!isIsoDate(to)) return fail('invalid_input', `to: not a calendar date (YYYY-MM-DD): ${to}`, [{ field: 'to', message: 'not a calendar date' }]);
  const days = daysBetween(from, to) + 1;
  if (days < 1) return fail('invalid_input', `to: ${to} is before from (${from})`, [{ field: 'to', message: 'before from' }]);
  if (days > maxBacktestDays) return fail('invalid_input', `to: at most ${maxBacktestDays} days from ${from}`, [{ field: 'to', message: 'range too long' }]);
  const org = await findOrganization(db, orgId);
  if (!org) return fail('not_found', 'no such organization');
  const versions = await listProcedureVersions(db, orgId, procedureKey);
  const procedure = options.version === undefined ? versions.at(-1) : versions.find((v) => v.version === options.version);
  if (!procedure) return fail('not_found', `no procedure "${procedureKey}"${options.version === undefined ? '' : ` version ${options.version}`}`);

  const tally = newTally(days);
  const batchSize = options.batchSize ?? 500;
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const customerIds = await pageCustomersInvoicedBy(db, orgId, to, after, batchSize);
    if (customerIds.length === 0) break;
    for (const history of await loadLedgerHistory(db, orgId, customerIds, from, to, org)) replayCustomer(history, procedure, from, days, tally);
    seen += customerIds.length;
    options.onProgress?.(seen);
    after = customerIds.at(-1)!;
    if (customerIds.length < batchSize) break;
  }
  const { perDayCounts, ...counts } = tally;
  return ok({
    procedureKey: procedure.procedureKey,
    version: procedure.version,
    from,
    to,
    days,
    ...counts,
    perDay: perDayCounts.map((actions, i) => ({ date: addDays(from, i), actions })),
  });
}

type Tally = Omit<BacktestReport, 'procedureKey' | 'version' | 'from' | 'to' | 'days' | 'perDay'> & { perDayCounts: number[] };

function newTally(days: number): Tally {
  return {
    customers: 0,
    customersContacted: 0,
    actions: 0,
    perChannel: {},
    perKind: {},
    perTone: {},
    perStep: {},
    held: {},
    perDayCounts: Array.from({ length: days }, () => 0),
    invoices: { followed: 0, paid: 0, paidWithoutContact: 0, paidBeforeFirstReminder: 0, paidAfterStep: {}, unpaidAtEnd: 0 },
  };
}

const bump = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

function openOn(invoice: HistoricInvoice, day: IsoDate): number {
  if (invoice.issueDate > day || (invoice.writtenOffOn !== null && invoice.writtenOffOn <= day)) return 0;
  const allocated = invoice.allocations.reduce((sum, a) => (a.date <= day ? sum + a.amountMinor : sum), 0);
  return Math.max(0, invoice.grossTotalMinor - allocated);
}

/** The day the invoice's allocations reached its total, or null. */
function settledOn(invoice: HistoricInvoice): IsoDate | null {
  let allocated = 0;
  for (const a of invoice.allocations) {
    allocated += a.amountMinor;
    if (allocated >= invoice.grossTotalMinor) return a.date;
  }
  return null;
}

const between = (day: IsoDate, start: IsoDate, end: IsoDate | null) => start <= day && (end === null || day < end);

/** The customer as the ledger stood on `day`, with the replay's own history. */
function snapshotOn(history: CustomerHistory, day: IsoDate, replay: CustomerSnapshot | null): CustomerSnapshot {
  const openInvoices: SnapshotInvoice[] = [];
  for (const invoice of history.invoices) {
    const open = openOn(invoice, day);
    if (open <= 0) continue;
    const snoozes = history.snoozes.filter((s) => s.invoiceId === invoice.id && between(day, s.from, s.endedOn) && s.until >= day);
    openInvoices.push({
      id: invoice.id,
      dueDate: invoice.dueDate,
      currency: invoice.currency,
      openAmountMinor: open,
      disputed: history.disputes.some((d) => d.invoiceId === invoice.id && between(day, d.openedOn, d.resolvedOn)),
      snoozedUntil: snoozes.length > 0 ? snoozes.map((s) => s.until).sort().at(-1)! : null,
    });
  }
  const customerSnoozes = history.snoozes.filter((s) => s.invoiceId === null && between(day, s.from, s.endedOn) && s.until >= day);
  const promises: SnapshotPromise[] = history.promises
    .filter((p) => p.recordedOn <= day)
    .flatMap((p): SnapshotPromise[] => {
      const resolved = p.resolvedOn !== null && p.resolvedOn <= day;
      if (!resolved) return [{ ...base(p), status: 'open', brokenOn: null }];
      return p.status === 'broken' ? [{ ...base(p), status: 'broken', brokenOn: p.resolvedOn }] : [];
    });
  return {
    customer: {
      id: history.customerId,
      country: history.country,
      timeZone: history.timeZone,
      language: history.language,
      doNotContact: history.doNotContact,
      creditHold: replay?.customer.creditHold ?? false,
      snoozedUntil: customerSnoozes.length > 0 ? customerSnoozes.map((s) => s.until).sort().at(-1)! : null,
    },
    contacts: history.contacts,
    openInvoices,
    promises,
    // What each instalment received is known only as of now: a plan is replayed as it stands.
    plans: history.plans
      .filter((p) => between(day, p.createdOn, p.endedOn))
      .map((p) => ({ id: p.id, invoiceIds: p.invoiceIds, status: 'active' as const, instalments: p.instalments })),
    history: replay?.history ?? [],
    skippedSteps: replay?.skippedSteps ?? [],
    lastInboundOn: null,
  };
}

function base(p: CustomerHistory['promises'][number]) {
  return { id: p.id, invoiceIds: p.invoiceIds, promisedDate: p.promisedDate, amountMinor: p.amountMinor, currency: p.currency };
}

function replayCustomer(history: CustomerHistory, procedure: ProcedureVersion, from: IsoDate, days: number, tally: Tally): void {
  let replay: CustomerSnapshot | null = null;
  let followed = false;
  let contacted = false;
  // Invoice id → the steps carried out for it, in order, with their day and purpose.
  const carried = new Map<string, { date: IsoDate; stepKey: string; reminder: boolean }[]>();
  const once = onceTaskFilter([]);
  const purposeOf = new Map(procedure.steps.map((s) => [s.key, s.purpose === 'reminder' && s.tone !== 'courtesy']));
  for (let i = 0; i < days; i++) {
    const day = addDays(from, i);
    const snapshot = snapshotOn(history, day, replay);
    if (snapshot.openInvoices.length === 0) {
      replay = snapshot;
      continue;
    }
    followed = true;
    const decision = once(decide(snapshot, procedure, day));
    for (const action of decision.actions) {
      tallyAction(action, tally);
      tally.perDayCounts[i]!++;
      if (action.kind === 'sendMessage' || action.kind === 'createCallTask') contacted = true;
      if (!carriesSteps(action)) continue;
      for (const ref of action.steps) {
        bump(tally.perStep, ref.stepKey);
        const list = carried.get(ref.invoiceId) ?? [];
        list.push({ date: day, stepKey: ref.stepKey, reminder: purposeOf.get(ref.stepKey) ?? true });
        carried.set(ref.invoiceId, list);
      }
    }
    for (const held of decision.held) bump(tally.held, held.reason);
    replay = applyDecision(snapshot, procedure.procedureKey, day, decision);
  }
  if (followed) tally.customers++;
  if (contacted) tally.customersContacted++;
  const to = addDays(from, days - 1);
  for (const invoice of history.invoices) {
    const wasOpen = Array.from({ length: days }, (_, i) => addDays(from, i)).some((day) => openOn(invoice, day) > 0);
    if (!wasOpen) continue;
    tally.invoices.followed++;
    const settled = settledOn(invoice);
    if (settled === null || settled > to || settled < from) {
      if (openOn(invoice, to) > 0) tally.invoices.unpaidAtEnd++;
      continue;
    }
    tally.invoices.paid++;
    const before = (carried.get(invoice.id) ?? []).filter((c) => c.date < settled);
    const last = before.at(-1);
    if (!last) tally.invoices.paidWithoutContact++;
    else bump(tally.invoices.paidAfterStep, last.stepKey);
    if (!before.some((c) => c.reminder)) tally.invoices.paidBeforeFirstReminder++;
  }
}

function tallyAction(action: Action, tally: Tally): void {
  tally.actions++;
  bump(tally.perKind, action.kind);
  const channel = channelOf(action);
  if (channel !== null) bump(tally.perChannel, channel);
  if (action.kind === 'sendMessage' || action.kind === 'createCallTask') bump(tally.perTone, action.tone);
}
