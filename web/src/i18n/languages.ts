// The languages the workspace speaks, and which one a visitor gets first: the one
// they chose before (remembered in the browser), else the browser's, else English.

export const uiLanguages = ['pl', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The storage key under which the chosen language is remembered. */
export const languageStorageKey = 'duly.language';

const localeTags: Record<UiLanguage, string> = { pl: 'pl-PL', en: 'en-GB' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** The BCP 47 tag Intl formats with for a UI language: dates 31.03.2026 in Polish. */
export function localeOf(language: UiLanguage): string {
  return localeTags[language];
}

/** The language to start in: the remembered choice, else the first browser language we speak. */
export function pickLanguage(remembered: string | null, browserLanguages: readonly string[]): UiLanguage {
  if (isUiLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
