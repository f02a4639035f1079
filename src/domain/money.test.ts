import { describe, expect, it } from 'vitest';
import { allocateInOrder, formatMoney, isCurrencyCode, minorDigits, minorToDecimalString, parseAmount, totalsByCurrency } from './money';

describe('parseAmount', () => {
  it.each([
    ['1234,56', 'PLN', 123456],
    ['1 234,56', 'PLN', 123456],
    ['1\u00a0234,56 zł', 'PLN', 123456],
    ['1.234,56', 'EUR', 123456],
    ['1,234.56', 'EUR', 123456],
    ['1234.5', 'EUR', 123450],
    ['1234', 'PLN', 123400],
    ['1,234', 'PLN', 123400],
    ['1.234.567', 'PLN', 123456700],
    ['0,123', 'KWD', 123],
    ['-12,00', 'PLN', -1200],
    ['(12.00)', 'USD', -1200],
    ['EUR 99.90', 'EUR', 9990],
    ['1500', 'JPY', 1500],
    ['12,50', 'PLN', 1250],
    [',50', 'PLN', 50],
    ['100.00000', 'PLN', 10000],
    ['12.345', 'PLN', 1234500],
  ])('reads %s %s as %i minor units', (text, currency, expected) => {
    expect(parseAmount(text, currency)).toEqual({ ok: true, amountMinor: expected });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'not_a_number'],
    ['12,345,67x', 'not_a_number'],
    ['1.234,567', 'too_many_decimals'],
    ['99999999999999999999', 'too_large'],
  ])('rejects %j as %s', (text, error) => {
    expect(parseAmount(text, 'PLN')).toEqual({ ok: false, error });
  });

  it('never goes through floating point', () => {
    // 0.1 + 0.2 style errors would show here: 1.15 * 100 = 114.99999999999999
    expect(parseAmount('1,15', 'PLN')).toEqual({ ok: true, amountMinor: 115 });
    expect(parseAmount('4.35', 'EUR')).toEqual({ ok: true, amountMinor: 435 });
  });
});

describe('currencies', () => {
  it('knows minor digits', () => {
    expect(minorDigits('PLN')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });
  it('validates codes', () => {
    expect(isCurrencyCode('PLN')).toBe(true);
    expect(isCurrencyCode('pln')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });
  it('formats for people and for files', () => {
    // Polish groups thousands only from five digits up.
    expect(formatMoney(123456, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('1234,56 zł');
    expect(formatMoney(1234567, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 345,67 zł');
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(minorToDecimalString(5, 'PLN')).toBe('0.05');
    expect(minorToDecimalString(-123456, 'EUR')).toBe('-1234.56');
    expect(minorToDecimalString(1500, 'JPY')).toBe('1500');
  });
});

describe('sums and allocation', () => {
  it('totals per currency without mixing them', () => {
    const totals = totalsByCurrency([
      { amountMinor: 100, currency: 'PLN' },
      { amountMinor: 50, currency: 'EUR' },
      { amountMinor: 25, currency: 'PLN' },
    ]);
    expect(Object.fromEntries(totals)).toEqual({ PLN: 125, EUR: 50 });
  });
  it('allocates a payment over debts in order and reports the rest', () => {
    expect(allocateInOrder(250, [100, 100, 100])).toEqual({ allocatedMinor: [100, 100, 50], leftoverMinor: 0 });
    expect(allocateInOrder(350, [100, 200])).toEqual({ allocatedMinor: [100, 200], leftoverMinor: 50 });
  });
});
