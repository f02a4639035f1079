// Table-driven tests of the contact rules of decide: one conversation per customer,
// the addressee, the rhythm, channel rotation, the calendar and send window, effects
// and idempotency keys.
import { describe, expect, it } from 'vitest';
import type { ContactAction, Decision } from './actions';
import { decide } from './decide';
import { defaultProcedure } from './default-procedures';
import { exampleContact, exampleInvoice, examplePastContact, exampleSnapshot, type SnapshotOverrides } from './example-snapshots';
import type { Channel, ProcedureVersion } from './procedure';
import type { PastContact } from './snapshot';

const standard = defaultProcedure('standard');
// March 2026: i1 is due Tuesday 10; +3 Fri 13, +10 Fri 20, +17 Fri 27, +24 Fri 3 April, +31 Fri 10, +45 Fri 24.
const i1 = exampleInvoice('i1', '2026-03-10');

function contactOf(decision: Decision): ContactAction | undefined {
  return decision.actions.find((a): a is ContactAction => a.kind === 'sendMessage' || a.kind === 'createCallTask');
}

/** i1's history: the standard steps carried out so far, on their usual days. */
function i1Done(...stepKeys: string[]): PastContact[] {
  const days: Record<string, [string, Channel]> = {
    'first-reminder': ['2026-03-13', 'email'],
    'second-reminder': ['2026-03-20', 'sms'],
    'payables-call': ['2026-03-27', 'call'],
    'firm-request': ['2026-04-03', 'email'],
    'payment-demand': ['2026-04-10', 'letter'],
  };
  return stepKeys.map((key) => examplePastContact(days[key]![0], days[key]![1], 'standard', [{ invoiceId: 'i1', stepKey: key }]));
}

const other = (date: string, channel: Channel = 'email', answered = false) =>
  examplePastContact(date, channel, 'standard', [{ invoiceId: 'old', stepKey: 'first-reminder' }], answered);

function run(overrides: SnapshotOverrides, today: string, procedure: ProcedureVersion = standard): Decision {
  return decide(exampleSnapshot(overrides), procedure, today);
}

describe('rule: one conversation per customer a day', () => {
  it('merges the steps of several invoices into one contact, led by the larger day offset on equal tone', () => {
    const contact = contactOf(run({ openInvoices: [i1, exampleInvoice('i2', '2026-03-17')], history: i1Done('first-reminder') }, '2026-03-20'));
    expect(contact).toMatchObject({ channel: 'sms', templateKey: 'standard.second-reminder', tone: 'reminder' });
    expect(contact?.steps).toEqual([
      { invoiceId: 'i1', stepKey: 'second-reminder' },
      { invoiceId: 'i2', stepKey: 'first-reminder' },
    ]);
  });
  it('is led by the firmest step: its channel, template, tone, addressee and approval', () => {
    const decision = run({ openInvoices: [i1, exampleInvoice('i2', '2026-03-24')], history: i1Done('first-reminder', 'second-reminder', 'payables-call', 'firm-request') }, '2026-04-10');
    expect(decision.actions.filter((a) => a.kind === 'sendMessage' || a.kind === 'createCallTask')).toHaveLength(1);
    expect(contactOf(decision)).toMatchObject({
      channel: 'letter',
      templateKey: 'standard.payment-demand',
      tone: 'formal',
      approval: 'collector',
      addresseeRole: 'finance_decision_maker',
      steps: [
        { invoiceId: 'i1', stepKey: 'payment-demand' },
        { invoiceId: 'i2', stepKey: 'first-reminder' },
      ],
    });
  });
  it('keeps internal-task steps out of the contact, one task per step key', () => {
    const procedure: ProcedureVersion = {
      ...standard,
      steps: [{ ...standard.steps[1]!, key: 'check-account', channel: 'internalTask', addressees: ['account_owner'], templateKey: 'standard.check-account' }],
    };
    const decision = run({ openInvoices: [i1, exampleInvoice('i2', '2026-03-09')] }, '2026-03-13', procedure);
    expect(decision.actions).toEqual([
      {
        kind: 'createInternalTask',
        key: 'c1|standard@1|createInternalTask|i1:check-account,i2:check-account|2026-03-13',
        customerId: 'c1',
        procedureKey: 'standard',
        procedureVersion: 1,
        plannedFor: '2026-03-13',
        reason: 'stepTask',
        templateKey: 'standard.check-account',
        steps: [
          { invoiceId: 'i1', stepKey: 'check-account' },
          { invoiceId: 'i2', stepKey: 'check-account' },
        ],
      },
    ]);
  });
  it('holds everything when the customer was already contacted today', () => {
    const decision = run({ openInvoices: [i1], history: [other('2026-03-13')] }, '2026-03-13');
    expect(contactOf(decision)).toBeUndefined();
    expect(decision.held).toEqual([
      { customerId: 'c1', channel: 'email', steps: [{ invoiceId: 'i1', stepKey: 'first-reminder' }], reason: 'tooSoonAfterLastContact', nextAllowedOn: '2026-03-16' },
    ]);
  });
});

