import type { ReactNode } from 'react';
import { Anchor, Badge, Breadcrumbs, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useInvoice } from '../api/invoices';
import type { InvoiceDetail } from '../api/types';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { DaysOverdueBadge, InvoiceStatusBadge } from '../components/status-badges';
import { useFormat } from '../i18n/use-format';

function Figure({ label, children, color }: { label: string; children: ReactNode; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="lg" fw={700} c={color} style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Text>
    </Card>
  );
}

export function InvoicePage() {
  const { t } = useTranslation();
  const { org = '', invoiceId = '' } = useParams();
  const format = useFormat();
  const invoice = useInvoice(org, invoiceId);

  if (invoice.isPending) return <PageLoader />;
  if (invoice.isError) return <ErrorAlert error={invoice.error} onRetry={() => void invoice.refetch()} />;
  const inv = invoice.data;
  const unsettled = inv.status === 'open' || inv.status === 'partially_paid';
  const customerPath = `/o/${org}/customers/${inv.customerId}`;

  return (
    <Stack gap="md">
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to={`/o/${org}/customers`}>
          {t('customers.title')}
        </Anchor>
        <Anchor component={Link} to={customerPath}>
          {inv.customerName}
        </Anchor>
        <Text aria-current="page">{inv.number}</Text>
      </Breadcrumbs>
      <Group gap="sm" align="center">
        <Title order={2}>{t('invoice.title', { number: inv.number })}</Title>
        <InvoiceStatusBadge status={inv.status} />
        {unsettled && <DaysOverdueBadge days={inv.daysOverdue} />}
      </Group>
      <Text>
        {t('invoice.customer')}:{' '}
        <Anchor component={Link} to={customerPath}>
          {inv.customerName}
        </Anchor>
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('invoice.grossTotal')}>{format.money(inv.grossTotalMinor, inv.currency)}</Figure>
        <Figure label={t('invoice.openAmount')} color={unsettled && inv.daysOverdue > 0 ? 'red.8' : undefined}>
          {format.money(inv.openAmountMinor, inv.currency)}
        </Figure>
        <Figure label={t('invoice.issueDate')}>{format.date(inv.issueDate)}</Figure>
        <Figure label={t('invoice.dueDate')}>{format.date(inv.dueDate)}</Figure>
      </SimpleGrid>
      <Text fz="sm" c="dimmed">
        {t('invoice.source', { source: t(`sources.${inv.source}`, { defaultValue: inv.source }) })}
        {inv.externalId ? ` · ${t('invoice.externalId', { id: inv.externalId })}` : ''}
      </Text>
      <AllocationsCard invoice={inv} />
      {inv.creditNotes.length > 0 && <CreditNotesCard invoice={inv} />}
    </Stack>
  );
}

/** Payments and credit notes that settled this invoice, in the order they were applied. */
function AllocationsCard({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const settledMinor = invoice.allocations.reduce((sum, a) => sum + a.amountMinor, 0);
  return (
    <Card withBorder component="section" aria-labelledby="allocations-title">
      <Title order={3} fz="h4" id="allocations-title" mb="sm">
        {t('invoice.allocations')}
      </Title>
      {invoice.allocations.length === 0 ? (
        <NoData title={t('invoice.noAllocations')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoice.allocationDate')}</Table.Th>
                <Table.Th>{t('invoice.allocationKind')}</Table.Th>
                <Table.Th>{t('invoice.reference')}</Table.Th>
                <Table.Th ta="right">{t('invoice.allocated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.allocations.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{format.date(a.date)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={a.kind === 'payment' ? 'green' : 'gray'}>
                      {t(`allocationKinds.${a.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{a.reference ?? '—'}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.money(a.amountMinor, a.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={3}>{t('invoice.allocatedTotal')}</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(settledMinor, invoice.currency)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function CreditNotesCard({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder component="section" aria-labelledby="credit-notes-title">
      <Title order={3} fz="h4" id="credit-notes-title" mb="sm">
        {t('invoice.creditNotes')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('invoice.number')}</Table.Th>
              <Table.Th>{t('invoice.issueDate')}</Table.Th>
              <Table.Th ta="right">{t('invoice.creditTotal')}</Table.Th>
              <Table.Th>{t('invoice.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.creditNotes.map((n) => (
              <Table.Tr key={n.id}>
                <Table.Td>{n.number}</Table.Td>
                <Table.Td>{format.date(n.issueDate)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(n.totalMinor, n.currency)}
                </Table.Td>
                <Table.Td>{n.reason ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
