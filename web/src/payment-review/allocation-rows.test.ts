import { describe, expect, it } from 'vitest';
import { amountInputText, checkAllocations, proposedAmountMinor, serverErrorPlace, type AllocationRow, type ChosenInvoice } from './allocation-rows';

const line = { amountMinor: 48_730, currency: 'PLN' };
const invoice = (id: string, openAmountMinor: number, currency = 'PLN'): ChosenInvoice => ({
  id,
  number: `FV/${id}`,
  customerName: 'Acme Handel sp. z o.o.',
  currency,
  openAmountMinor,
});
const row = (key: string, chosen: ChosenInvoice | null, amountText: string): AllocationRow => ({ key, invoice: chosen, amountText });

describe('checkAllocations', () => {
  it('turns one invoice and its amount into the allocation to send', () => {
    expect(checkAllocations(line, [row('a', invoice('1', 48_730), '487,30')])).toEqual({
      ok: true,
      allocations: [{ invoiceId: '1', amountMinor: 48_730 }],
      totalMinor: 48_730,
    });
  });

  it('takes a split that leaves part of the line as credit, in amounts as people type them', () => {
    const checked = checkAllocations(line, [row('a', invoice('1', 40_000), '400'), row('b', invoice('2', 77_700), '50.00')]);
    expect(checked).toEqual({
      ok: true,
      allocations: [
        { invoiceId: '1', amountMinor: 40_000 },
        { invoiceId: '2', amountMinor: 5_000 },
      ],
      totalMinor: 45_000,
    });
  });

  it('refuses a split that together takes more than the line', () => {
    const checked = checkAllocations(line, [row('a', invoice('1', 40_000), '400,00'), row('b', invoice('2', 77_700), '87,31')]);
    expect(checked).toMatchObject({ ok: false, moreThanLine: true, totalMinor: 48_731, rows: [{}, {}] });
  });

  it('names the row and the field of each problem', () => {
    const checked = checkAllocations(line, [
      row('a', null, '10'),
      row('b', invoice('2', 1_000, 'EUR'), ''),
      row('c', invoice('3', 1_000), 'abc'),
      row('d', invoice('3', 1_000), '0'),
      row('e', invoice('4', 1_000), '1,0001'),
      row('f', invoice('5', 1_000), '10,01'),
    ]);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.rows).toEqual([
      { invoice: 'chooseInvoice' },
      { invoice: 'otherCurrency', amount: 'enterAmount' },
      { amount: 'notAnAmount' },
      { invoice: 'sameInvoiceTwice', amount: 'notPositive' },
      { amount: 'tooManyDecimals' },
      { amount: 'moreThanOpen' },
    ]);
    expect(checked.moreThanLine).toBe(false);
  });

  it('sends nothing without a row', () => {
    expect(checkAllocations(line, []).ok).toBe(false);
  });
});

describe('proposedAmountMinor', () => {
  it('takes what is open, but no more than what the other rows leave of the line', () => {
    const rows = [row('a', invoice('1', 40_000), '400,00'), row('b', null, '')];
    expect(proposedAmountMinor(line, rows, 'b', invoice('2', 77_700))).toBe(8_730);
    expect(proposedAmountMinor(line, rows, 'b', invoice('2', 5_000))).toBe(5_000);
    expect(proposedAmountMinor(line, rows, 'a', invoice('9', 99_999))).toBe(48_730);
    expect(proposedAmountMinor(line, [row('a', null, '600'), row('b', null, '')], 'b', invoice('2', 1))).toBe(0);
  });
});

describe('amountInputText', () => {
  it('writes minor units the way the UI language types them', () => {
    expect(amountInputText(48_730, 'PLN', 'pl')).toBe('487,30');
    expect(amountInputText(48_730, 'PLN', 'en')).toBe('487.30');
    expect(amountInputText(5, 'EUR', 'pl')).toBe('0,05');
    expect(amountInputText(1200, 'JPY', 'pl')).toBe('1200');
  });
});

describe('serverErrorPlace', () => {
  it('finds the row and field the server names', () => {
    expect(serverErrorPlace(['allocations.1.amountMinor'], 2)).toEqual({ row: 1, part: 'amount' });
    expect(serverErrorPlace(['allocations.0.invoiceId'], 2)).toEqual({ row: 0, part: 'invoice' });
    expect(serverErrorPlace(['allocations.0'], 1)).toEqual({ row: 0, part: 'invoice' });
    expect(serverErrorPlace(['allocations'], 1)).toBe('total');
    expect(serverErrorPlace(['amountMinor'], 1)).toEqual({ row: 0, part: 'amount' });
    expect(serverErrorPlace(['invoiceId'], 1)).toEqual({ row: 0, part: 'invoice' });
  });

  it('places nothing the form does not hold', () => {
    expect(serverErrorPlace([], 1)).toBeNull();
    expect(serverErrorPlace(['allocations.3.amountMinor'], 2)).toBeNull();
    expect(serverErrorPlace(['lineId'], 2)).toBeNull();
    expect(serverErrorPlace(['amountMinor'], 0)).toBeNull();
  });
});
