import { describe, expect, it } from 'vitest';
import { defaultRoutingRules, fallbackProcedureKey } from '../../../src/domain/routing';
import { createI18n } from '../i18n/create-i18n';
import type { UiLanguage } from '../i18n/languages';
import { fallbackSummary, ruleSummary, type SummaryWords } from './routing-summary';

const names: Record<string, Record<UiLanguage, string>> = {
  'key-account': { pl: 'Klient kluczowy', en: 'Key account' },
  standard: { pl: 'Standardowa', en: 'Standard' },
};

function words(language: UiLanguage, currency = 'PLN'): SummaryWords {
  return { t: createI18n(language).t, language, currency, procedureName: (key) => names[key]?.[language] ?? key };
}

// Intl writes a narrow no-break space inside amounts; people read a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('routing rule summaries', () => {
  it('says a tag and days overdue in both languages', () => {
    const rule = { procedureKey: 'key-account', criteria: { tagsAny: ['vip'], minDaysOverdue: 30 } };
    expect(ruleSummary(rule, words('en'))).toBe('Customers tagged “vip” and at least 30 days overdue → Key account');
    expect(ruleSummary(rule, words('pl'))).toBe('Klienci z tagiem „vip” i co najmniej 30 dni po terminie → Klient kluczowy');
  });

  it('lists several tags and segments as alternatives, segments by their names', () => {
    const rule = { procedureKey: 'key-account', criteria: { tagsAny: ['vip', 'key'], segments: ['key_account', 'hurt'] } };
    expect(ruleSummary(rule, words('en'))).toBe('Customers tagged “vip” or “key” and in the segment Key account or hurt → Key account');
    expect(ruleSummary(rule, words('pl'))).toBe('Klienci z tagiem „vip” lub „key” i z segmentu Klient kluczowy lub hurt → Klient kluczowy');
  });

  it('declines months, days and promises in Polish', () => {
    const rule = { procedureKey: 'standard', criteria: { minTenureMonths: 1, maxTenureMonths: 5, minDaysOverdue: 22, minBrokenPromises: 2 } };
    expect(ruleSummary(rule, words('pl'))).toBe(
      'Klienci współpracujący od co najmniej 1 miesiąca, współpracujący najwyżej 5 miesięcy, co najmniej 22 dni po terminie i którzy złamali co najmniej 2 obietnice w ciągu 12 miesięcy → Standardowa',
    );
    expect(ruleSummary({ procedureKey: 'standard', criteria: { maxTenureMonths: 1, minBrokenPromises: 1 } }, words('en'))).toBe(
      'Customers with us for at most 1 month and who broke at least 1 promise in 12 months → Standard',
    );
  });

  it('writes amounts in the base currency and the contract either way', () => {
    const rule = { procedureKey: 'key-account', criteria: { minRevenue12mMinor: 10_000_000, minOverdueMinor: 50_000, regularContract: true } };
    expect(plain(ruleSummary(rule, words('pl')))).toBe(
      'Klienci z co najmniej 100 000,00 zł sprzedaży w ostatnich 12 miesiącach, ze stałą umową i z zaległością co najmniej 500,00 zł → Klient kluczowy',
    );
    expect(ruleSummary({ procedureKey: 'key-account', criteria: { regularContract: false, openBelowMinor: 12_000 } }, words('en', 'EUR'))).toBe(
      'Customers without a regular contract and with less than €120.00 open in all → Key account',
    );
  });

  it('says the shipped rules plainly', () => {
    const said = defaultRoutingRules('PLN').map((rule) => plain(ruleSummary(rule, words('en'))));
    expect(said).toEqual([
      'Customers in the segment Key account → Key account',
      'Customers tagged “key” → Key account',
      'Customers with less than PLN 500.00 open in all → small-amounts',
      'Customers with us for at most 5 months → new-customer',
    ]);
  });

  it('covers everyone without criteria, an unchosen procedure, a manual choice, and the fallback', () => {
    expect(ruleSummary({ procedureKey: 'standard', criteria: {} }, words('pl'))).toBe('Każdy klient → Standardowa');
    expect(ruleSummary({ procedureKey: '', criteria: {} }, words('en'))).toBe('Every customer → (no procedure chosen)');
    expect(ruleSummary({ procedureKey: 'standard', criteria: { manualProcedureKey: 'key-account' } }, words('en'))).toBe(
      'Customers with the procedure Key account chosen by hand → Standard',
    );
    expect(fallbackSummary(fallbackProcedureKey, words('pl'))).toBe('Klienci, których nie obejmuje żadna reguła → Standardowa');
    expect(fallbackSummary(fallbackProcedureKey, words('en'))).toBe('Customers no rule catches → Standard');
  });
});
