import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, languageStorageKey } from '../i18n/languages';

/**
 * Switches to the language of the user's profile when this browser has no choice of
 * its own remembered yet; a choice made with the switch always wins.
 */
export function useAdoptUserLanguage(): (profileLanguage: string) => void {
  const { i18n } = useTranslation();
  return useCallback(
    (profileLanguage: string) => {
      let remembered: string | null = null;
      try {
        remembered = localStorage.getItem(languageStorageKey);
      } catch {
        remembered = null;
      }
      if (remembered || !isUiLanguage(profileLanguage) || i18n.language === profileLanguage) return;
      document.documentElement.lang = profileLanguage;
      void i18n.changeLanguage(profileLanguage);
    },
    [i18n],
  );
}
