// What a matched line became: a payment of a customer allocated to invoices. An
// allocation made by mistake, by the importer or by a person, is undone here; the
// money then stays on the payment as the customer's credit until it is allocated to
// the right invoice, one invoice at a time.
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementLine } from '../../../src/http/contract';
import { ErrorAlert } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { matchedBy } from './line-reading';
import { MatchForm } from './match-form';
import { useAllocatePayment, useUndoAllocation } from './payment-review-api';

type MatchedPaymentProps = { org: string; line: StatementLine; mayMatch: boolean; onDone: (message: string) => void };

export function MatchedPayment({ org, line, mayMatch, onDone }: MatchedPaymentProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (minor: number) => format.money(minor, line.currency);
  const payment = line.payment;
  const [allocating, setAllocating] = useState(false);
  const undo = useUndoAllocation(org, (allocationId) => {
    const undone = payment?.allocations.find((a) => a.id === allocationId);
    if (undone) onDone(t('paymentReview.undoneMessage', { amount: money(undone.amountMinor), invoice: undone.invoiceNumber }));
  });
  const allocate = useAllocatePayment(org, (allocation) => {
    onDone(t('paymentReview.allocatedMessage', { amount: money(allocation.amountMinor) }));
    setAllocating(false);
  });

  if (!payment) {
    return (
      <Text fz="sm" c="dimmed">
        {t('paymentReview.paymentGone')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light" color={matchedBy(line) === 'importer' ? 'teal' : 'indigo'}>
          {matchedBy(line) === 'importer' ? t('paymentReview.matchedAutomatically') : t('paymentReview.matchedByHand')}
        </Badge>
        {payment.customerId && payment.customerName && (
          <Anchor component={Link} to={`/o/${org}/customers/${encodeURIComponent(payment.customerId)}`} fz="sm">
            {payment.customerName}
          </Anchor>
        )}
      </Group>
      {undo.isError && <ErrorAlert error={undo.error} />}
      {payment.allocations.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} fz="sm" aria-label={t('paymentReview.allocationsOf', { amount: money(line.amountMinor) })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoice.number')}</Table.Th>
                <Table.Th ta="right">{t('paymentReview.allocated')}</Table.Th>
                {mayMatch && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {payment.allocations.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/o/${org}/invoices/${encodeURIComponent(a.invoiceId)}`} fz="sm">
                      {a.invoiceNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(a.amountMinor)}
                  </Table.Td>
                  {mayMatch && (
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        loading={undo.isPending && undo.variables === a.id}
                        disabled={undo.isPending && undo.variables !== a.id}
                        onClick={() => undo.mutate(a.id)}
                        aria-label={t('paymentReview.undoLabel', { invoice: a.invoiceNumber })}
                      >
                        {t('paymentReview.undo')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {payment.unallocatedMinor > 0 && <Text fz="sm">{t('paymentReview.unallocated', { amount: money(payment.unallocatedMinor) })}</Text>}
      {mayMatch &&
        payment.unallocatedMinor > 0 &&
        (allocating ? (
          <MatchForm
            org={org}
            available={{ amountMinor: payment.unallocatedMinor, currency: line.currency }}
            customer={payment.customerId && payment.customerName ? { id: payment.customerId, name: payment.customerName } : null}
            single
            label={t('paymentReview.allocateFormLabel', { amount: money(payment.unallocatedMinor) })}
            submitLabel={t('paymentReview.allocate')}
            submission={{
              submit: ([allocation]) => {
                if (allocation) allocate.mutate({ paymentId: payment.id, ...allocation });
              },
              pending: allocate.isPending,
              error: allocate.error,
              reset: allocate.reset,
            }}
            onCancel={() => {
              setAllocating(false);
              allocate.reset();
            }}
          />
        ) : (
          <div>
            <Button variant="default" onClick={() => setAllocating(true)}>
              {t('paymentReview.allocateRest')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}
