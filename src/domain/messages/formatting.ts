// Dates, amounts and counted words as a reader of each language expects them. Dates
// are calendar dates, so they are formatted in UTC: no time zone can shift the day.
import { epochDay, type IsoDate } from '../dates';
import { minorDigits } from '../money';
import type { MessageLanguage } from './message-types';

const locales: Record<MessageLanguage, string> = { pl: 'pl-PL', en: 'en-GB', ru: 'ru-RU', de: 'de-DE' };

/** The Intl locale a message language formats with. */
export function localeOf(language: MessageLanguage): string {
  return locales[language];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

// English readers disagree on the order of day and month, so English spells the month
// out ("5 Apr 2026"); the others write the numeric date their readers expect (05.04.2026).
function dateFormat(language: MessageLanguage, style: 'short' | 'long'): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { timeZone: 'UTC', dateStyle: 'long' }
        : language === 'en'
          ? { timeZone: 'UTC', dateStyle: 'medium' }
          : { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' };
    format = new Intl.DateTimeFormat(locales[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A calendar date for a message: "05.04.2026" (pl, de, ru), "5 Apr 2026" (en); long: "5 kwietnia 2026". */
export function formatMessageDate(date: IsoDate, language: MessageLanguage, style: 'short' | 'long' = 'short'): string {
  return dateFormat(language, style).format(new Date(epochDay(date) * 86_400_000));
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount with its currency as the language writes it: "1230,50 zł", "PLN 1,230.50", "1.230,50 €". */
export function formatMessageMoney(amountMinor: number, currency: string, language: MessageLanguage): string {
  // A message formats a dozen amounts and building a formatter costs more than using it.
  const key = `${language}:${currency}`;
  const digits = minorDigits(currency);
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  return format.format(amountMinor / 10 ** digits);
}

const pluralRules = new Map<MessageLanguage, Intl.PluralRules>();

/**
 * The word form for a count, given in CLDR order one, few, many, other; a missing form
 * falls back to the one before it. English and German need two forms ("day", "days"),
 * Polish and Russian three ("dzień", "dni", "dni"; "день", "дня", "дней").
 */
export function pluralForm(language: MessageLanguage, count: number, forms: readonly string[]): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(locales[language]);
    pluralRules.set(language, rules);
  }
  const order = ['one', 'few', 'many', 'other'];
  const category = rules.select(count);
  // Two forms mean singular and plural; three or more follow the CLDR categories.
  const index = forms.length <= 2 ? (category === 'one' ? 0 : 1) : order.indexOf(category);
  for (let i = Math.min(index, forms.length - 1); i >= 0; i--) {
    const form = forms[i];
    if (form !== undefined && form !== '') return form;
  }
  return '';
}
