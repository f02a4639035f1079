// Property tests of the engine over random customers, ledgers and histories: what
// must hold whatever the data — one contact a day, only inside the calendar and the
// send window, never for an invoice something else speaks for, the same answer for
// the same question, and no duplicate on rerun.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay, isoWeekday, isWithinWindow, sendWindowOn } from '../calendar';
import { addDays, type IsoDate } from '../dates';
import { planState } from '../plans';
import { pausesUntil } from '../promises';
import type { Action, ContactAction, Decision } from './actions';
import { decide } from './decide';
import { defaultProcedures } from './default-procedures';
import { isPlanStepKey } from './plan-steps';
import { addresseeRoles, type Channel, type ProcedureVersion } from './procedure';
import { applyDecision, simulate } from './simulate';
import type { CustomerSnapshot, PastContact, SnapshotPlan, SnapshotPromise } from './snapshot';

const start = '2026-03-02';
const at = (offset: number) => addDays(start, offset);
const invoiceIds = ['i0', 'i1', 'i2', 'i3', 'i4'];
const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);
/** The value one time in `oneIn`, null otherwise. */
const occasionally = <T,>(arb: fc.Arbitrary<T>, oneIn: number) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: oneIn - 1 }, { arbitrary: arb, weight: 1 });
const sometimes = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);
const customerRoles = addresseeRoles.filter((r) => r !== 'account_owner');
const contactChannels: Channel[] = ['email', 'sms', 'call', 'letter'];

const likely = fc.integer({ min: 0, max: 3 }).map((n) => n > 0);
const contactArb = fc.record({
  roles: fc.subarray(customerRoles, { maxLength: 3 }),
  hasEmail: likely,
  hasMobile: likely,
  hasPhone: likely,
  hasPostalAddress: likely,
  optedOutChannels: fc.oneof({ arbitrary: fc.constant<Channel[]>([]), weight: 3 }, { arbitrary: fc.subarray(contactChannels, { maxLength: 2 }), weight: 1 }),
});

const invoiceArb = fc.record({
  dueOffset: fc.integer({ min: -70, max: 40 }),
  currency: fc.constantFrom('PLN', 'PLN', 'EUR'),
  openAmountMinor: fc.integer({ min: 1, max: 300_000 }),
  disputed: rarely,
  snooze: occasionally(fc.integer({ min: -5, max: 40 }), 6),
});

const promiseArb = fc.record({
  invoiceIds: fc.subarray(invoiceIds, { maxLength: 3 }),
  dateOffset: fc.integer({ min: -20, max: 30 }),
  status: fc.constantFrom<SnapshotPromise['status']>('open', 'open', 'kept', 'partlyKept', 'broken'),
  brokenOffset: fc.option(fc.integer({ min: -20, max: 0 }), { nil: null }),
});

const planArb = fc.record({
  invoiceIds: fc.subarray(invoiceIds.slice(0, 2), { minLength: 1, maxLength: 2 }),
  status: fc.constantFrom<SnapshotPlan['status']>('active', 'active', 'completed', 'defaulted', 'cancelled'),
  firstOffset: fc.integer({ min: -10, max: 30 }),
  instalments: fc.array(fc.record({ gap: fc.integer({ min: 7, max: 31 }), paid: fc.boolean() }), { minLength: 1, maxLength: 3 }),
});

const historyArb = fc.record({
  dateOffset: fc.integer({ min: -40, max: -1 }),
  channel: fc.constantFrom<Channel>('email', 'email', 'sms', 'call', 'letter', 'internalTask'),
  answered: sometimes,
  steps: fc.array(fc.record({ invoiceId: fc.constantFrom(...invoiceIds), stepIndex: fc.integer({ min: 0, max: 6 }) }), { maxLength: 2 }),
});

// The shipped procedures, and one with internal-task steps between contacts.
const standard = defaultProcedures[0]!;
const withTasks: ProcedureVersion = {
  ...standard,
  procedureKey: 'with-tasks',
  steps: standard.steps.map((s) =>
    s.key === 'second-reminder' || s.key === 'payables-call' ? { ...s, channel: 'internalTask', addressees: ['account_owner'], conditions: {} } : s,
  ),
};

const caseArb = fc.record({
  procedure: fc.constantFrom(...defaultProcedures, withTasks),
  place: fc.constantFrom(['PL', 'Europe/Warsaw'], ['DE', 'Europe/Berlin'], ['GB', 'Europe/London'], ['US', 'America/New_York']),
  doNotContact: rarely,
  creditHold: sometimes,
  customerSnooze: occasionally(fc.integer({ min: 0, max: 20 }), 10),
  contacts: fc.array(contactArb, { minLength: 1, maxLength: 4 }),
  invoices: fc.array(invoiceArb, { minLength: 1, maxLength: 5 }),
  promises: fc.array(promiseArb, { maxLength: 2 }),
  plan: occasionally(planArb, 2),
  history: fc.array(historyArb, { maxLength: 4 }),
  lastInbound: fc.option(fc.integer({ min: -40, max: -1 }), { nil: null }),
  firstDay: fc.integer({ min: 0, max: 20 }),
});

