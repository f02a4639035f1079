import { useState } from 'react';
import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePayments } from '../api/invoices';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';

const paymentsPageSize = 10;

/** Money received from the customer, and how much of each payment is not yet allocated. */
export function PaymentsCard({ org, customerId }: { org: string; customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const payments = usePayments(org, { customerId, page, pageSize: paymentsPageSize });
  return (
    <Card withBorder component="section" aria-labelledby="payments-title">
      <Title order={3} fz="h4" id="payments-title" mb="sm">
        {t('customer.payments')}
      </Title>
      {payments.isPending ? (
        <PageLoader />
      ) : payments.isError ? (
        <ErrorAlert error={payments.error} onRetry={() => void payments.refetch()} />
      ) : payments.data.items.length === 0 ? (
        <NoData title={t('customer.noPayments')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('payment.date')}</Table.Th>
                  <Table.Th ta="right">{t('payment.amount')}</Table.Th>
                  <Table.Th ta="right">{t('payment.unallocated')}</Table.Th>
                  <Table.Th>{t('payment.title')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {payments.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{format.date(p.paymentDate)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {format.money(p.amountMinor, p.currency)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {p.unallocatedMinor > 0 ? format.money(p.unallocatedMinor, p.currency) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text fz="sm" lineClamp={2}>
                        {p.transferTitle ?? p.payerName ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageNav page={page} pageSize={paymentsPageSize} total={payments.data.total} onPage={setPage} />
        </>
      )}
    </Card>
  );
}