describe('rule: the addressee follows the role chain, never the operational buyer by default', () => {
  const chief = exampleContact('chief', ['chief_accountant']);
  const decider = exampleContact('decider', ['finance_decision_maker']);
  const buyer = exampleContact('buyer', ['operational_buyer']);
  const payables = exampleContact('payables', ['payables']);
  it.each<[string, SnapshotOverrides, string, string | null]>([
    ['monitoring: the payables contact', { contacts: [buyer, decider, payables] }, '2026-03-13', 'payables/payables'],
    ['payables unreachable by e-mail: the next role', { contacts: [{ ...payables, hasEmail: false }, chief, buyer] }, '2026-03-13', 'chief/chief_accountant'],
    ['no payables contact: the chief accountant', { contacts: [buyer, chief] }, '2026-03-13', 'chief/chief_accountant'],
    ['opted out of e-mail: the next role', { contacts: [{ ...payables, optedOutChannels: ['email'] }, decider] }, '2026-03-13', 'decider/finance_decision_maker'],
    ['only the operational buyer: nobody', { contacts: [buyer] }, '2026-03-13', null],
    ['someone who pays and buys is a payables contact, after a pure payables one', { contacts: [exampleContact('both', ['operational_buyer', 'payables']), payables] }, '2026-03-13', 'payables/payables'],
    ['… and is addressed when alone', { contacts: [exampleContact('both', ['operational_buyer', 'payables'])] }, '2026-03-13', 'both/payables'],
  ])('%s', (_, overrides, today, expected) => {
    const contact = contactOf(run({ openInvoices: [i1], ...overrides }, today));
    expect(contact ? `${contact.contactId}/${contact.addresseeRole}` : null).toBe(expected);
  });
  it('collection: the finance decision-maker', () => {
    const contact = contactOf(run({ openInvoices: [i1], contacts: [payables, decider, buyer], history: i1Done('first-reminder', 'second-reminder', 'payables-call') }, '2026-04-03'));
    expect([contact?.contactId, contact?.addresseeRole, contact?.tone]).toEqual(['decider', 'finance_decision_maker', 'firm']);
  });
  it('a letter needs a postal address: the next role that has one', () => {
    const ceo = exampleContact('ceo', ['ceo']);
    const history = i1Done('first-reminder', 'second-reminder', 'payables-call', 'firm-request');
    const contact = contactOf(run({ openInvoices: [i1], contacts: [{ ...decider, hasPostalAddress: false }, ceo], history }, '2026-04-10'));
    expect([contact?.channel, contact?.contactId]).toEqual(['letter', 'ceo']);
  });
  it('addresses the operational buyer when a step names that role alone', () => {
    const procedure: ProcedureVersion = { ...standard, steps: [{ ...standard.steps[1]!, addressees: ['operational_buyer'] }] };
    expect(contactOf(run({ openInvoices: [i1], contacts: [payables, buyer] }, '2026-03-13', procedure))?.contactId).toBe('buyer');
  });
  it('monitoring with nobody reachable and no payables contact: a task to find one, and no contact', () => {
    const decision = run({ openInvoices: [i1], contacts: [buyer] }, '2026-03-13');
    expect(contactOf(decision)).toBeUndefined();
    expect(decision.actions.map((a) => [a.kind, 'reason' in a ? a.reason : null, a.key])).toEqual([
      ['createInternalTask', 'missingPayablesContact', 'c1|standard|missingPayablesContact'],
      ['createInternalTask', 'noReachableContact', 'c1|standard|noReachableContact|email|payables+chief_accountant+finance_decision_maker|i1:first-reminder'],
    ]);
    expect(decision.held.map((h) => [h.reason, h.nextAllowedOn])).toEqual([['noReachableContact', '2026-03-16']]);
  });
  it('collection with nobody reachable: only the no-reachable-contact task', () => {
    const decision = run({ openInvoices: [i1], contacts: [buyer], history: i1Done('first-reminder', 'second-reminder', 'payables-call') }, '2026-04-03');
    expect(decision.actions.map((a) => ('reason' in a ? a.reason : a.kind))).toEqual(['noReachableContact']);
  });
  it('everybody opted out of the channel: held as opted out', () => {
    const decision = run({ openInvoices: [i1], contacts: [{ ...payables, optedOutChannels: ['email'] }, buyer] }, '2026-03-13');
    expect(decision.held.map((h) => h.reason)).toEqual(['optedOut']);
  });
});

