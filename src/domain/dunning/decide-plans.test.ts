// Table-driven tests of payment plans in decide: reminders before each instalment, a
// firm message after a missed one, and the ladder's return when the plan defaults.
import { describe, expect, it } from 'vitest';
import type { ContactAction, Decision } from './actions';
import { decide } from './decide';
import { defaultProcedure } from './default-procedures';
import { exampleInvoice, examplePastContact, exampleSnapshot, type SnapshotOverrides } from './example-snapshots';
import type { SnapshotPlan } from './snapshot';

const standard = defaultProcedure('standard');
const i1 = exampleInvoice('i1', '2026-02-10');
// Instalments on Wednesday 15 April and Friday 15 May; 7 days allowed after a miss.
const plan: SnapshotPlan = {
  id: 'pl',
  invoiceIds: ['i1'],
  status: 'active',
  instalments: [
    { dueDate: '2026-04-15', amountMinor: 60_000, paidMinor: 0, currency: 'PLN' },
    { dueDate: '2026-05-15', amountMinor: 63_000, paidMinor: 0, currency: 'PLN' },
  ],
};
const firstPaid: SnapshotPlan = { ...plan, instalments: [{ ...plan.instalments[0]!, paidMinor: 60_000 }, plan.instalments[1]!] };
const sent = (date: string, kind: 'reminder' | 'missed') =>
  examplePastContact(date, 'email', 'standard', [{ invoiceId: 'i1', stepKey: `plan:pl:2026-04-15:${kind}` }]);

function contactOf(decision: Decision): ContactAction | undefined {
  return decision.actions.find((a): a is ContactAction => a.kind === 'sendMessage' || a.kind === 'createCallTask');
}

function summary(overrides: SnapshotOverrides, today: string): string | null {
  const decision = decide(exampleSnapshot({ openInvoices: [i1], plans: [plan], ...overrides }), standard, today);
  const contact = contactOf(decision);
  if (contact) return `${contact.templateKey}/${contact.tone}/${contact.contactId}/${contact.steps.map((s) => s.stepKey).join(',')}`;
  return decision.held[0] ? `held:${decision.held[0].reason}:${decision.held[0].nextAllowedOn}` : null;
}

describe('rule: a running plan replaces the ladder with instalment reminders', () => {
  it.each<[string, SnapshotOverrides, string, string | null]>([
    ['before the reminder days nothing happens (the overdue invoice is off the ladder)', {}, '2026-04-11', null],
    ['three days before falls on a Sunday: held until Monday', {}, '2026-04-12', 'held:notBusinessDay:2026-04-13'],
    ['on Monday the reminder goes', {}, '2026-04-13', 'plan.instalment-reminder/reminder/payables/plan:pl:2026-04-15:reminder'],
    ['once sent, not again', { history: [sent('2026-04-13', 'reminder')] }, '2026-04-14', null],
    ['paid before the date: no reminder', { plans: [firstPaid] }, '2026-04-13', null],
    [
      'the day after a missed instalment: a firm message to the decision-maker',
      { history: [sent('2026-04-13', 'reminder')] },
      '2026-04-16',
      'plan.instalment-missed/firm/decider/plan:pl:2026-04-15:missed',
    ],
    ['paid on time: nothing the day after', { plans: [firstPaid], history: [sent('2026-04-13', 'reminder')] }, '2026-04-16', null],
    ['the missed message goes once', { history: [sent('2026-04-13', 'reminder'), sent('2026-04-16', 'missed')] }, '2026-04-20', null],
    ['a disputed plan invoice gets no plan message', { openInvoices: [{ ...i1, disputed: true }] }, '2026-04-13', null],
    ['a snoozed customer gets no plan message', { customer: { snoozedUntil: '2026-04-30' } }, '2026-04-13', null],
    [
      'a promise within its grace pauses plan messages too',
      { promises: [{ id: 'p', invoiceIds: [], promisedDate: '2026-04-14', amountMinor: 60_000, currency: 'PLN', status: 'open', brokenOn: null }] },
      '2026-04-13',
      null,
    ],
    [
      'the next instalment is reminded in its turn',
      { plans: [firstPaid], history: [sent('2026-04-13', 'reminder')] },
      '2026-05-12',
      'plan.instalment-reminder/reminder/payables/plan:pl:2026-05-15:reminder',
    ],
  ])('%s', (_, overrides, today, expected) => {
    expect(summary(overrides, today)).toBe(expected);
  });

  it('merges a plan reminder into the day’s one contact with other invoices’ steps', () => {
    const i2 = exampleInvoice('i2', '2026-04-10');
    const contact = contactOf(decide(exampleSnapshot({ openInvoices: [i1, i2], plans: [plan] }), standard, '2026-04-13'));
    expect(contact?.templateKey).toBe('standard.first-reminder');
    expect(contact?.steps).toEqual([
      { invoiceId: 'i1', stepKey: 'plan:pl:2026-04-15:reminder' },
      { invoiceId: 'i2', stepKey: 'first-reminder' },
    ]);
  });
});

describe('rule: a defaulted plan returns its invoices to the ladder at the firm stage', () => {
  const history = [sent('2026-04-13', 'reminder'), sent('2026-04-16', 'missed')];
  it('still running on the last allowed day', () => {
    expect(summary({ history }, '2026-04-22')).toBeNull();
  });
  it('on the day it defaults: a task for the collector and the first firm step at once', () => {
    const decision = decide(exampleSnapshot({ openInvoices: [i1], plans: [plan], history }), standard, '2026-04-23');
    expect(decision.actions.map((a) => [a.kind, 'reason' in a ? a.reason : a.steps.map((s) => s.stepKey).join()])).toEqual([
      ['createCallTask', 'payables-call'],
      ['createInternalTask', 'planDefaulted'],
    ]);
    expect(decision.actions[1]!.key).toBe('c1|standard|planDefaulted|pl');
    expect(decision.skipped.map((s) => `${s.stepKey}:${s.reason}`)).toEqual([
      'courtesy-before-due:firmStage',
      'first-reminder:firmStage',
      'second-reminder:firmStage',
    ]);
  });
  it('a plan already marked defaulted raises no new task but keeps the firm stage', () => {
    const decision = decide(exampleSnapshot({ openInvoices: [i1], plans: [{ ...plan, status: 'defaulted' }], history }), standard, '2026-04-23');
    expect(decision.actions.map((a) => a.kind)).toEqual(['createCallTask']);
  });
  it('a completed plan leaves a still-open invoice to the ordinary ladder', () => {
    const paid = { ...plan, instalments: plan.instalments.map((i) => ({ ...i, paidMinor: i.amountMinor })) };
    expect(summary({ plans: [paid] }, '2026-04-23')).toBe('standard.first-reminder/reminder/payables/first-reminder');
  });
});
