import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, languageStorageKey, type UiLanguage } from './languages';

/** The current UI language and a setter that also remembers the choice in this browser. */
export function useLanguage(): [UiLanguage, (language: UiLanguage) => void] {
  const { i18n } = useTranslation();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const setLanguage = useCallback(
    (next: UiLanguage) => {
      try {
        localStorage.setItem(languageStorageKey, next);
      } catch {
        // Private windows may refuse storage; the switch still works for this visit.
      }
      document.documentElement.lang = next;
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return [language, setLanguage];
}
