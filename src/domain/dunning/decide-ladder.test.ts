// Table-driven tests of the ladder rules of decide: which invoices climb, from which
// day, one step a day, which steps are passed over, and the firm stage.
import { describe, expect, it } from 'vitest';
import type { ContactAction, Decision } from './actions';
import { decide } from './decide';
import { defaultProcedure } from './default-procedures';
import { exampleInvoice, examplePastContact, exampleSnapshot, type SnapshotOverrides } from './example-snapshots';
import type { ProcedureVersion } from './procedure';
import type { SnapshotPromise } from './snapshot';

const standard = defaultProcedure('standard');
// March 2026: Tue 10 is the due date; +3 is Fri 13, +10 Fri 20, +17 Fri 27.
const i1 = exampleInvoice('i1', '2026-03-10');

function contactOf(decision: Decision): ContactAction | undefined {
  return decision.actions.find((a): a is ContactAction => a.kind === 'sendMessage' || a.kind === 'createCallTask');
}

function stepsContacted(overrides: SnapshotOverrides, today: string, procedure: ProcedureVersion = standard): string[] {
  return contactOf(decide(exampleSnapshot(overrides), procedure, today))?.steps.map((s) => `${s.invoiceId}:${s.stepKey}`) ?? [];
}

const promise = (overrides: Partial<SnapshotPromise>): SnapshotPromise => ({
  id: 'p1',
  invoiceIds: ['i1'],
  promisedDate: '2026-03-12',
  amountMinor: 123_000,
  currency: 'PLN',
  status: 'open',
  brokenOn: null,
  ...overrides,
});

const firstReminderDone = [examplePastContact('2026-03-13', 'email', 'standard', [{ invoiceId: 'i1', stepKey: 'first-reminder' }])];

describe('rule: an invoice is on the ladder only when nothing else speaks for it', () => {
  it.each<[string, SnapshotOverrides, string[]]>([
    ['open, undisputed invoice', { openInvoices: [i1] }, ['i1:first-reminder']],
    ['disputed invoice is excluded', { openInvoices: [{ ...i1, disputed: true }] }, []],
    ['nothing open any more', { openInvoices: [{ ...i1, openAmountMinor: 0 }] }, []],
    ['invoice snoozed through today', { openInvoices: [{ ...i1, snoozedUntil: '2026-03-13' }] }, []],
    ['invoice snooze ended yesterday', { openInvoices: [{ ...i1, snoozedUntil: '2026-03-12' }] }, ['i1:first-reminder']],
    ['customer snoozed', { openInvoices: [i1], customer: { snoozedUntil: '2026-03-20' } }, []],
    ['open promise within its grace (12th + 3 days)', { openInvoices: [i1], promises: [promise({})] }, []],
    ['open promise past its grace', { openInvoices: [i1], promises: [promise({ promisedDate: '2026-03-09' })] }, ['i1:first-reminder']],
    ['a promise without invoices covers them all', { openInvoices: [i1], promises: [promise({ invoiceIds: [] })] }, []],
    ['a promise for another invoice', { openInvoices: [i1], promises: [promise({ invoiceIds: ['i9'] })] }, ['i1:first-reminder']],
    ['a kept promise no longer pauses', { openInvoices: [i1], promises: [promise({ status: 'kept' })] }, ['i1:first-reminder']],
    [
      'an active payment plan replaces the ladder',
      {
        openInvoices: [i1],
        plans: [{ id: 'pl', invoiceIds: ['i1'], status: 'active', instalments: [{ dueDate: '2026-04-30', amountMinor: 123_000, paidMinor: 0, currency: 'PLN' }] }],
      },
      [],
    ],
    [
      'a cancelled plan does not',
      {
        openInvoices: [i1],
        plans: [{ id: 'pl', invoiceIds: ['i1'], status: 'cancelled', instalments: [{ dueDate: '2026-04-30', amountMinor: 123_000, paidMinor: 0, currency: 'PLN' }] }],
      },
      ['i1:first-reminder'],
    ],
  ])('%s', (_, overrides, expected) => {
    expect(stepsContacted(overrides, '2026-03-13')).toEqual(expected);
  });

  it('holds contact steps of a do-not-contact customer but still creates internal tasks', () => {
    const withTask: ProcedureVersion = {
      ...standard,
      steps: [
        { ...standard.steps[1]!, key: 'check-account', channel: 'internalTask', addressees: ['account_owner'], dayOffset: 2 },
        { ...standard.steps[1]! },
      ],
    };
    const snapshot = exampleSnapshot({
      openInvoices: [i1, exampleInvoice('i2', '2026-03-11')],
      customer: { doNotContact: true },
      history: [examplePastContact('2026-03-12', 'internalTask', 'standard', [{ invoiceId: 'i1', stepKey: 'check-account' }])],
    });
    const decision = decide(snapshot, withTask, '2026-03-13');
    expect(contactOf(decision)).toBeUndefined();
    expect(decision.held).toEqual([
      { customerId: 'c1', channel: 'email', steps: [{ invoiceId: 'i1', stepKey: 'first-reminder' }], reason: 'doNotContact', nextAllowedOn: '2026-03-16' },
    ]);
    expect(decision.actions.map((a) => [a.kind, a.steps.map((s) => s.invoiceId)])).toEqual([['createInternalTask', ['i2']]]);
  });
});

