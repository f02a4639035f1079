import { describe, expect, it } from 'vitest';
import { defaultProcedure } from '../../../src/domain/dunning/default-procedures';
import { amountText, draftInput, draftOf, moveStep, newStep, stepErrors } from './procedure-draft';

const smallAmounts = defaultProcedure('small-amounts');

describe('procedure draft', () => {
  it('round-trips a version through the editor unchanged', () => {
    const draft = draftOf(smallAmounts, '2026-05-01', 'PLN', 'pl-PL');
    expect(draft.steps[3]!.minOverdueText).toBe('100,00');
    const result = draftInput(draft, 'PLN');
    if (!('input' in result)) throw new Error('expected an input');
    const { procedureKey: _key, version: _version, ...rest } = smallAmounts;
    expect(result.input).toEqual({ ...rest, effectiveFrom: '2026-05-01' });
  });

  it('names an amount that is not one by its field path', () => {
    const draft = draftOf(smallAmounts, '2026-05-01', 'PLN', 'en-GB');
    draft.steps[1]!.minOverdueText = 'a lot';
    expect(draftInput(draft, 'PLN')).toEqual({ errors: { 'steps.1.conditions.minOverdueMinor': 'not_a_number' } });
  });

  it('adds a step a week after the last, and moves steps within the list', () => {
    const draft = draftOf(smallAmounts, '2026-05-01', 'PLN', 'pl-PL');
    const added = newStep(draft, 'small-amounts');
    expect(added).toMatchObject({ dayOffset: 67, tone: 'formal', key: 'step-7', templateKey: 'small-amounts.step-7' });
    const keys = (steps: { key: string }[]) => steps.map((s) => s.key);
    expect(keys(moveStep(draft.steps, 1, -1)).slice(0, 2)).toEqual(['first-reminder', 'courtesy-before-due']);
    expect(keys(moveStep(draft.steps, 0, -1))).toEqual(keys(draft.steps));
    expect(keys(moveStep(draft.steps, 5, 1))).toEqual(keys(draft.steps));
  });

  it('picks the problems of one step out of the server’s field paths', () => {
    const errors = { 'steps.2.addressees': 'a', 'steps.2.addressees.0': 'b', 'steps.12.tone': 'c', 'name.pl': 'd' };
    expect(stepErrors(errors, 2)).toEqual({ addressees: 'a', 'addressees.0': 'b' });
    expect(stepErrors(errors, 1)).toEqual({});
  });

  it('writes amounts as people type them', () => {
    expect(amountText(123456, 'PLN', 'pl-PL')).toBe('1234,56');
    expect(amountText(500, 'JPY', 'en-GB')).toBe('500');
  });
});
