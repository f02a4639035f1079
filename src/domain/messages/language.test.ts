import { describe, expect, it } from 'vitest';
import { formatMessageDate, formatMessageMoney, pluralForm } from './formatting';
import { asMessageLanguage, pickMessageLanguage } from './language';

describe('message language', () => {
  it("takes the customer's language when Duly writes it", () => {
    expect(pickMessageLanguage('de', 'pl')).toBe('de');
    expect(pickMessageLanguage('RU', 'pl')).toBe('ru');
    expect(pickMessageLanguage('en-GB', 'pl')).toBe('en');
  });

  it("falls back to the organization's language, then English", () => {
    expect(pickMessageLanguage('fr', 'pl')).toBe('pl');
    expect(pickMessageLanguage(null, 'de')).toBe('de');
    expect(pickMessageLanguage('cs', 'sk')).toBe('en');
    expect(pickMessageLanguage(undefined, null)).toBe('en');
    expect(asMessageLanguage('  ')).toBeNull();
  });
});

describe('message formatting', () => {
  it('writes dates as each language expects, whatever the time zone', () => {
    expect(formatMessageDate('2026-04-05', 'pl')).toBe('05.04.2026');
    expect(formatMessageDate('2026-04-05', 'de')).toBe('05.04.2026');
    expect(formatMessageDate('2026-04-05', 'ru')).toBe('05.04.2026');
    expect(formatMessageDate('2026-04-05', 'en')).toBe('5 Apr 2026');
    expect(formatMessageDate('2026-04-05', 'pl', 'long')).toBe('5 kwietnia 2026');
  });

  it('writes amounts with their currency in the language', () => {
    // Polish groups thousands only from five digits on.
    expect(formatMessageMoney(123_450, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('1234,50 zł');
    expect(formatMessageMoney(1_234_500, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 345,00 zł');
    expect(formatMessageMoney(123_450, 'EUR', 'de').replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(formatMessageMoney(123_450, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatMessageMoney(500, 'JPY', 'en')).toBe('JP¥500');
  });

  it('picks the word form for a count', () => {
    const faktura = ['faktura', 'faktury', 'faktur'];
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => pluralForm('pl', n, faktura))).toEqual(['faktura', 'faktury', 'faktury', 'faktur', 'faktur', 'faktury', 'faktur']);
    const den = ['день', 'дня', 'дней'];
    expect([1, 3, 5, 11, 21, 22].map((n) => pluralForm('ru', n, den))).toEqual(['день', 'дня', 'дней', 'дней', 'день', 'дня']);
    expect([1, 2].map((n) => pluralForm('de', n, ['Tag', 'Tagen']))).toEqual(['Tag', 'Tagen']);
    expect(pluralForm('en', 0, ['day', 'days'])).toBe('days');
    // Missing forms fall back to the one before.
    expect(pluralForm('pl', 5, ['dzień', 'dni'])).toBe('dni');
  });
});