describe('rule: the due date rolls to the next business day before offsets count', () => {
  it.each([
    ['due Saturday 7 March rolls to Monday 9: +3 is Thursday 12, not Tuesday 10', '2026-03-07', '2026-03-10', []],
    ['… and the first reminder goes on Thursday 12', '2026-03-07', '2026-03-12', ['i1:first-reminder']],
    ['due Easter Sunday rolls past Easter Monday to Tuesday 7 April: +3 is Friday 10', '2026-04-05', '2026-04-09', []],
    ['… and the reminder goes on Friday 10 April', '2026-04-05', '2026-04-10', ['i1:first-reminder']],
    ['the courtesy check counts back from the rolled date: −5 from Monday 9 is Wednesday 4', '2026-03-07', '2026-03-04', ['i1:courtesy-before-due']],
    ['due on a business day does not move: −5 from Tuesday 10 is Thursday 5', '2026-03-10', '2026-03-05', ['i1:courtesy-before-due']],
  ])('%s', (_, dueDate, today, expected) => {
    expect(stepsContacted({ openInvoices: [exampleInvoice('i1', dueDate)] }, today)).toEqual(expected);
  });
});

describe('rule: each invoice climbs its own ladder, one step a day at most', () => {
  it.each<[string, SnapshotOverrides, string, string[]]>([
    ['before the first step is due nothing happens', { openInvoices: [i1] }, '2026-03-04', []],
    ['the next step after the position', { openInvoices: [i1], history: firstReminderDone }, '2026-03-20', ['i1:second-reminder']],
    ['a step not yet due waits', { openInvoices: [i1], history: firstReminderDone }, '2026-03-19', []],
    [
      'a step key carried out under an older version counts by key',
      { openInvoices: [i1], history: [examplePastContact('2026-03-13', 'email', 'standard', [{ invoiceId: 'i1', stepKey: 'first-reminder' }])] },
      '2026-03-20',
      ['i1:second-reminder'],
    ],
    [
      'steps of another procedure do not count',
      { openInvoices: [i1], history: [examplePastContact('2026-03-13', 'email', 'key-account', [{ invoiceId: 'i1', stepKey: 'first-reminder' }])] },
      '2026-03-20',
      ['i1:first-reminder'],
    ],
    ['after an outage of six weeks only the next step runs, not the final notice', { openInvoices: [i1] }, '2026-04-27', ['i1:first-reminder']],
    [
      'an invoice that moved today (an internal task recorded) does not move again on a rerun',
      { openInvoices: [i1], history: [examplePastContact('2026-04-27', 'internalTask', 'standard', [{ invoiceId: 'i1', stepKey: 'first-reminder' }])] },
      '2026-04-27',
      [],
    ],
    [
      'steps passed over earlier count for the position',
      { openInvoices: [i1], history: firstReminderDone, skippedSteps: [{ date: '2026-03-20', invoiceId: 'i1', procedureKey: 'standard', stepKey: 'second-reminder' }] },
      '2026-03-27',
      ['i1:payables-call'],
    ],
  ])('%s', (_, overrides, today, expected) => {
    expect(stepsContacted(overrides, today)).toEqual(expected);
  });
});