describe('rule: rhythm — contacts per week, days between, calls per day', () => {
  // i3 is due Monday 16 March: its first reminder falls on Thursday 19.
  const i3 = exampleInvoice('i3', '2026-03-16');
  it.each<[string, PastContact[], string | null, string | null]>([
    ['no history: it goes', [], null, null],
    ['two contacts in the 7 days ending today: weekly cap until one drops out', [other('2026-03-13'), other('2026-03-16')], 'weeklyContactCap', '2026-03-20'],
    ['two days after the last contact: too soon until the third day', [other('2026-03-17')], 'tooSoonAfterLastContact', '2026-03-20'],
    ['the third day falls on Saturday: next allowed Monday', [other('2026-03-18')], 'tooSoonAfterLastContact', '2026-03-23'],
    ['three days after the last contact: it goes', [other('2026-03-16')], null, null],
    ['internal tasks are not contacts', [other('2026-03-19', 'internalTask'), other('2026-03-18', 'internalTask')], null, null],
    ['contacts after today (a back-test) are ignored', [other('2026-03-20')], null, null],
  ])('%s', (_, history, reason, nextAllowedOn) => {
    const decision = run({ openInvoices: [i3], history }, '2026-03-19');
    expect(decision.held.map((h) => h.reason)[0] ?? null).toBe(reason);
    expect(decision.held.map((h) => h.nextAllowedOn)[0] ?? null).toBe(nextAllowedOn);
    expect(contactOf(decision) !== undefined).toBe(reason === null);
  });
  it('at most one call attempt a day', () => {
    const history = [...i1Done('first-reminder', 'second-reminder'), other('2026-03-27', 'call')];
    expect(run({ openInvoices: [i1], history }, '2026-03-27').held.map((h) => [h.reason, h.channel, h.nextAllowedOn])).toEqual([['callAttemptToday', 'call', '2026-03-30']]);
  });
});

