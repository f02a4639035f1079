import { describe, expect, it } from 'vitest';
import { defaultProcedure, defaultProcedureKeys, defaultProcedures } from './default-procedures';
import { stage, toneRank, validateProcedure } from './procedure-rules';

describe('the four shipped procedures', () => {
  it('are standard, key account, new customer and small amounts, version 1 from 2020-01-01', () => {
    expect(defaultProcedures.map((p) => [p.procedureKey, p.version, p.effectiveFrom])).toEqual([
      ['standard', 1, '2020-01-01'],
      ['key-account', 1, '2020-01-01'],
      ['new-customer', 1, '2020-01-01'],
      ['small-amounts', 1, '2020-01-01'],
    ]);
  });
  it.each(defaultProcedureKeys)('%s passes validateProcedure', (key) => {
    expect(validateProcedure(defaultProcedure(key))).toEqual([]);
  });
  it.each(defaultProcedureKeys)('%s has Polish and English names and template keys under its key', (key) => {
    const p = defaultProcedure(key);
    expect(p.name.pl.length).toBeGreaterThan(0);
    expect(p.name.en.length).toBeGreaterThan(0);
    expect(p.name.pl).not.toBe(p.name.en);
    for (const step of p.steps) expect(step.templateKey).toBe(`${key}.${step.key}`);
  });
  it.each(defaultProcedureKeys)('%s starts with a receipt check to payables before the due date', (key) => {
    const first = defaultProcedure(key).steps[0]!;
    expect(first.purpose).toBe('confirmReceipt');
    expect(first.dayOffset).toBeLessThan(0);
    expect(first.addressees[0]).toBe('payables');
    expect(first.tone).toBe('courtesy');
  });
  it.each([
    ['standard', 2],
    ['new-customer', 2],
    ['small-amounts', 2],
    ['key-account', 3],
  ] as const)('%s gets concrete quickly: at most %i polite reminders after the due date', (key, most) => {
    const politeAfterDue = defaultProcedure(key).steps.filter((s) => s.dayOffset > 0 && stage(s.tone) === 'monitoring');
    expect(politeAfterDue.length).toBeLessThanOrEqual(most);
  });
  it.each(defaultProcedureKeys)('%s never addresses the operational buyer', (key) => {
    for (const step of defaultProcedure(key).steps) expect(step.addressees).not.toContain('operational_buyer');
  });
  it.each(defaultProcedureKeys)('%s speaks to the decision-maker first once collecting by e-mail or letter', (key) => {
    const collecting = defaultProcedure(key).steps.filter((s) => stage(s.tone) === 'collection' && (s.channel === 'email' || s.channel === 'letter'));
    for (const step of collecting) expect(['finance_decision_maker', 'ceo']).toContain(step.addressees[0]);
  });
});

describe('standard', () => {
  const p = defaultProcedure('standard');
  it('follows the ladder −5, +3, +10, +17, +24, +31, +45', () => {
    expect(p.steps.map((s) => [s.dayOffset, s.channel, s.tone])).toEqual([
      [-5, 'email', 'courtesy'],
      [3, 'email', 'reminder'],
      [10, 'sms', 'reminder'],
      [17, 'call', 'firm'],
      [24, 'email', 'firm'],
      [31, 'letter', 'formal'],
      [45, 'letter', 'final'],
    ]);
  });
  it('holds credit with the payment demand and opens a hand-over with the final notice, both approved by a collector', () => {
    const demand = p.steps.find((s) => s.key === 'payment-demand')!;
    const final = p.steps.find((s) => s.key === 'final-notice')!;
    expect([demand.effects, demand.approval]).toEqual([['setCreditHold'], 'collector']);
    expect([final.effects, final.approval]).toEqual([['openHandover'], 'collector']);
    expect(p.steps.find((s) => s.key === 'firm-request')!.effects).toEqual(['notifyAccountOwner']);
  });
});

describe('key account', () => {
  const p = defaultProcedure('key-account');
  it('is gentler and slower than standard', () => {
    const firstFirm = (key: 'standard' | 'key-account') => defaultProcedure(key).steps.find((s) => toneRank(s.tone) >= toneRank('firm'))!.dayOffset;
    expect(firstFirm('key-account')).toBeGreaterThan(firstFirm('standard'));
    expect(p.rhythm.maxContactsPerWeek).toBeLessThan(defaultProcedure('standard').rhythm.maxContactsPerWeek);
  });
  it('needs the account owner to approve every escalation', () => {
    for (const step of p.steps.filter((s) => toneRank(s.tone) >= toneRank('firm'))) expect(step.approval).toBe('account_owner');
  });
  it('tells the account owner early', () => {
    const firstAfterDue = p.steps.find((s) => s.dayOffset > 0)!;
    expect(firstAfterDue.effects).toContain('notifyAccountOwner');
  });
});

describe('new customer', () => {
  it('is tighter: a call by day 5 and a formal demand sooner than standard', () => {
    const p = defaultProcedure('new-customer');
    const call = p.steps.find((s) => s.channel === 'call')!;
    expect(call.dayOffset).toBeLessThanOrEqual(5);
    const demand = (key: 'standard' | 'new-customer') => defaultProcedure(key).steps.find((s) => s.tone === 'formal')!.dayOffset;
    expect(demand('new-customer')).toBeLessThan(demand('standard'));
  });
});

describe('small amounts', () => {
  const p = defaultProcedure('small-amounts');
  it('contacts by e-mail and SMS only', () => {
    const channels = new Set(p.steps.filter((s) => s.channel !== 'internalTask').map((s) => s.channel));
    expect([...channels].sort()).toEqual(['email', 'sms']);
  });
  it('sends the firmer steps only above a minimum overdue amount', () => {
    for (const step of p.steps.filter((s) => toneRank(s.tone) >= toneRank('firm'))) {
      expect(step.conditions.minOverdueMinor).toBeGreaterThan(0);
    }
  });
});
