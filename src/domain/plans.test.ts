import { describe, expect, it } from 'vitest';
import { instalmentStatuses, planDefaultsOn, planState, validatePlan, type PlanProposal } from './plans';

// The schedule table of seed 002: 3 × 500 zł on the 15th, the first one paid.
const seedPlan = {
  instalments: [
    { dueDate: '2023-10-15', amountMinor: 50_000, paidMinor: 50_000, currency: 'PLN' },
    { dueDate: '2023-11-15', amountMinor: 50_000, paidMinor: 0, currency: 'PLN' },
    { dueDate: '2023-12-15', amountMinor: 50_000, paidMinor: 0, currency: 'PLN' },
  ],
};

describe('validatePlan: instalments add up, dates increase, one currency', () => {
  const instalments = [
    { dueDate: '2026-04-15', amountMinor: 50_000 },
    { dueDate: '2026-05-15', amountMinor: 50_000 },
  ];
  it.each<[string, PlanProposal, string[]]>([
    ['a sound plan', { currency: 'PLN', amountCoveredMinor: 100_000, instalments }, []],
    ['no instalments', { currency: 'PLN', amountCoveredMinor: 100_000, instalments: [] }, ['instalments:noInstalments']],
    ['sum short of the amount', { currency: 'PLN', amountCoveredMinor: 120_000, instalments }, ['instalments:sumMismatch']],
    [
      'dates not increasing',
      { currency: 'PLN', amountCoveredMinor: 100_000, instalments: [instalments[1]!, instalments[0]!] },
      ['instalments[1].dueDate:datesNotIncreasing'],
    ],
    [
      'two instalments on one day',
      { currency: 'PLN', amountCoveredMinor: 100_000, instalments: [instalments[0]!, instalments[0]!] },
      ['instalments[1].dueDate:datesNotIncreasing'],
    ],
    [
      'a second currency',
      { currency: 'PLN', amountCoveredMinor: 100_000, instalments: [instalments[0]!, { ...instalments[1]!, currency: 'EUR' }] },
      ['instalments[1].currency:currencyMismatch'],
    ],
    [
      'a zero instalment',
      { currency: 'PLN', amountCoveredMinor: 50_000, instalments: [instalments[0]!, { dueDate: '2026-05-15', amountMinor: 0 }] },
      ['instalments[1].amountMinor:amountNotPositive'],
    ],
    [
      'an impossible date',
      { currency: 'PLN', amountCoveredMinor: 50_000, instalments: [{ dueDate: '2026-02-30', amountMinor: 50_000 }] },
      ['instalments[0].dueDate:invalidDate'],
    ],
  ])('%s', (_, plan, expected) => {
    expect(validatePlan(plan).map((i) => `${i.path}:${i.code}`)).toEqual(expected);
  });
});

describe('instalmentStatuses: the schedule table (termin / kwota / status)', () => {
  it.each([
    ['before the second date', '2023-11-01', ['paid', 'due', 'due']],
    ['on the second date it is still due', '2023-11-15', ['paid', 'due', 'due']],
    ['the day after, it is late', '2023-11-16', ['paid', 'late', 'due']],
    ['after the last date', '2023-12-16', ['paid', 'late', 'late']],
  ])('%s', (_, today, statuses) => {
    expect(instalmentStatuses(seedPlan, today).map((i) => i.status)).toEqual(statuses);
  });
  it('keeps date and amount per row', () => {
    expect(instalmentStatuses(seedPlan, '2023-11-01')[1]).toEqual({ dueDate: '2023-11-15', amountMinor: 50_000, currency: 'PLN', status: 'due' });
  });
  it('counts a partly paid instalment as not paid', () => {
    const partly = { instalments: [{ dueDate: '2026-01-10', amountMinor: 100, paidMinor: 99, currency: 'PLN' }] };
    expect(instalmentStatuses(partly, '2026-01-11')[0]!.status).toBe('late');
  });
});

describe('planState: active, completed, defaulted after a missed instalment', () => {
  it.each([
    ['on schedule', '2023-11-10', 'active'],
    ['late but within the allowed days', '2023-11-18', 'active'],
    ['on the last allowed day', '2023-11-22', 'active'],
    ['the day after the allowed days', '2023-11-23', 'defaulted'],
  ])('%s (7 days allowed)', (_, today, state) => {
    expect(planState(seedPlan, today, 7)).toBe(state);
  });
  it('defaults on the day the first unpaid instalment has been late for the allowed days', () => {
    expect(planDefaultsOn(seedPlan, 7)).toBe('2023-11-23');
    expect(planDefaultsOn(seedPlan, 0)).toBe('2023-11-16');
  });
  it('is completed once every instalment is paid, whatever the day', () => {
    const paid = { instalments: seedPlan.instalments.map((i) => ({ ...i, paidMinor: i.amountMinor })) };
    expect(planState(paid, '2030-01-01', 7)).toBe('completed');
    expect(planDefaultsOn(paid, 7)).toBeNull();
  });
});
