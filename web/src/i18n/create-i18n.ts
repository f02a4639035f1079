import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import en from './en.json';
import pl from './pl.json';
import type { UiLanguage } from './languages';

export const resources = { pl: { translation: pl }, en: { translation: en } } as const;

/** A ready i18next instance with ICU messages (Polish plural forms, selects) in both languages. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  instance.use(new ICU());
  // Resources are bundled, so init finishes synchronously and the first render is translated.
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['pl', 'en'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
