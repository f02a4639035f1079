import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { formatAmount } from '../i18n/format';
import { routingReasonText } from './routing-reason';

const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('routing reasons in words', () => {
  const pl = createI18n('pl');
  const money = (amountMinor: number, currency: string) => formatAmount(amountMinor, currency, 'pl');

  it('translates the segment and declines months and days', () => {
    expect(routingReasonText(pl.t, { key: 'segment', facts: { segment: 'key_account' } }, money, 'PLN')).toBe('Segment: Klient kluczowy');
    expect(routingReasonText(pl.t, { key: 'segment', facts: { segment: 'hurt' } }, money, 'PLN')).toBe('Segment: hurt');
    expect(routingReasonText(pl.t, { key: 'tenure', facts: { tenureMonths: 3, maxTenureMonths: 5 } }, money, 'PLN')).toBe('Klient od 3 miesięcy');
    expect(routingReasonText(pl.t, { key: 'daysOverdue', facts: { maxDaysOverdue: 22, minDaysOverdue: 10 } }, money, 'PLN')).toBe('22 dni po terminie');
    expect(routingReasonText(pl.t, { key: 'brokenPromises', facts: { brokenPromises: 2, minBrokenPromises: 1 } }, money, 'PLN')).toBe('2 złamane obietnice');
  });

  it('says whether the rule asked for a regular contract or for none', () => {
    expect(routingReasonText(pl.t, { key: 'regularContract', facts: { regularContract: true } }, money, 'PLN')).toBe('Stała umowa');
    expect(routingReasonText(pl.t, { key: 'regularContract', facts: { regularContract: false } }, money, 'PLN')).toBe('Bez stałej umowy');
  });

  it('writes amounts in the base currency', () => {
    const text = routingReasonText(pl.t, { key: 'openAmount', facts: { openMinor: 12_000, openBelowMinor: 50_000 } }, money, 'PLN');
    expect(plain(text)).toBe('Do zapłaty 120,00 zł, poniżej progu 500,00 zł');
    const en = createI18n('en');
    expect(routingReasonText(en.t, { key: 'fallback', facts: { procedureKey: 'standard' } }, money, 'PLN')).toBe('No rule matches – the default procedure');
  });
});
