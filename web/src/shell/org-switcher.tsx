import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentSession } from './session-gate';

/** Chooses among the user's organizations; switching opens the other one's overview. */
export function OrgSwitcher({ current }: { current: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const data = session.organizations.map((o) => ({ value: o.slug, label: o.legalName }));
  return (
    <Select
      aria-label={t('shell.organization')}
      data={data}
      value={current}
      allowDeselect={false}
      searchable={data.length > 8}
      w={{ base: 160, sm: 260 }}
      size="sm"
      onChange={(slug) => {
        if (slug && slug !== current) navigate(`/o/${slug}`);
      }}
    />
  );
}
