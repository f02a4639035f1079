import { describe, expect, it } from 'vitest';
import type { ContactAction } from '../dunning/actions';
import { defaultProcedure } from '../dunning/default-procedures';
import { exampleContact, exampleInvoice, examplePastContact, exampleSnapshot, type SnapshotOverrides } from '../dunning/example-snapshots';
import { planStepKey } from '../dunning/plan-steps';
import { checkBeforeSending, type SendCheckInput } from './send-check';

const standard = defaultProcedure('standard');
// Thursday 19 March 2026, 10:00 in Warsaw (09:00 UTC): inside the 09:00–17:00 window.
const thursdayMorning = new Date('2026-03-19T09:00:00Z');
const i1 = exampleInvoice('i1', '2026-03-10');
const i2 = exampleInvoice('i2', '2026-03-12');

const action: ContactAction = {
  kind: 'sendMessage',
  key: 'c1|standard@1|sendMessage|i1:first-reminder,i2:first-reminder|2026-03-19',
  customerId: 'c1',
  procedureKey: 'standard',
  procedureVersion: 1,
  plannedFor: '2026-03-19',
  channel: 'email',
  contactId: 'payables',
  addresseeRole: 'payables',
  templateKey: 'standard.first-reminder',
  tone: 'reminder',
  purpose: 'reminder',
  approval: 'none',
  steps: [
    { invoiceId: 'i1', stepKey: 'first-reminder' },
    { invoiceId: 'i2', stepKey: 'first-reminder' },
  ],
  sendFrom: '2026-03-19T08:00:00.000Z',
  sendUntil: '2026-03-19T16:00:00.000Z',
};

function check(overrides: SnapshotOverrides = {}, input: Partial<SendCheckInput> = {}) {
  return checkBeforeSending({
    action,
    snapshot: exampleSnapshot({ openInvoices: [i1, i2], ...overrides }),
    procedure: standard,
    sentContacts: [],
    statements: null,
    now: thursdayMorning,
    today: '2026-03-19',
    ...input,
  });
}

describe('checkBeforeSending: what the message is about', () => {
  it('sends about every invoice still open and on the ladder', () => {
    expect(check()).toEqual({ verdict: 'send', invoiceIds: ['i1', 'i2'] });
  });

  it.each<[string, SnapshotOverrides, string[]]>([
    ['a paid invoice is left out', { openInvoices: [i2] }, ['i2']],
    ['a disputed invoice is left out', { openInvoices: [{ ...i1, disputed: true }, i2] }, ['i2']],
    ['a snoozed invoice is left out', { openInvoices: [{ ...i1, snoozedUntil: '2026-03-25' }, i2] }, ['i2']],
    [
      'an invoice under a standing promise is left out',
      { promises: [{ id: 'p', invoiceIds: ['i1'], promisedDate: '2026-03-20', amountMinor: 123_000, currency: 'PLN', status: 'open', brokenOn: null }] },
      ['i2'],
    ],
  ])('%s', (_, overrides, kept) => {
    expect(check(overrides)).toEqual({ verdict: 'send', invoiceIds: kept });
  });

  it.each<[string, SnapshotOverrides, string]>([
    ['everything paid', { openInvoices: [] }, 'settled'],
    ['everything disputed', { openInvoices: [{ ...i1, disputed: true }, { ...i2, disputed: true }] }, 'disputed'],
    [
      'a promise for the whole account',
      { promises: [{ id: 'p', invoiceIds: [], promisedDate: '2026-03-23', amountMinor: 246_000, currency: 'PLN', status: 'open', brokenOn: null }] },
      'promised',
    ],
    [
      'a payment plan running for both',
      {
        plans: [
          { id: 'plan', invoiceIds: ['i1', 'i2'], status: 'active', instalments: [{ dueDate: '2026-04-10', amountMinor: 246_000, paidMinor: 0, currency: 'PLN' }] },
        ],
      },
      'inPaymentPlan',
    ],
    ['the customer snoozed', { customer: { snoozedUntil: '2026-03-31' } }, 'snoozed'],
    ['the customer asked not to be contacted', { customer: { doNotContact: true } }, 'doNotContact'],
    ['the addressee opted out of e-mail', { contacts: [exampleContact('payables', ['payables'], { optedOutChannels: ['email'] })] }, 'optedOut'],
    ['the addressee has no e-mail any more', { contacts: [exampleContact('payables', ['payables'], { hasEmail: false })] }, 'optedOut'],
    ['the addressee was deleted', { contacts: [exampleContact('someone-else', ['payables'])] }, 'noAddressee'],
  ])('cancels when %s', (_, overrides, reason) => {
    expect(check(overrides)).toEqual({ verdict: 'cancel', reason });
  });

  it('keeps the invoices of a payment-plan reminder, which the plan took off the ladder', () => {
    const reminder: ContactAction = { ...action, steps: [{ invoiceId: 'i1', stepKey: planStepKey('plan', '2026-03-22', 'reminder') }] };
    const plans = [{ id: 'plan', invoiceIds: ['i1'], status: 'active' as const, instalments: [{ dueDate: '2026-03-22', amountMinor: 123_000, paidMinor: 0, currency: 'PLN' }] }];
    expect(check({ plans }, { action: reminder })).toEqual({ verdict: 'send', invoiceIds: ['i1'] });
    expect(check({ plans, openInvoices: [i2] }, { action: reminder })).toEqual({ verdict: 'cancel', reason: 'settled' });
  });
});

