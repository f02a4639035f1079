// The last look before a contact leaves. The daily run decided it in the morning (or
// days ago, if it waited for approval or the server was down); by now the invoice may
// be paid, disputed or promised, the customer may have opted out, the send window may
// have closed, or someone may already have spoken to the customer today. Only what
// still holds goes out; what no longer makes sense is cancelled with its reason, and
// what only has to wait says until when.
import { addBusinessDays, isBusinessDay, isoWeekday, isWithinWindow, sendWindowOn } from '../calendar';
import { addDays, type IsoDate } from '../dates';
import type { ContactAction, HoldReason } from '../dunning/actions';
import { mayContact } from '../dunning/addressee';
import { invoiceCoverage } from '../dunning/coverage';
import { isPlanStepKey } from '../dunning/plan-steps';
import type { ProcedureVersion } from '../dunning/procedure';
import { nextAllowedDay, rhythmHold } from '../dunning/rhythm';
import type { CustomerSnapshot, PastContact } from '../dunning/snapshot';

/** Why a contact is dropped for good at send time. */
export type CancelReason =
  | 'settled'
  | 'disputed'
  | 'promised'
  | 'inPaymentPlan'
  | 'snoozed'
  | 'doNotContact'
  | 'optedOut'
  | 'noAddressee';

/** Why a contact waits: a rhythm rule, the calendar, or bank statements not imported yet. */
export type WaitReason = HoldReason | 'statementsStale';

export type SendVerdict =
  /** Send now, about these invoices (those of the action still worth a word). */
  | { verdict: 'send'; invoiceIds: string[] }
  | { verdict: 'wait'; reason: WaitReason; until: Date }
  | { verdict: 'cancel'; reason: CancelReason };

/** How fresh the organization's bank statements are; null when it imports none (the rule does not apply). */
export type StatementFreshness = { newestOn: IsoDate; maxAgeBusinessDays: number } | null;

export type SendCheckInput = {
  action: ContactAction;
  /** The customer as it stands at `now` (its open invoices, contacts, promises, plans). */
  snapshot: CustomerSnapshot;
  /** The procedure version that decided the action: its send window, rhythm and grace. */
  procedure: ProcedureVersion;
  /** The contacts that really went out to the customer (not merely planned), this one excluded. */
  sentContacts: readonly PastContact[];
  statements: StatementFreshness;
  now: Date;
  /** The customer's calendar day at `now`. */
  today: IsoDate;
};

// Stale statements are fixed by an import, not by the clock: look again within the hour.
const statementRecheckMs = 60 * 60 * 1000;

/** Whether the contact may go now, must wait (until when), or no longer makes sense. */
export function checkBeforeSending(input: SendCheckInput): SendVerdict {
  const { action, snapshot, procedure, today, now } = input;
  const { customer } = snapshot;
  if (customer.doNotContact) return { verdict: 'cancel', reason: 'doNotContact' };

  const invoices = invoicesStillDue(input);
  if (invoices.kept.length === 0) return { verdict: 'cancel', reason: invoices.firstReason ?? 'settled' };

  const contact = snapshot.contacts.find((c) => c.id === action.contactId);
  if (!contact) return { verdict: 'cancel', reason: 'noAddressee' };
  if (!mayContact(contact, action.channel)) return { verdict: 'cancel', reason: 'optedOut' };

  const window = procedure.sendWindow;
  const openDay = (day: IsoDate) => isBusinessDay(day, customer.country) && window.weekdays.includes(isoWeekday(day));
  if (!openDay(today)) return waitUntilOpen(today, 'notBusinessDay');
  if (!isWithinWindow(now, customer.timeZone, window)) return waitUntilOpen(today, 'outsideSendWindow');

  const rhythm = rhythmHold(input.sentContacts, procedure.rhythm, action.channel, today);
  if (rhythm) return waitUntilOpen(nextAllowedDay(input.sentContacts, procedure.rhythm, today, openDay), rhythm, true);

  const pastDue = snapshot.openInvoices.some((i) => invoices.kept.includes(i.id) && i.dueDate < today);
  if (pastDue && statementsStale(input.statements, today, customer.country)) {
    return { verdict: 'wait', reason: 'statementsStale', until: new Date(now.getTime() + statementRecheckMs) };
  }
  return { verdict: 'send', invoiceIds: invoices.kept };

  // The start of the send window on the first open day from `from` (today: the window
  // still ahead of now; a later day: its start).
  function waitUntilOpen(from: IsoDate, reason: WaitReason, fromIsOpen = false): SendVerdict {
    for (let day = from, i = 0; i < 400; day = addDays(day, 1), i++) {
      if (!(fromIsOpen && day === from) && !openDay(day)) continue;
      const { from: opens, until } = sendWindowOn(day, customer.timeZone, window);
      if (now.getTime() < Date.parse(until)) return { verdict: 'wait', reason, until: new Date(Math.max(now.getTime(), Date.parse(opens))) };
    }
    // A window with no open day at all (validateProcedure refuses it): look again tomorrow.
    return { verdict: 'wait', reason, until: new Date(now.getTime() + 24 * 60 * 60 * 1000) };
  }
}

/** The action's invoices that still need the message, and why the first one dropped out. */
function invoicesStillDue(input: SendCheckInput): { kept: string[]; firstReason: CancelReason | null } {
  const { action, snapshot, procedure, today } = input;
  const coverage = invoiceCoverage(snapshot, procedure, today);
  const onLadder = new Set(coverage.onLadder.map((i) => i.id));
  const open = new Map(snapshot.openInvoices.filter((i) => i.openAmountMinor > 0).map((i) => [i.id, i]));
  const customerSnoozed = snapshot.customer.snoozedUntil !== null && snapshot.customer.snoozedUntil >= today;
  const kept: string[] = [];
  let firstReason: CancelReason | null = null;
  for (const ref of action.steps) {
    if (kept.includes(ref.invoiceId)) continue;
    const invoice = open.get(ref.invoiceId);
    // A payment plan's reminders speak about invoices the plan takes off the ladder.
    const stillDue = isPlanStepKey(ref.stepKey) ? invoice !== undefined && !invoice.disputed && !customerSnoozed : onLadder.has(ref.invoiceId);
    if (stillDue) {
      kept.push(ref.invoiceId);
      continue;
    }
    firstReason ??= whyNotDue(ref.invoiceId);
  }
  return { kept, firstReason };

  function whyNotDue(invoiceId: string): CancelReason {
    const invoice = open.get(invoiceId);
    if (!invoice) return 'settled';
    if (invoice.disputed) return 'disputed';
    if (coverage.promised.has(invoiceId)) return 'promised';
    if (coverage.activePlans.some((p) => p.invoiceIds.includes(invoiceId))) return 'inPaymentPlan';
    return 'snoozed';
  }
}

/** True when the newest statement is more than the allowed business days behind today. */
export function statementsStale(statements: StatementFreshness, today: IsoDate, country: string): boolean {
  if (statements === null) return false;
  return addBusinessDays(statements.newestOn, statements.maxAgeBusinessDays, country) < today;
}