describe('rule: channel rotation after unanswered e-mails', () => {
  const i3 = exampleInvoice('i3', '2026-03-16');
  const twoUnanswered = [other('2026-03-10'), other('2026-03-13')];
  const payables = exampleContact('payables', ['payables']);
  it.each<[string, PastContact[], SnapshotOverrides['contacts'], string]>([
    ['two unanswered e-mails: SMS', twoUnanswered, [payables], 'sms'],
    ['no mobile: a call task', twoUnanswered, [{ ...payables, hasMobile: false }], 'call'],
    ['opted out of SMS: a call task', twoUnanswered, [{ ...payables, optedOutChannels: ['sms'] }], 'call'],
    ['no mobile, no phone: e-mail after all', twoUnanswered, [{ ...payables, hasMobile: false, hasPhone: false }], 'email'],
    ['one was answered: e-mail', [other('2026-03-10'), other('2026-03-13', 'email', true)], [payables], 'email'],
    ['the last one was an SMS: e-mail', [other('2026-03-10'), other('2026-03-13', 'sms')], [payables], 'email'],
    ['only one e-mail so far: e-mail', [other('2026-03-13')], [payables], 'email'],
  ])('%s', (_, history, contacts, channel) => {
    const contact = contactOf(run({ openInvoices: [i3], history, contacts }, '2026-03-19'));
    expect(contact?.channel).toBe(channel);
    expect(contact?.kind).toBe(channel === 'call' ? 'createCallTask' : 'sendMessage');
    expect(contact?.templateKey).toBe('standard.first-reminder');
  });

  it.each<[string, SnapshotOverrides['contacts'], string]>([
    ['SMS when the addressee has a mobile', [payables], 'sms'],
    ['no mobile: e-mail again, never a call the procedure does not make', [{ ...payables, hasMobile: false }], 'email'],
  ])('small amounts (e-mail and SMS only): %s', (_, contacts, channel) => {
    const smallAmounts = defaultProcedure('small-amounts');
    const contact = contactOf(decide(exampleSnapshot({ openInvoices: [i3], history: twoUnanswered, contacts }), smallAmounts, '2026-03-19'));
    expect(contact?.channel).toBe(channel);
    expect(contact?.kind).toBe('sendMessage');
  });
});

describe('rule: the calendar and send window of the customer', () => {
  it.each<[string, SnapshotOverrides, string, string | null, string | null]>([
    ['a Saturday: held until Monday', { openInvoices: [exampleInvoice('i1', '2026-03-11')] }, '2026-03-14', 'notBusinessDay', '2026-03-16'],
    ['Easter Monday in Poland: held until Tuesday', { openInvoices: [exampleInvoice('i1', '2026-04-03')] }, '2026-04-06', 'notBusinessDay', '2026-04-07'],
    ['Christmas Eve 2026 in Poland: held past Christmas and the weekend', { openInvoices: [exampleInvoice('i1', '2026-12-21')] }, '2026-12-24', 'notBusinessDay', '2026-12-28'],
    [
      'the early May bank holiday in the UK',
      { openInvoices: [exampleInvoice('i1', '2026-05-01')], customer: { country: 'GB', timeZone: 'Europe/London' } },
      '2026-05-04',
      'notBusinessDay',
      '2026-05-05',
    ],
    ['the same due date in Poland rolls past 1 and 3 May, so nothing is due yet', { openInvoices: [exampleInvoice('i1', '2026-05-01')] }, '2026-05-04', null, null],
  ])('%s', (_, overrides, today, reason, nextAllowedOn) => {
    const decision = run(overrides, today);
    expect(decision.held.map((h) => h.reason)[0] ?? null).toBe(reason);
    expect(decision.held.map((h) => h.nextAllowedOn)[0] ?? null).toBe(nextAllowedOn);
    expect(contactOf(decision)).toBeUndefined();
  });
  it('a weekday outside the procedure window: held until the window opens', () => {
    const procedure = { ...standard, sendWindow: { weekdays: [1, 2, 3], from: '09:00', to: '17:00' } };
    expect(run({ openInvoices: [i1] }, '2026-03-13', procedure).held.map((h) => [h.reason, h.nextAllowedOn])).toEqual([['outsideSendWindow', '2026-03-16']]);
  });
  it.each([
    ['Warsaw before DST', {}, '2026-03-13', '2026-03-13T08:00:00.000Z', '2026-03-13T16:00:00.000Z'],
    ['New York after its DST switch', { country: 'US', timeZone: 'America/New_York' }, '2026-03-13', '2026-03-13T13:00:00.000Z', '2026-03-13T21:00:00.000Z'],
  ])('carries the send window of the day in the customer zone: %s', (_, customer, today, sendFrom, sendUntil) => {
    expect(contactOf(run({ openInvoices: [i1], customer }, today))).toMatchObject({ plannedFor: today, sendFrom, sendUntil });
  });
  it('after the DST switch in Warsaw the window moves an hour earlier in UTC', () => {
    const contact = contactOf(run({ openInvoices: [exampleInvoice('i1', '2026-03-27')] }, '2026-03-30'));
    expect([contact?.sendFrom, contact?.sendUntil]).toEqual(['2026-03-30T07:00:00.000Z', '2026-03-30T15:00:00.000Z']);
  });
});

