import { describe, expect, it } from 'vitest';
import {
  defaultRoutingRules,
  matchRule,
  routeCustomer,
  smallAmountThresholdMinor,
  tenureMonths,
  type CustomerFacts,
  type RoutingRule,
} from './routing';

const facts = (overrides: Partial<CustomerFacts> = {}): CustomerFacts => ({
  manualProcedureKey: null,
  tags: [],
  segment: null,
  tenureMonths: 24,
  revenue12mMinor: 10_000_000,
  regularContract: false,
  openMinor: 1_000_000,
  overdueMinor: 200_000,
  hasOpenInOtherCurrency: false,
  maxDaysOverdue: 12,
  brokenPromises: 0,
  ...overrides,
});

const rules = defaultRoutingRules('PLN');

describe('routeCustomer with the default rules', () => {
  it.each<[string, Partial<CustomerFacts>, string]>([
    ['an ordinary customer falls back to standard', {}, 'standard'],
    ['segment key_account → key account', { segment: 'key_account' }, 'key-account'],
    ['tag key → key account', { tags: ['vip', 'key'] }, 'key-account'],
    ['tenure under 6 months → new customer', { tenureMonths: 5 }, 'new-customer'],
    ['tenure of 6 months is no longer new', { tenureMonths: 6 }, 'standard'],
    ['open total under 500 zł → small amounts', { openMinor: 49_999 }, 'small-amounts'],
    ['exactly 500 zł is not small', { openMinor: 50_000 }, 'standard'],
    ['small in PLN but something open in EUR is not small', { openMinor: 10_000, hasOpenInOtherCurrency: true }, 'standard'],
    ['key account wins over small amounts (priority)', { segment: 'key_account', openMinor: 100 }, 'key-account'],
    ['small amounts win over new customer (priority)', { tenureMonths: 1, openMinor: 100 }, 'small-amounts'],
    ['manual assignment always wins', { manualProcedureKey: 'new-customer', segment: 'key_account' }, 'new-customer'],
  ])('%s', (_, overrides, expected) => {
    expect(routeCustomer(facts(overrides), rules, 'standard').procedureKey).toBe(expected);
  });

  it('explains a segment match with the fact that matched', () => {
    const decision = routeCustomer(facts({ segment: 'key_account' }), rules, 'standard');
    expect(decision.matchedRule?.name).toBe('Key account segment');
    expect(decision.reasons).toEqual([{ key: 'segment', facts: { segment: 'key_account' } }]);
  });
  it('explains a manual assignment', () => {
    expect(routeCustomer(facts({ manualProcedureKey: 'standard' }), rules, 'standard')).toEqual({
      procedureKey: 'standard',
      matchedRule: null,
      reasons: [{ key: 'manualAssignment', facts: { procedureKey: 'standard' } }],
    });
  });
  it('explains the fallback', () => {
    expect(routeCustomer(facts(), rules, 'standard').reasons).toEqual([{ key: 'fallback', facts: { procedureKey: 'standard' } }]);
  });
  it('explains a small amount with the open total and the threshold', () => {
    expect(routeCustomer(facts({ openMinor: 12_300 }), rules, 'standard').reasons).toEqual([
      { key: 'openAmount', facts: { openMinor: 12_300, openBelowMinor: 50_000 } },
    ]);
  });
});

describe('rule criteria: all of a rule must hold', () => {
  it.each<[string, RoutingRule['criteria'], Partial<CustomerFacts>, boolean]>([
    ['min tenure holds', { minTenureMonths: 12 }, { tenureMonths: 12 }, true],
    ['min tenure fails', { minTenureMonths: 12 }, { tenureMonths: 11 }, false],
    ['revenue in the last 12 months', { minRevenue12mMinor: 5_000_000 }, { revenue12mMinor: 5_000_000 }, true],
    ['revenue too low', { minRevenue12mMinor: 5_000_000 }, { revenue12mMinor: 4_999_999 }, false],
    ['regular contract', { regularContract: true }, { regularContract: true }, true],
    ['no regular contract', { regularContract: true }, { regularContract: false }, false],
    ['overdue amount', { minOverdueMinor: 100_000 }, { overdueMinor: 150_000 }, true],
    ['overdue amount too low', { minOverdueMinor: 100_000 }, { overdueMinor: 99_999 }, false],
    ['days overdue', { minDaysOverdue: 30 }, { maxDaysOverdue: 31 }, true],
    ['not late enough', { minDaysOverdue: 30 }, { maxDaysOverdue: 29 }, false],
    ['reliability: broken promises', { minBrokenPromises: 2 }, { brokenPromises: 2 }, true],
    ['reliable enough', { minBrokenPromises: 2 }, { brokenPromises: 1 }, false],
    ['segment in list', { segments: ['wholesale', 'retail'] }, { segment: 'retail' }, true],
    ['no segment', { segments: ['wholesale'] }, { segment: null }, false],
    ['all criteria hold', { regularContract: true, minRevenue12mMinor: 1 }, { regularContract: true }, true],
    ['one of two fails', { regularContract: true, minRevenue12mMinor: 1 }, { regularContract: false }, false],
    ['an empty rule matches everybody', {}, {}, true],
  ])('%s', (_, criteria, overrides, matches) => {
    expect(matchRule(facts(overrides), criteria) !== null).toBe(matches);
  });

  it('tries rules by ascending priority, whatever their order in the list', () => {
    const unordered: RoutingRule[] = [
      { priority: 50, procedureKey: 'late', name: 'Late', criteria: { minDaysOverdue: 10 } },
      { priority: 5, procedureKey: 'unreliable', name: 'Unreliable', criteria: { minBrokenPromises: 1 } },
    ];
    const decision = routeCustomer(facts({ maxDaysOverdue: 40, brokenPromises: 3 }), unordered, 'standard');
    expect(decision.procedureKey).toBe('unreliable');
    expect(decision.reasons).toEqual([{ key: 'brokenPromises', facts: { brokenPromises: 3, minBrokenPromises: 1 } }]);
  });
  it('keeps the listed order between equal priorities', () => {
    const tied: RoutingRule[] = [
      { priority: 1, procedureKey: 'first', name: 'A', criteria: {} },
      { priority: 1, procedureKey: 'second', name: 'B', criteria: {} },
    ];
    expect(routeCustomer(facts(), tied, 'standard').procedureKey).toBe('first');
  });
});

describe('small-amount threshold per base currency (no conversion)', () => {
  it.each([
    ['PLN', 50_000],
    ['EUR', 12_000],
    ['GBP', 10_000],
    ['JPY', 500],
  ])('%s → %i minor units', (currency, expected) => {
    expect(smallAmountThresholdMinor(currency)).toBe(expected);
  });
});

describe('tenure in whole months', () => {
  it.each([
    ['2025-09-15', '2026-03-14', 5],
    ['2025-09-15', '2026-03-15', 6],
    ['2026-03-01', '2026-03-31', 0],
    ['2024-01-31', '2026-01-31', 24],
  ])('%s → %s: %i', (since, today, months) => {
    expect(tenureMonths(since, today)).toBe(months);
  });
});
