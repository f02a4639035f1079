import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatCount, formatDate, formatDateTime } from './format';
import { isUiLanguage, type UiLanguage } from './languages';

export type Formatters = {
  language: UiLanguage;
  date: (isoDate: string) => string;
  dateTime: (instant: string) => string;
  money: (amountMinor: number, currency: string) => string;
  count: (value: number) => string;
};

/** Formatters bound to the current UI language; they change when the language does. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(
    () => ({
      language,
      date: (isoDate) => formatDate(isoDate, language),
      dateTime: (instant) => formatDateTime(instant, language),
      money: (amountMinor, currency) => formatAmount(amountMinor, currency, language),
      count: (value) => formatCount(value, language),
    }),
    [language],
  );
}
