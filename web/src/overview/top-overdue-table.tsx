import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Overview } from '../api/types';
import { DaysOverdueBadge } from '../components/status-badges';
import { NoData } from '../components/query-state';
import { useFormat } from '../i18n/use-format';

export function TopOverdueTable({ org, customers }: { org: string; customers: Overview['topOverdueCustomers'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  if (customers.length === 0) return <NoData title={t('overview.noOverdue')} description={t('overview.noOverdueHint')} />;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.customer')}</Table.Th>
            <Table.Th ta="right">{t('overview.overdue')}</Table.Th>
            <Table.Th ta="right">{t('overview.oldest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {customers.map((c) => {
            const to = `/o/${org}/customers/${c.customerId}`;
            return (
              <Table.Tr key={`${c.customerId}-${c.currency}`} style={{ cursor: 'pointer' }} onClick={() => navigate(to)}>
                <Table.Td>
                  <Anchor component={Link} to={to} onClick={(e) => e.stopPropagation()}>
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" c="red.8" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(c.overdueMinor, c.currency)}
                </Table.Td>
                <Table.Td ta="right">
                  <DaysOverdueBadge days={c.maxDaysOverdue} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
