import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agingBuckets } from '../../../src/domain/aging';
import { useFormat } from '../i18n/use-format';
import { bucketColors, type CurrencyAging } from './aging-chart-option';

/** The chart's figures as a table: amount and number of invoices per bucket and currency. */
export function AgingTable({ currencies }: { currencies: CurrencyAging[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('overview.agingTableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.currency')}</Table.Th>
            {agingBuckets.map((bucket) => (
              <Table.Th key={bucket} ta="right">
                <span aria-hidden="true" style={{ color: bucketColors[bucket] }}>
                  ●{' '}
                </span>
                {t(`buckets.${bucket}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('overview.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {currencies.map((c) => (
            <Table.Tr key={c.currency}>
              <Table.Th scope="row">{c.currency}</Table.Th>
              {agingBuckets.map((bucket) => (
                <Table.Td key={bucket} ta="right">
                  <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {format.money(c.buckets[bucket], c.currency)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t('common.invoiceCount', { count: c.bucketCounts[bucket] })}
                  </Text>
                </Table.Td>
              ))}
              <Table.Td ta="right">
                <Text fz="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {format.money(c.openMinor, c.currency)}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t('common.invoiceCount', { count: c.openInvoices })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
