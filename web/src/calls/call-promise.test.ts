import { describe, expect, it } from 'vitest';
import { checkPromise, chooseInvoices, openOfChosen, promiseCurrencies, serverErrorPlaces, startPromise, typeAmount, type PromiseItem } from './call-promise';

const today = '2026-04-15';
const items: PromiseItem[] = [
  { invoiceId: 'inv-1', number: 'FV/1', currency: 'PLN', openAmountMinor: 123_000 },
  { invoiceId: 'inv-2', number: 'FV/2', currency: 'PLN', openAmountMinor: 45_050 },
  { invoiceId: 'inv-3', number: 'FV/3', currency: 'EUR', openAmountMinor: 10_000 },
];

describe('startPromise and the invoices it covers', () => {
  it('starts from every invoice of the call in the currency and all that is open on them', () => {
    expect(promiseCurrencies(items)).toEqual(['PLN', 'EUR']);
    expect(startPromise(items, 'PLN', 'pl')).toEqual({ currency: 'PLN', invoiceIds: ['inv-1', 'inv-2'], promisedDate: '', amountText: '1680,50', amountFollowsInvoices: true });
    expect(startPromise(items, 'EUR', 'en')).toMatchObject({ invoiceIds: ['inv-3'], amountText: '100.00' });
  });

  it('narrows the invoices, the amount following them until the person types one', () => {
    const started = startPromise(items, 'PLN', 'pl');
    const narrowed = chooseInvoices(started, items, ['inv-2', 'inv-3'], 'pl');
    // An invoice in another currency cannot join the promise.
    expect(narrowed).toMatchObject({ invoiceIds: ['inv-2'], amountText: '450,50' });
    expect(openOfChosen(items, narrowed)).toBe(45_050);
    const typed = typeAmount(narrowed, '300');
    expect(chooseInvoices(typed, items, ['inv-2', 'inv-1'], 'pl')).toMatchObject({ invoiceIds: ['inv-1', 'inv-2'], amountText: '300', amountFollowsInvoices: false });
  });
});

describe('checkPromise: the rules the server applies', () => {
  const draft = { ...startPromise(items, 'PLN', 'pl'), promisedDate: '2026-04-20' };

  it('gives the promise to send: day, amount in minor units, currency, invoices', () => {
    expect(checkPromise(typeAmount(draft, '1 000,50'), items, today)).toEqual({
      ok: true,
      promise: { promisedDate: '2026-04-20', amountMinor: 100_050, currency: 'PLN', invoiceIds: ['inv-1', 'inv-2'] },
    });
    expect(checkPromise({ ...draft, promisedDate: today }, items, today)).toMatchObject({ ok: true, promise: { amountMinor: 168_050 } });
  });

  it.each<[string, Partial<typeof draft>, object]>([
    ['no day', { promisedDate: '' }, { promisedDate: 'dateRequired' }],
    ['a day before today', { promisedDate: '2026-04-14' }, { promisedDate: 'dateInPast' }],
    ['a day that does not exist', { promisedDate: '2026-02-30' }, { promisedDate: 'invalidDate' }],
    ['no amount', { amountText: ' ' }, { amountMinor: 'amountRequired' }],
    ['words for an amount', { amountText: 'dużo' }, { amountMinor: 'notAnAmount' }],
    ['fractions of a grosz', { amountText: '10,1234' }, { amountMinor: 'tooManyDecimals' }],
    ['zero', { amountText: '0,00' }, { amountMinor: 'amountNotPositive' }],
    ['below zero', { amountText: '-5' }, { amountMinor: 'amountNotPositive' }],
    ['a grosz more than is open', { amountText: '1680,51' }, { amountMinor: 'amountAboveOpen' }],
    ['no invoice', { invoiceIds: [] }, { invoiceIds: 'chooseInvoice' }],
    ['no day and no amount', { promisedDate: '', amountText: '' }, { promisedDate: 'dateRequired', amountMinor: 'amountRequired' }],
  ])('refuses %s at its field', (_, change, problems) => {
    expect(checkPromise({ ...draft, ...change }, items, today)).toEqual({ ok: false, problems });
  });

  it('measures the amount against the chosen invoices only', () => {
    const narrowed = typeAmount(chooseInvoices(draft, items, ['inv-2'], 'pl'), '450,51');
    expect(checkPromise(narrowed, items, today)).toEqual({ ok: false, problems: { amountMinor: 'amountAboveOpen' } });
  });
});

describe('serverErrorPlaces', () => {
  it('puts the refusals of the promise at its fields', () => {
    expect(serverErrorPlaces({ 'promise.amountMinor': 'too much', 'promise.invoiceIds.1': 'paid', 'promise.promisedDate': 'past' })).toEqual({
      at: { amountMinor: 'too much', invoiceIds: 'paid', promisedDate: 'past' },
      unplaced: false,
    });
    expect(serverErrorPlaces({ outcome: 'say what the call came to' })).toEqual({ at: { outcome: 'say what the call came to' }, unplaced: false });
  });

  it('leaves what has no field in the form, or no field at all, to be shown above it', () => {
    expect(serverErrorPlaces({ 'promise.currency': 'no such currency', 'promise.amountMinor': 'too much' })).toEqual({ at: { amountMinor: 'too much' }, unplaced: true });
    expect(serverErrorPlaces({ promise: 'only a call that came to a promise to pay records one' })).toEqual({ at: {}, unplaced: true });
    expect(serverErrorPlaces({})).toEqual({ at: {}, unplaced: true });
  });
});