describe('checkBeforeSending: when it may go', () => {
  it.each<[string, string, string]>([
    ['before the window opens: at its start', '2026-03-19T06:30:00Z', '2026-03-19T08:00:00.000Z'],
    ['after it closed: at the next working day’s start', '2026-03-19T16:30:00Z', '2026-03-20T08:00:00.000Z'],
    ['on Friday evening: on Monday morning', '2026-03-20T17:00:00Z', '2026-03-23T08:00:00.000Z'],
  ])('waits %s', (_, now, until) => {
    const day = now.slice(0, 10);
    const verdict = check({}, { now: new Date(now), today: day });
    expect(verdict).toMatchObject({ verdict: 'wait', reason: 'outsideSendWindow', until: new Date(until) });
  });

  it('waits over a Saturday and a public holiday (Easter Monday 2026) in the customer’s country', () => {
    expect(check({}, { now: new Date('2026-03-21T10:00:00Z'), today: '2026-03-21' })).toMatchObject({
      verdict: 'wait',
      reason: 'notBusinessDay',
      until: new Date('2026-03-23T08:00:00.000Z'),
    });
    expect(check({}, { now: new Date('2026-04-06T10:00:00Z'), today: '2026-04-06' })).toMatchObject({
      verdict: 'wait',
      reason: 'notBusinessDay',
      until: new Date('2026-04-07T07:00:00.000Z'),
    });
  });

  it('waits for the rhythm when someone already wrote to the customer today, and for the minimum gap', () => {
    const sentToday = [examplePastContact('2026-03-19', 'email', 'manual', [])];
    expect(check({}, { sentContacts: sentToday })).toMatchObject({ verdict: 'wait', reason: 'tooSoonAfterLastContact', until: new Date('2026-03-23T08:00:00.000Z') });
    const twoThisWeek = [examplePastContact('2026-03-13', 'email', 'standard', []), examplePastContact('2026-03-16', 'sms', 'standard', [])];
    expect(check({}, { sentContacts: twoThisWeek })).toMatchObject({ verdict: 'wait', reason: 'weeklyContactCap' });
  });

  it('holds reminders about overdue invoices while the newest bank statement is older than allowed, but not a courtesy note before due', () => {
    const stale = { newestOn: '2026-03-16', maxAgeBusinessDays: 2 };
    expect(check({}, { statements: stale })).toEqual({ verdict: 'wait', reason: 'statementsStale', until: new Date('2026-03-19T10:00:00Z') });
    expect(check({}, { statements: { newestOn: '2026-03-17', maxAgeBusinessDays: 2 } })).toMatchObject({ verdict: 'send' });
    const notDueYet = [exampleInvoice('i1', '2026-03-22'), exampleInvoice('i2', '2026-03-24')];
    expect(check({ openInvoices: notDueYet }, { statements: stale })).toMatchObject({ verdict: 'send' });
  });
});

describe('nextAttemptAt', () => {
  it('waits longer after each failure and gives up after the last', async () => {
    const { nextAttemptAt, maxSendAttempts } = await import('./retry');
    const now = new Date('2026-03-19T09:00:00Z');
    const waits = Array.from({ length: maxSendAttempts - 1 }, (_, i) => (nextAttemptAt(i + 1, now)!.getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 15, 60, 180, 480]);
    expect(nextAttemptAt(maxSendAttempts, now)).toBeNull();
  });
});
