import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';

type PageNavProps = { page: number; pageSize: number; total: number; onPage: (page: number) => void };

/** "1–50 of 230" and page buttons that say which page they open. */
export function PageNav({ page, pageSize, total, onPage }: PageNavProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm">
      <Text fz="sm" c="dimmed" aria-live="polite">
        {t('common.range', { from: format.count(from), to: format.count(to), total: format.count(total) })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          size="sm"
          aria-label={t('common.pagination')}
          getItemProps={(p) => ({ 'aria-label': t('common.goToPage', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`common.${control}Page`) })}
        />
      )}
    </Group>
  );
}
