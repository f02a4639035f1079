import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';

/** PL | EN switch; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('shell.language')}
      value={language}
      onChange={(value) => {
        if (isUiLanguage(value)) setLanguage(value);
      }}
      data={[
        { value: 'pl', label: <span lang="pl" title="Polski">PL</span> },
        { value: 'en', label: <span lang="en" title="English">EN</span> },
      ]}
    />
  );
}