type Case = { procedure: ProcedureVersion; snapshot: CustomerSnapshot; firstDay: IsoDate };

type CaseInput = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function buildCase(c: CaseInput): Case {
  const procedure = c.procedure;
  const openInvoices = c.invoices.map((inv, i) => ({
    id: invoiceIds[i]!,
    number: `FV/${i}`,
    issueDate: at(inv.dueOffset - 14),
    dueDate: at(inv.dueOffset),
    currency: inv.currency,
    grossTotalMinor: inv.openAmountMinor,
    openAmountMinor: inv.openAmountMinor,
    disputed: inv.disputed,
    snoozedUntil: inv.snooze === null ? null : at(inv.snooze),
  }));
  const promises: SnapshotPromise[] = c.promises.map((p, i) => ({
    id: `p${i}`,
    invoiceIds: p.invoiceIds,
    promisedDate: at(p.dateOffset),
    amountMinor: 10_000,
    currency: 'PLN',
    status: p.status,
    brokenOn: p.status === 'broken' && p.brokenOffset !== null ? at(p.brokenOffset) : null,
  }));
  const plans: SnapshotPlan[] = [];
  if (c.plan) {
    let offset = c.plan.firstOffset;
    const instalments = c.plan.instalments.map((i) => {
      const dueDate = at(offset);
      offset += i.gap;
      return { dueDate, amountMinor: 50_000, paidMinor: i.paid ? 50_000 : 0, currency: 'PLN' };
    });
    plans.push({ id: 'plan', invoiceIds: c.plan.invoiceIds, status: c.plan.status, instalments });
  }
  const history: PastContact[] = c.history.map((h) => ({
    date: at(h.dateOffset),
    channel: h.channel,
    answered: h.answered,
    steps: h.steps.map((s) => ({ invoiceId: s.invoiceId, procedureKey: procedure.procedureKey, stepKey: procedure.steps[s.stepIndex % procedure.steps.length]!.key })),
  }));
  const snapshot: CustomerSnapshot = {
    customer: {
      id: 'c',
      country: c.place[0]!,
      timeZone: c.place[1]!,
      language: 'pl',
      doNotContact: c.doNotContact,
      creditHold: c.creditHold,
      snoozedUntil: c.customerSnooze === null ? null : at(c.customerSnooze),
    },
    contacts: c.contacts.map((contact, i) => ({ id: `k${i}`, name: `Contact ${i}`, ...contact })),
    openInvoices,
    promises,
    plans,
    history,
    lastInboundOn: c.lastInbound === null ? null : at(c.lastInbound),
  };
  return { procedure, snapshot, firstDay: at(c.firstDay) };
}

const isContact = (a: Action): a is ContactAction => a.kind === 'sendMessage' || a.kind === 'createCallTask';
const carriedOut = (d: Decision) => d.actions.filter((a) => isContact(a) || (a.kind === 'createInternalTask' && a.reason === 'stepTask'));

/** Why an invoice may not carry a ladder step on a day, or null when it may. */
function offLadder(snapshot: CustomerSnapshot, procedure: ProcedureVersion, invoiceId: string, day: IsoDate): string | null {
  const invoice = snapshot.openInvoices.find((i) => i.id === invoiceId);
  if (!invoice || invoice.openAmountMinor <= 0) return 'paid';
  if (invoice.disputed) return 'disputed';
  if (invoice.snoozedUntil !== null && invoice.snoozedUntil >= day) return 'snoozed';
  if (snapshot.customer.snoozedUntil !== null && snapshot.customer.snoozedUntil >= day) return 'customer snoozed';
  const promised = snapshot.promises.some(
    (p) => p.status === 'open' && (p.invoiceIds.length === 0 || p.invoiceIds.includes(invoiceId)) && pausesUntil(p, procedure.promiseGraceDays) >= day,
  );
  if (promised) return 'promised';
  const planned = snapshot.plans.some(
    (p) => p.status === 'active' && p.invoiceIds.includes(invoiceId) && planState(p, day, procedure.planDefaultAfterDays) === 'active',
  );
  return planned ? 'planned' : null;
}

const runs = { numRuns: 150 };

