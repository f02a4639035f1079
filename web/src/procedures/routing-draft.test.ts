import { describe, expect, it } from 'vitest';
import { defaultRoutingRules } from '../../../src/domain/routing';
import { ApiError, fieldErrors } from '../api/client';
import { firstCatchAll, moveRule, newRule, ruleDraftOf, ruleDraftsOf, ruleErrors, ruleShape, rulesInput, typedAmount, type RuleDraft } from './routing-draft';

const shipped = defaultRoutingRules('PLN').map((rule) => ({ ...rule, enabled: true }));

function draft(over: Partial<RuleDraft>): RuleDraft {
  return { ...newRule(), name: 'Rule', procedureKey: 'key-account', ...over };
}

describe('routing rules draft', () => {
  it('round-trips every criterion through the editor, priorities following the order', () => {
    const everything = {
      priority: 7,
      name: 'Everything',
      procedureKey: 'key-account',
      enabled: false,
      criteria: {
        tagsAny: ['vip', 'key'],
        segments: ['key_account'],
        minTenureMonths: 6,
        maxTenureMonths: 24,
        minRevenue12mMinor: 12_345_678,
        regularContract: false,
        minOverdueMinor: 50_000,
        openBelowMinor: 99,
        minDaysOverdue: 30,
        minBrokenPromises: 2,
      },
    };
    const drafts = ruleDraftsOf([...shipped, everything], 'PLN', 'pl');
    const last = drafts.at(-1)!;
    expect(last).toMatchObject({ minRevenueText: '123456,78', openBelowText: '0,99', regularContract: 'without', enabled: false });
    const result = rulesInput(drafts, 'PLN');
    if (!('rules' in result)) throw new Error(`expected rules, got ${JSON.stringify(result.problems)}`);
    expect(result.rules.map((r) => r.priority)).toEqual([10, 20, 30, 40, 50]);
    expect(result.rules.map(({ priority: _p, ...rule }) => rule)).toEqual([...shipped, everything].map(({ priority: _p, ...rule }) => rule));
  });

  it('reads amounts as people type them, in the currency’s own minor digits', () => {
    const typed = (text: string, currency = 'PLN') => ruleShape(draft({ minOverdueText: text }), currency);
    expect(typed('1 234,5').rule.criteria.minOverdueMinor).toBe(123_450);
    expect(typed('1,234.56').rule.criteria.minOverdueMinor).toBe(123_456);
    expect(typed('0.1').rule.criteria.minOverdueMinor).toBe(10);
    expect(typed('5000', 'JPY').rule.criteria.minOverdueMinor).toBe(5000);
    expect(typed('12,5', 'JPY').problems).toEqual({ 'criteria.minOverdueMinor': 'tooManyDecimals' });
    expect(typed('a lot').problems).toEqual({ 'criteria.minOverdueMinor': 'notAnAmount' });
    expect(typed('-5').problems).toEqual({ 'criteria.minOverdueMinor': 'negativeAmount' });
    expect(typedAmount(5_000, 'JPY', 'pl')).toBe('5000');
    expect(typedAmount(123_456, 'EUR', 'en')).toBe('1234.56');
  });

  it('leaves out what is empty and cleans tags', () => {
    const shaped = ruleShape(draft({ name: '  VIP  ', tags: [' vip', 'vip', ''], segments: [], regularContract: 'with', minDaysOverdue: 0 }), 'PLN');
    expect(shaped).toEqual({ rule: { name: 'VIP', procedureKey: 'key-account', enabled: true, criteria: { tagsAny: ['vip'], regularContract: true, minDaysOverdue: 0 } }, problems: {} });
  });

  it('names every problem by the path the server would use', () => {
    const result = rulesInput(
      [draft({}), draft({ name: ' ', procedureKey: '', minTenureMonths: 12, maxTenureMonths: 5, openBelowText: 'x' })],
      'PLN',
    );
    expect(result).toEqual({
      problems: {
        'rules.1.name': 'nameRequired',
        'rules.1.procedureKey': 'procedureRequired',
        'rules.1.criteria.maxTenureMonths': 'tenureRange',
        'rules.1.criteria.openBelowMinor': 'notAnAmount',
      },
    });
  });

  it('keeps a manual-assignment criterion it has no input for', () => {
    const kept = ruleDraftOf({ name: 'Pinned', procedureKey: 'standard', enabled: true, criteria: { manualProcedureKey: 'standard' } }, 'PLN', 'en');
    expect(ruleShape(kept, 'PLN').rule.criteria).toEqual({ manualProcedureKey: 'standard' });
    expect(ruleShape({ ...kept, manualProcedureKey: null }, 'PLN').rule.criteria).toEqual({});
  });

  it('moves rules within the list and keeps their ids', () => {
    const drafts = ruleDraftsOf(shipped, 'PLN', 'en');
    const names = (rules: RuleDraft[]) => rules.map((r) => r.name);
    expect(names(moveRule(drafts, 3, -3))).toEqual(['New customer (under 6 months)', 'Key account segment', 'Tagged key', 'Small amounts']);
    expect(names(moveRule(drafts, 0, 1)).slice(0, 2)).toEqual(['Tagged key', 'Key account segment']);
    expect(moveRule(drafts, 0, -1)).toEqual(drafts);
    expect(moveRule(drafts, 3, 1)).toEqual(drafts);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
  });

  it('picks the server’s problems of one rule out of its field paths', () => {
    const error = new ApiError(400, {
      code: 'invalid_input',
      issues: [
        { field: 'body.rules[1].procedureKey', message: 'no procedure "vip"' },
        { field: 'body.rules.1.criteria.segments.0', message: 'Expected string' },
        { field: 'body.rules[12].name', message: 'too long' },
        { field: 'body.rules', message: 'Too big' },
      ],
    });
    const errors = fieldErrors(error);
    expect(ruleErrors(errors, 1)).toEqual({ procedureKey: 'no procedure "vip"', 'criteria.segments.0': 'Expected string' });
    expect(ruleErrors(errors, 12)).toEqual({ name: 'too long' });
    expect(ruleErrors(errors, 2)).toEqual({});
  });

  it('finds the first rule that catches everyone, skipping rules that are off', () => {
    const rule = (enabled: boolean, criteria = {}) => ({ name: 'r', procedureKey: 'standard', enabled, criteria });
    expect(firstCatchAll([rule(true, { tagsAny: ['a'] }), rule(false), rule(true), rule(true)])).toBe(2);
    expect(firstCatchAll(shipped)).toBeNull();
  });
});
