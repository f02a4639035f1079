// Choices offered by the first-run form, named in the UI language by Intl itself.
import { localeOf, type UiLanguage } from '../i18n/languages';

const countryCodes = [
  'PL', 'DE', 'CZ', 'SK', 'LT', 'LV', 'EE', 'UA', 'AT', 'CH', 'NL', 'BE', 'LU', 'FR', 'IT', 'ES', 'PT',
  'IE', 'GB', 'DK', 'SE', 'NO', 'FI', 'HU', 'RO', 'BG', 'HR', 'SI', 'GR', 'CY', 'MT', 'US', 'CA',
];
const preferredCurrencies = ['PLN', 'EUR', 'USD', 'GBP', 'CHF', 'CZK', 'SEK', 'NOK', 'DKK', 'HUF', 'RON', 'UAH'];

export type Option = { value: string; label: string };

function sortedByLabel(options: Option[], language: UiLanguage): Option[] {
  const collator = new Intl.Collator(localeOf(language));
  return [...options].sort((a, b) => collator.compare(a.label, b.label));
}

/** Countries the product serves first, named in the UI language. */
export function countryOptions(language: UiLanguage): Option[] {
  const names = new Intl.DisplayNames([localeOf(language)], { type: 'region' });
  return sortedByLabel(
    countryCodes.map((code) => ({ value: code, label: names.of(code) ?? code })),
    language,
  );
}

/** Every currency the runtime knows, the common ones first: "PLN — złoty polski". */
export function currencyOptions(language: UiLanguage): Option[] {
  const names = new Intl.DisplayNames([localeOf(language)], { type: 'currency' });
  const all = Intl.supportedValuesOf('currency');
  const label = (code: string) => `${code} — ${names.of(code) ?? code}`;
  const rest = all.filter((code) => !preferredCurrencies.includes(code));
  return [...preferredCurrencies.filter((c) => all.includes(c)), ...rest].map((code) => ({ value: code, label: label(code) }));
}

export function timeZoneOptions(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** The languages Duly writes to customers in, named in themselves. */
export const customerLanguageOptions: Option[] = [
  { value: 'pl', label: 'Polski' },
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
  { value: 'ru', label: 'Русский' },
];

/** A slug proposed from a company name: "Zakłady Łódź S.A." → "zaklady-lodz-s-a". */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 41)
    .replace(/-+$/, '');
}
