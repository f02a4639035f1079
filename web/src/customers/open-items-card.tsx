import { useState } from 'react';
import { Anchor, Card, Group, Switch, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useInvoices } from '../api/invoices';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { DaysOverdueBadge, InvoiceStatusBadge } from '../components/status-badges';
import { useFormat } from '../i18n/use-format';

const itemsPageSize = 25;

/** The customer's invoices, open ones by default, oldest due date first. */
export function OpenItemsCard({ org, customerId }: { org: string; customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [showSettled, setShowSettled] = useState(false);
  const [page, setPage] = useState(1);
  const invoices = useInvoices(org, {
    customerId,
    status: showSettled ? undefined : 'unsettled',
    sort: 'dueDate',
    order: showSettled ? 'desc' : 'asc',
    page,
    pageSize: itemsPageSize,
  });

  return (
    <Card withBorder component="section" aria-labelledby="items-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h4" id="items-title">
          {showSettled ? t('customer.allInvoices') : t('customer.openItems')}
        </Title>
        <Switch
          label={t('customer.showSettled')}
          checked={showSettled}
          onChange={(e) => {
            setShowSettled(e.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {invoices.isPending ? (
        <PageLoader />
      ) : invoices.isError ? (
        <ErrorAlert error={invoices.error} onRetry={() => void invoices.refetch()} />
      ) : invoices.data.items.length === 0 ? (
        <NoData title={showSettled ? t('customer.noInvoices') : t('customer.noOpenItems')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invoice.number')}</Table.Th>
                  <Table.Th>{t('invoice.issueDate')}</Table.Th>
                  <Table.Th>{t('invoice.dueDate')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.grossTotal')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.openAmount')}</Table.Th>
                  <Table.Th>{t('invoice.status')}</Table.Th>
                  <Table.Th ta="right">{t('invoice.daysOverdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invoices.data.items.map((inv) => {
                  const to = `/o/${org}/invoices/${inv.id}`;
                  const settled = inv.status !== 'open' && inv.status !== 'partially_paid';
                  return (
                    <Table.Tr key={inv.id} style={{ cursor: 'pointer' }} onClick={() => navigate(to)}>
                      <Table.Td>
                        <Anchor component={Link} to={to} fw={500} onClick={(e) => e.stopPropagation()}>
                          {inv.number}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{format.date(inv.issueDate)}</Table.Td>
                      <Table.Td>{format.date(inv.dueDate)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {format.money(inv.grossTotalMinor, inv.currency)}
                      </Table.Td>
                      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {format.money(inv.openAmountMinor, inv.currency)}
                      </Table.Td>
                      <Table.Td>
                        <InvoiceStatusBadge status={inv.status} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {settled ? <Text c="dimmed" fz="sm">—</Text> : <DaysOverdueBadge days={inv.daysOverdue} />}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageNav page={page} pageSize={itemsPageSize} total={invoices.data.total} onPage={setPage} />
        </>
      )}
    </Card>
  );
}
