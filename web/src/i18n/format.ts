// Locale-aware display of the API's values. Calendar dates arrive as YYYY-MM-DD and
// are formatted in UTC so no time zone can move them to the previous day.
import { formatMoney } from '../../../src/domain/money';
import { localeOf, type UiLanguage } from './languages';

/** 2026-03-31 → "31.03.2026" (pl) or "31/03/2026" (en). */
export function formatDate(isoDate: string, language: UiLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const instant = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(localeOf(language), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

/** An instant (ISO timestamp) as a local date and time. */
export function formatDateTime(instant: string, language: UiLanguage): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** Minor units in the UI language's conventions: 123456 PLN → "1 234,56 zł" (pl). */
export function formatAmount(amountMinor: number, currency: string, language: UiLanguage): string {
  return formatMoney(amountMinor, currency, localeOf(language));
}

export function formatCount(value: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}
