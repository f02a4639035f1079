import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import en from './en.json';
import { formatAmount, formatDate } from './format';
import { pickLanguage } from './languages';
import pl from './pl.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

describe('Polish plurals', () => {
  const i18n = createI18n('pl');

  it.each([
    [1, '1 faktura'],
    [2, '2 faktury'],
    [5, '5 faktur'],
    [12, '12 faktur'],
    [22, '22 faktury'],
    [25, '25 faktur'],
  ])('counts %i invoices as "%s"', (count, expected) => {
    expect(i18n.t('common.invoiceCount', { count })).toBe(expected);
  });

  it('declines days and errors too', () => {
    expect(i18n.t('common.daysOverdue', { count: 1 })).toBe('1 dzień po terminie');
    expect(i18n.t('common.daysOverdue', { count: 3 })).toBe('3 dni po terminie');
    expect(i18n.t('import.errorsFound', { count: 22 })).toMatch(/^Znaleziono 22 błędy\./);
    expect(i18n.t('import.errorsFound', { count: 5 })).toMatch(/^Znaleziono 5 błędów\./);
  });

  it('groups thousands the Polish way (not below 10 000)', () => {
    expect(i18n.t('common.invoiceCount', { count: 12345 }).replace(/\s/g, ' ')).toBe('12 345 faktur');
    expect(i18n.t('common.invoiceCount', { count: 1234 })).toBe('1234 faktury');
  });
});

describe('English plurals', () => {
  const i18n = createI18n('en');

  it('says 1 invoice and 2 invoices', () => {
    expect(i18n.t('common.invoiceCount', { count: 1 })).toBe('1 invoice');
    expect(i18n.t('common.invoiceCount', { count: 2 })).toBe('2 invoices');
  });

  it('switches language at run time', async () => {
    const both = createI18n('en');
    await both.changeLanguage('pl');
    expect(both.t('common.invoiceCount', { count: 5 })).toBe('5 faktur');
  });
});

describe('messages', () => {
  const flatPl = flatten(pl as Messages);
  const flatEn = flatten(en as Messages);

  it('have the same keys in both languages', () => {
    expect([...flatPl.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it('are all valid ICU messages', () => {
    const broken: string[] = [];
    for (const [language, flat] of [['pl', flatPl], ['en', flatEn]] as const) {
      for (const [key, message] of flat) {
        try {
          new IntlMessageFormat(message, language);
        } catch {
          broken.push(`${language}:${key}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    const mismatched = [...flatPl.keys()].filter(
      (key) => placeholders(flatPl.get(key)!).join() !== placeholders(flatEn.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('pickLanguage', () => {
  it('keeps a remembered choice', () => {
    expect(pickLanguage('en', ['pl-PL'])).toBe('en');
  });

  it('falls back to the first browser language it speaks, then English', () => {
    expect(pickLanguage(null, ['de-DE', 'pl-PL', 'en-US'])).toBe('pl');
    expect(pickLanguage('xx', ['de-DE'])).toBe('en');
  });
});

describe('formatting', () => {
  it('writes Polish dates as 31.03.2026 and never shifts the day', () => {
    expect(formatDate('2026-03-31', 'pl')).toBe('31.03.2026');
    expect(formatDate('2026-01-01', 'en')).toBe('01/01/2026');
  });

  it('formats money in the language’s conventions', () => {
    expect(formatAmount(1234567, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 345,67 zł');
    expect(formatAmount(123456, 'EUR', 'en')).toBe('€1,234.56');
  });
});