describe('rule: effects run the day their step runs', () => {
  const kinds = (d: Decision) => d.actions.filter((a) => a.kind !== 'sendMessage' && a.kind !== 'createCallTask').map((a) => a.kind);
  it.each<[string, SnapshotOverrides, string, string[]]>([
    ['firm request tells the account owner', { openInvoices: [i1], history: i1Done('first-reminder', 'second-reminder', 'payables-call') }, '2026-04-03', ['notifyAccountOwner']],
    ['payment demand puts the customer on credit hold', { openInvoices: [i1], history: i1Done('first-reminder', 'second-reminder', 'payables-call', 'firm-request') }, '2026-04-10', ['holdCredit']],
    [
      'no second credit hold',
      { openInvoices: [i1], history: i1Done('first-reminder', 'second-reminder', 'payables-call', 'firm-request'), customer: { creditHold: true } },
      '2026-04-10',
      [],
    ],
    ['final notice opens a hand-over', { openInvoices: [i1], history: i1Done('first-reminder', 'second-reminder', 'payables-call', 'firm-request', 'payment-demand') }, '2026-04-24', ['openHandover']],
    [
      'a held step has no effects yet',
      { openInvoices: [i1], history: [...i1Done('first-reminder', 'second-reminder', 'payables-call'), other('2026-04-02')] },
      '2026-04-03',
      [],
    ],
  ])('%s', (_, overrides, today, expected) => {
    expect(kinds(run(overrides, today))).toEqual(expected);
  });
  it('an effect action lists the steps that caused it', () => {
    const decision = run({ openInvoices: [i1], history: i1Done('first-reminder', 'second-reminder', 'payables-call', 'firm-request') }, '2026-04-10');
    expect(decision.actions.find((a) => a.kind === 'holdCredit')).toEqual({
      kind: 'holdCredit',
      key: 'c1|standard@1|holdCredit|i1:payment-demand|2026-04-10',
      customerId: 'c1',
      procedureKey: 'standard',
      procedureVersion: 1,
      plannedFor: '2026-04-10',
      steps: [{ invoiceId: 'i1', stepKey: 'payment-demand' }],
    });
  });
});

describe('rule: deterministic keys, no duplicates on rerun', () => {
  const i2 = exampleInvoice('i2', '2026-03-17');
  const overrides = { openInvoices: [i1, i2], history: i1Done('first-reminder') };
  it('keys a contact by customer, procedure version, steps and day', () => {
    expect(contactOf(run(overrides, '2026-03-20'))?.key).toBe('c1|standard@1|sendMessage|i1:second-reminder,i2:first-reminder|2026-03-20');
  });
  it('gives the same decision whatever the order of invoices and contacts', () => {
    const reversed = { ...overrides, openInvoices: [i2, i1], contacts: [...exampleSnapshot().contacts].reverse() };
    expect(run(reversed, '2026-03-20')).toEqual(run(overrides, '2026-03-20'));
  });
  it('rerunning the day after its contact was recorded creates nothing more', () => {
    const first = contactOf(run(overrides, '2026-03-20'))!;
    const recorded = examplePastContact('2026-03-20', first.channel, 'standard', first.steps);
    const rerun = run({ ...overrides, history: [...overrides.history, recorded] }, '2026-03-20');
    expect(rerun).toEqual({ actions: [], held: [], skipped: [] });
  });
  it('raises the missing-payables task with the same key every day', () => {
    const noPayables = { openInvoices: [i1], contacts: [exampleContact('buyer', ['operational_buyer'])] };
    const key = (today: string) => run(noPayables, today).actions.find((a) => 'reason' in a && a.reason === 'missingPayablesContact')?.key;
    expect(key('2026-03-13')).toBe(key('2026-03-16'));
  });
});
