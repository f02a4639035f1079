// Finding an open invoice to match a payment to: by number, among the invoices still
// owed in the payment's currency, optionally only the suggested customer's. The oldest
// due date comes first, as a payment most often settles the oldest debt.
import { useState } from 'react';
import { Button, Checkbox, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useInvoices } from '../api/invoices';
import type { Invoice } from '../api/types';
import { ErrorAlert } from '../components/query-state';
import { useFormat } from '../i18n/use-format';

const resultCount = 8;

type InvoiceSearchProps = {
  org: string;
  currency: string;
  /** The customer the matcher thought of, offered as a filter. */
  customer: { id: string; name: string } | null;
  /** Invoices already chosen, which cannot be chosen twice. */
  chosenIds: readonly string[];
  chooseLabel: string;
  onChoose: (invoice: Invoice) => void;
};

export function InvoiceSearch({ org, currency, customer, chosenIds, chooseLabel, onChoose }: InvoiceSearchProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [onlyCustomer, setOnlyCustomer] = useState(false);
  const found = useInvoices(org, {
    status: 'unsettled',
    currency,
    search: debounced || undefined,
    customerId: onlyCustomer && customer ? customer.id : undefined,
    sort: 'dueDate',
    order: 'asc',
    page: 1,
    pageSize: resultCount,
  });

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('paymentReview.searchInvoice')}
          placeholder={t('paymentReview.searchInvoiceHint')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          rightSection={found.isFetching ? <Loader size="xs" /> : undefined}
          w={{ base: '100%', sm: 320 }}
        />
        {customer && (
          <Checkbox
            label={t('paymentReview.onlyCustomer', { customer: customer.name })}
            checked={onlyCustomer}
            onChange={(e) => setOnlyCustomer(e.currentTarget.checked)}
            mb={8}
          />
        )}
      </Group>
      {found.isError ? (
        <ErrorAlert error={found.error} onRetry={() => void found.refetch()} />
      ) : found.data && found.data.items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('paymentReview.noOpenInvoices', { currency })}
        </Text>
      ) : found.data ? (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} fz="sm" aria-label={t('paymentReview.openInvoices')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoice.number')}</Table.Th>
                <Table.Th>{t('common.customer')}</Table.Th>
                <Table.Th>{t('invoice.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('invoice.openAmount')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {found.data.items.map((invoice) => (
                <Table.Tr key={invoice.id}>
                  <Table.Td>{invoice.number}</Table.Td>
                  <Table.Td>{invoice.customerName}</Table.Td>
                  <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.money(invoice.openAmountMinor, invoice.currency)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={chosenIds.includes(invoice.id)}
                      onClick={() => onChoose(invoice)}
                      aria-label={`${chooseLabel}: ${invoice.number}`}
                    >
                      {chooseLabel}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Loader size="sm" aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}
