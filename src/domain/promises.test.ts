import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { brokenPromiseCount, checkPromiseWithinOpen, evaluatePromise, pausesUntil, validatePromise, type PromiseInput } from './promises';

const today = '2026-03-10';

describe('validatePromise: a promise has a date and an amount', () => {
  it.each<[string, PromiseInput, string[]]>([
    ['complete promise is accepted', { promisedDate: '2026-03-20', amountMinor: 150_000, currency: 'PLN' }, []],
    ['today is allowed', { promisedDate: today, amountMinor: 1 }, []],
    ['no date', { amountMinor: 150_000 }, ['promisedDate:dateRequired']],
    ['empty date', { promisedDate: '', amountMinor: 150_000 }, ['promisedDate:dateRequired']],
    ['no amount', { promisedDate: '2026-03-20' }, ['amountMinor:amountRequired']],
    ['neither', {}, ['promisedDate:dateRequired', 'amountMinor:amountRequired']],
    ['zero amount', { promisedDate: '2026-03-20', amountMinor: 0 }, ['amountMinor:amountNotPositive']],
    ['negative amount', { promisedDate: '2026-03-20', amountMinor: -5 }, ['amountMinor:amountNotPositive']],
    ['fractional minor units', { promisedDate: '2026-03-20', amountMinor: 10.5 }, ['amountMinor:amountNotPositive']],
    ['date in the past', { promisedDate: '2026-03-09', amountMinor: 100 }, ['promisedDate:dateInPast']],
    ['not a date', { promisedDate: '2026-02-30', amountMinor: 100 }, ['promisedDate:invalidDate']],
  ])('%s', (_, input, expected) => {
    expect(validatePromise(input, today).map((i) => `${i.path}:${i.code}`)).toEqual(expected);
  });
});

describe('checkPromiseWithinOpen: no more than is open on the invoices', () => {
  it('accepts up to the open amount and refuses a grosz more, saying how much is open', () => {
    expect(checkPromiseWithinOpen(168_050, 168_050, 'PLN')).toBeNull();
    expect(checkPromiseWithinOpen(1, 168_050, 'PLN')).toBeNull();
    expect(checkPromiseWithinOpen(168_051, 168_050, 'PLN')).toEqual({
      path: 'amountMinor',
      code: 'amountAboveOpen',
      message: 'the promised amount is more than the 1680.50 PLN still open on its invoices',
    });
    expect(checkPromiseWithinOpen(1_001, 1_000, 'JPY')?.message).toContain('1000 JPY');
  });
});

describe('evaluatePromise: kept, partly kept, broken, open', () => {
  const promise = { promisedDate: '2026-03-20', amountMinor: 100_000 };
  it.each<[string, { date: string; amountMinor: number }[], string, string]>([
    ['paid in full on the day', [{ date: '2026-03-20', amountMinor: 100_000 }], '2026-03-20', 'kept'],
    ['paid in full early is kept at once', [{ date: '2026-03-12', amountMinor: 100_000 }], '2026-03-12', 'kept'],
    ['paid in two parts within grace', [{ date: '2026-03-19', amountMinor: 40_000 }, { date: '2026-03-22', amountMinor: 60_000 }], '2026-03-25', 'kept'],
    ['paid more than promised', [{ date: '2026-03-20', amountMinor: 120_000 }], '2026-03-20', 'kept'],
    ['nothing yet, before the date', [], '2026-03-15', 'open'],
    ['nothing yet, within grace', [], '2026-03-23', 'open'],
    ['part paid, within grace', [{ date: '2026-03-20', amountMinor: 50_000 }], '2026-03-23', 'open'],
    ['nothing by the end of grace', [], '2026-03-24', 'broken'],
    ['part paid by the end of grace', [{ date: '2026-03-20', amountMinor: 50_000 }], '2026-03-24', 'partlyKept'],
    ['the rest paid after grace stays partly kept', [{ date: '2026-03-20', amountMinor: 50_000 }, { date: '2026-03-25', amountMinor: 50_000 }], '2026-03-30', 'partlyKept'],
    ['everything paid after grace is still broken', [{ date: '2026-03-26', amountMinor: 100_000 }], '2026-03-30', 'broken'],
    ['a payment dated after today does not count yet', [{ date: '2026-03-21', amountMinor: 100_000 }], '2026-03-20', 'open'],
  ])('%s', (_, payments, day, expected) => {
    expect(evaluatePromise(promise, payments, day, 3)).toBe(expected);
  });
  it('pauses the ladder until the date plus grace', () => {
    expect(pausesUntil(promise, 3)).toBe('2026-03-23');
    expect(pausesUntil(promise, 0)).toBe('2026-03-20');
  });
  it('counts broken promises for reliability', () => {
    expect(brokenPromiseCount([{ status: 'broken' }, { status: 'kept' }, { status: 'broken' }, { status: 'partlyKept' }])).toBe(2);
  });
  it('never calls a promise broken while its grace lasts, and never kept without the full amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.record({ offset: fc.integer({ min: -10, max: 20 }), amountMinor: fc.integer({ min: 1, max: 500_000 }) }), { maxLength: 5 }),
        fc.integer({ min: -10, max: 30 }),
        fc.integer({ min: 0, max: 7 }),
        (amountMinor, rawPayments, dayOffset, grace) => {
          const base = { promisedDate: '2026-06-15', amountMinor };
          const day = (n: number) => addDays('2026-06-15', n);
          const payments = rawPayments.map((p) => ({ date: day(p.offset), amountMinor: p.amountMinor }));
          const outcome = evaluatePromise(base, payments, day(dayOffset), grace);
          const paidInTime = payments.filter((p) => p.date <= day(Math.min(grace, dayOffset))).reduce((s, p) => s + p.amountMinor, 0);
          if (dayOffset <= grace) expect(['open', 'kept']).toContain(outcome);
          if (outcome === 'kept') expect(paidInTime).toBeGreaterThanOrEqual(amountMinor);
          if (outcome === 'broken') expect(paidInTime).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