describe('engine properties over random ledgers', () => {
  it('at most one contact per customer a day, across a simulated month', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { procedure, snapshot, firstDay } = buildCase(c);
        for (const day of simulate(snapshot, procedure, firstDay, 31)) {
          expect(day.decision.actions.filter(isContact).length).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it('contacts only on business days of the customer country, inside the send window', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { procedure, snapshot, firstDay } = buildCase(c);
        const { country, timeZone } = snapshot.customer;
        for (const day of simulate(snapshot, procedure, firstDay, 31)) {
          for (const contact of day.decision.actions.filter(isContact)) {
            expect(snapshot.customer.doNotContact).toBe(false);
            expect(isBusinessDay(day.date, country)).toBe(true);
            expect(procedure.sendWindow.weekdays).toContain(isoWeekday(day.date));
            const window = sendWindowOn(day.date, timeZone, procedure.sendWindow);
            expect([contact.sendFrom, contact.sendUntil]).toEqual([window.from, window.until]);
            expect(isWithinWindow(contact.sendFrom, timeZone, procedure.sendWindow)).toBe(true);
            expect(isWithinWindow(new Date(Date.parse(contact.sendUntil) - 60_000), timeZone, procedure.sendWindow)).toBe(true);
            expect(isWithinWindow(contact.sendUntil, timeZone, procedure.sendWindow)).toBe(false);
          }
          for (const held of day.decision.held) {
            expect(held.nextAllowedOn > day.date).toBe(true);
            expect(isBusinessDay(held.nextAllowedOn, country)).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('never a step for a paid, disputed, snoozed, promised-within-grace or planned invoice', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { procedure, snapshot, firstDay } = buildCase(c);
        for (const day of simulate(snapshot, procedure, firstDay, 31)) {
          for (const action of carriedOut(day.decision)) {
            for (const ref of action.steps) {
              const why = offLadder(snapshot, procedure, ref.invoiceId, day.date);
              // A running plan speaks for its invoices with its own messages.
              if (isPlanStepKey(ref.stepKey)) expect(why === null || why === 'planned').toBe(true);
              else expect(why).toBeNull();
            }
          }
        }
      }),
      runs,
    );
  });

  it('never advances an invoice more than one step a day', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { procedure, snapshot, firstDay } = buildCase(c);
        for (const day of simulate(snapshot, procedure, firstDay, 31)) {
          const perInvoice = new Map<string, number>();
          for (const action of carriedOut(day.decision)) {
            for (const ref of action.steps) perInvoice.set(ref.invoiceId, (perInvoice.get(ref.invoiceId) ?? 0) + 1);
          }
          for (const count of perInvoice.values()) expect(count).toBe(1);
        }
      }),
      runs,
    );
  });

  it('decides deterministically: the same input gives a deep-equal decision with equal keys', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 30 }), (c, offset) => {
        const { procedure, snapshot, firstDay } = buildCase(c);
        const day = addDays(firstDay, offset);
        const first = decide(snapshot, procedure, day);
        const second = decide(structuredClone(snapshot), structuredClone(procedure), day);
        expect(second).toEqual(first);
        expect(second.actions.map((a) => a.key)).toEqual(first.actions.map((a) => a.key));
        expect(new Set(first.actions.map((a) => a.key)).size).toBe(first.actions.length);
      }),
      runs,
    );
  });

  it('rerunning a day after its decision was carried out adds nothing new', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 30 }), (c, offset) => {
        const { procedure, snapshot, firstDay } = buildCase(c);
        // Reach a random day of the month first, so the rerun meets a real history.
        const days = simulate(snapshot, procedure, firstDay, offset);
        let current = snapshot;
        for (const d of days) current = applyDecision(current, procedure.procedureKey, d.date, d.decision);
        const day = addDays(firstDay, offset);
        const first = decide(current, procedure, day);
        const rerun = decide(applyDecision(current, procedure.procedureKey, day, first), procedure, day);
        expect(carriedOut(rerun)).toEqual([]);
        const firstKeys = new Set(first.actions.map((a) => a.key));
        for (const action of rerun.actions) expect(firstKeys.has(action.key)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reaches the rules it is meant to test: the random ledgers are not idle', () => {
    const seen = { casesWithContacts: 0, planMessages: 0, held: new Set<string>(), skipped: new Set<string>(), tasks: new Set<string>(), channels: new Set<string>() };
    for (const c of fc.sample(caseArb, { numRuns: 150, seed: 20260302 })) {
      const { procedure, snapshot, firstDay } = buildCase(c);
      let contacted = false;
      for (const day of simulate(snapshot, procedure, firstDay, 31)) {
        for (const a of day.decision.actions) {
          if (isContact(a)) {
            contacted = true;
            seen.channels.add(a.channel);
            if (a.steps.some((s) => isPlanStepKey(s.stepKey))) seen.planMessages++;
          }
          if (a.kind === 'createInternalTask') seen.tasks.add(a.reason);
        }
        for (const h of day.decision.held) seen.held.add(h.reason);
        for (const s of day.decision.skipped) seen.skipped.add(s.reason);
      }
      if (contacted) seen.casesWithContacts++;
    }
    expect(seen.casesWithContacts).toBeGreaterThan(75);
    expect(seen.planMessages).toBeGreaterThan(5);
    expect([...seen.channels].sort()).toEqual(['call', 'email', 'letter', 'sms']);
    expect([...seen.held]).toEqual(expect.arrayContaining(['notBusinessDay', 'tooSoonAfterLastContact', 'doNotContact', 'noReachableContact']));
    expect([...seen.skipped]).toEqual(expect.arrayContaining(['pastDueDate', 'firmStage', 'customerReplied']));
    expect([...seen.tasks]).toEqual(expect.arrayContaining(['stepTask', 'missingPayablesContact', 'planDefaulted']));
  });
});
