import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import type { CurrencyAging } from './aging-chart-option';

/** Open and overdue totals, one card per currency. */
export function CurrencyCards({ currencies }: { currencies: CurrencyAging[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(3, Math.max(currencies.length, 2)) }}>
      {currencies.map((c) => (
        <Card key={c.currency} withBorder padding="md" component="section" aria-label={c.currency}>
          <Group justify="space-between" mb="xs">
            <Text fw={700}>{c.currency}</Text>
            <Text fz="sm" c="dimmed">
              {t('overview.overdueShare', { percent: c.openMinor > 0 ? Math.round((c.overdueMinor / c.openMinor) * 100) : 0 })}
            </Text>
          </Group>
          <Group grow align="flex-start">
            <Stack gap={2}>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('overview.open')}
              </Text>
              <Text fz="xl" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {format.money(c.openMinor, c.currency)}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('common.invoiceCount', { count: c.openInvoices })}
              </Text>
            </Stack>
            <Stack gap={2}>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('overview.overdue')}
              </Text>
              <Text fz="xl" fw={700} c={c.overdueMinor > 0 ? 'red.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {format.money(c.overdueMinor, c.currency)}
              </Text>
              <Text fz="sm" c="dimmed">
                {t('common.invoiceCount', { count: c.overdueInvoices })}
              </Text>
            </Stack>
          </Group>
        </Card>
      ))}
    </SimpleGrid>
  );
}