describe('rule: steps are passed over when they no longer make sense or their condition fails', () => {
  const skippedOf = (overrides: SnapshotOverrides, today: string, procedure: ProcedureVersion = standard) =>
    decide(exampleSnapshot(overrides), procedure, today).skipped.map((s) => `${s.invoiceId}:${s.stepKey}:${s.reason}`);

  it('passes over a pre-due courtesy check once the due date has come', () => {
    expect(skippedOf({ openInvoices: [i1] }, '2026-03-10')).toEqual(['i1:courtesy-before-due:pastDueDate']);
    expect(stepsContacted({ openInvoices: [i1] }, '2026-03-10')).toEqual([]);
  });
  it('passes over "only if no reply" when the customer wrote after the last step', () => {
    const overrides = { openInvoices: [i1], history: firstReminderDone, lastInboundOn: '2026-03-14' };
    expect(skippedOf(overrides, '2026-03-20')).toEqual(['i1:second-reminder:customerReplied']);
    expect(stepsContacted(overrides, '2026-03-20')).toEqual([]);
  });
  it('keeps "only if no reply" when the last word was ours', () => {
    expect(stepsContacted({ openInvoices: [i1], history: firstReminderDone, lastInboundOn: '2026-03-12' }, '2026-03-20')).toEqual(['i1:second-reminder']);
  });
  it.each([
    ['passed over without a broken promise', [], ['i1:reminder'], ['i1:after-broken-promise:noBrokenPromise']],
    ['runs once a promise was broken', [promise({ invoiceIds: ['i9'], status: 'broken', brokenOn: '2026-03-02' })], ['i1:after-broken-promise'], []],
  ])('only after a broken promise: %s', (_, promises, contacted, skipped) => {
    const procedure: ProcedureVersion = {
      ...standard,
      steps: [
        { ...standard.steps[4]!, key: 'after-broken-promise', dayOffset: 1, conditions: { onlyAfterBrokenPromise: true } },
        { ...standard.steps[4]!, key: 'reminder', dayOffset: 2 },
      ],
    };
    expect(stepsContacted({ openInvoices: [i1], promises }, '2026-03-13', procedure)).toEqual(contacted);
    expect(skippedOf({ openInvoices: [i1], promises }, '2026-03-13', procedure)).toEqual(skipped);
  });
  describe('minimum overdue amount, in the invoice currency', () => {
    const small = defaultProcedure('small-amounts');
    // firm-request (+20, from 10 000 minor units) after first (+3) and SMS (+10) reminders.
    const history = [examplePastContact('2026-03-20', 'sms', 'small-amounts', [{ invoiceId: 'i1', stepKey: 'sms-reminder' }])];
    it.each<[string, SnapshotOverrides['openInvoices'], string[]]>([
      ['below the minimum: passed over', [{ ...i1, openAmountMinor: 5_000 }], []],
      ['two overdue invoices together reach it', [{ ...i1, openAmountMinor: 5_000 }, exampleInvoice('i2', '2026-03-20', { openAmountMinor: 5_000 })], ['i1:firm-request']],
      ['an overdue invoice in EUR does not count', [{ ...i1, openAmountMinor: 5_000 }, exampleInvoice('i2', '2026-03-20', { openAmountMinor: 5_000, currency: 'EUR' })], []],
      ['a not yet due invoice does not count', [{ ...i1, openAmountMinor: 5_000 }, exampleInvoice('i2', '2026-04-20', { openAmountMinor: 5_000 })], []],
    ])('%s', (_, openInvoices, expected) => {
      const steps = stepsContacted({ openInvoices, history }, '2026-03-30', small).filter((s) => s.startsWith('i1'));
      expect(steps).toEqual(expected);
    });
  });
});

describe('rule: after a broken promise the customer is at the firm stage', () => {
  const broken = promise({ status: 'broken', brokenOn: '2026-03-16' });
  it('passes over softer steps and brings the first firm step forward to the day the promise broke', () => {
    const decision = decide(exampleSnapshot({ openInvoices: [i1], history: firstReminderDone, promises: [broken] }), standard, '2026-03-17');
    expect(decision.skipped.map((s) => `${s.stepKey}:${s.reason}`)).toEqual(['second-reminder:firmStage']);
    expect(contactOf(decision)).toMatchObject({ kind: 'createCallTask', tone: 'firm', steps: [{ invoiceId: 'i1', stepKey: 'payables-call' }] });
  });
  it('then follows the ladder at its own days', () => {
    const history = [...firstReminderDone, examplePastContact('2026-03-17', 'call', 'standard', [{ invoiceId: 'i1', stepKey: 'payables-call' }])];
    expect(stepsContacted({ openInvoices: [i1], history, promises: [broken] }, '2026-03-27')).toEqual([]);
    expect(stepsContacted({ openInvoices: [i1], history, promises: [broken] }, '2026-04-03')).toEqual(['i1:firm-request']);
  });
  it('uses the day after the grace when the day it broke was not recorded', () => {
    const unrecorded = promise({ status: 'broken', brokenOn: null, promisedDate: '2026-03-12' });
    expect(stepsContacted({ openInvoices: [i1], history: firstReminderDone, promises: [unrecorded] }, '2026-03-16')).toEqual(['i1:payables-call']);
  });
  it('does not bring firm steps forward for invoices that fell due after the promise broke', () => {
    const later = exampleInvoice('i2', '2026-03-24');
    const decision = decide(exampleSnapshot({ openInvoices: [later], promises: [broken] }), standard, '2026-03-27');
    expect(contactOf(decision)).toBeUndefined();
    expect(decision.skipped.map((s) => s.stepKey)).toEqual(['courtesy-before-due', 'first-reminder', 'second-reminder']);
    expect(stepsContacted({ openInvoices: [later], promises: [broken] }, '2026-04-10')).toEqual(['i2:payables-call']);
  });
});
