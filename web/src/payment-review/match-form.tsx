// Matching a payment by hand: choose one open invoice, or several to split it, each
// with its amount. What the invoices do not take stays as the customer's credit. The
// rules are checked here before sending (allocation-rows.ts); what the server still
// refuses is shown at the row and field it names.
import { useState, type FormEvent } from 'react';
import { Alert, Button, CloseButton, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../api/client';
import type { Invoice } from '../api/types';
import { useErrorMessage } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import {
  amountInputText,
  checkAllocations,
  proposedAmountMinor,
  serverErrorPlace,
  type AllocationRow,
  type LineToMatch,
  type RowProblems,
} from './allocation-rows';
import { InvoiceSearch } from './invoice-search';

export type MatchSubmission = {
  submit: (allocations: { invoiceId: string; amountMinor: number }[]) => void;
  pending: boolean;
  error: unknown;
  reset: () => void;
};

type MatchFormProps = {
  org: string;
  /** The money to allocate: the whole line, or what its payment has left. */
  available: LineToMatch;
  customer: { id: string; name: string } | null;
  /** One invoice only: a payment's rest is allocated one invoice at a time. */
  single?: boolean;
  label: string;
  submitLabel: string;
  submission: MatchSubmission;
  onCancel: () => void;
};

let rowSequence = 0;
const nextRowKey = () => `row-${++rowSequence}`;

export function MatchForm({ org, available, customer, single = false, label, submitLabel, submission, onCancel }: MatchFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const [rows, setRows] = useState<AllocationRow[]>([]);
  const [tried, setTried] = useState(false);
  const checked = checkAllocations(available, rows);
  const money = (minor: number) => format.money(minor, available.currency);

  const change = (next: AllocationRow[]) => {
    setRows(next);
    submission.reset();
  };
  const choose = (invoice: Invoice) => {
    const key = nextRowKey();
    const chosen = { id: invoice.id, number: invoice.number, customerName: invoice.customerName, currency: invoice.currency, openAmountMinor: invoice.openAmountMinor };
    const base = single ? [] : rows;
    const amount = proposedAmountMinor(available, base, key, chosen);
    change([...base, { key, invoice: chosen, amountText: amountInputText(amount, available.currency, format.language) }]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (checked.ok) submission.submit(checked.allocations);
  };

  // The server's refusal goes where it names, else above the form.
  const place = submission.error ? serverErrorPlace(Object.keys(fieldErrors(submission.error)), rows.length) : null;
  const serverMessage = submission.error ? errorMessage(submission.error) : null;
  const rowProblems: RowProblems[] = tried && !checked.ok ? checked.rows : [];
  const invoiceError = (index: number) => {
    const problem = rowProblems[index]?.invoice;
    if (problem) return t(`paymentReview.problems.${problem}`, { currency: available.currency });
    return place !== null && place !== 'total' && place.row === index && place.part === 'invoice' ? serverMessage : null;
  };
  const amountError = (index: number) => {
    const problem = rowProblems[index]?.amount;
    if (problem) return t(`paymentReview.problems.${problem}`, { open: money(rows[index]?.invoice?.openAmountMinor ?? 0) });
    return place !== null && place !== 'total' && place.row === index && place.part === 'amount' ? serverMessage : undefined;
  };
  const summary = summaryOf();
  function summaryOf(): { text: string; problem: boolean } | null {
    if (!checked.ok && checked.moreThanLine) {
      return { text: t('paymentReview.problems.moreThanLine', { total: money(checked.totalMinor), amount: money(available.amountMinor) }), problem: true };
    }
    if (place === 'total' && serverMessage) return { text: serverMessage, problem: true };
    if (rows.length === 0) return tried ? { text: t('paymentReview.problems.chooseInvoice'), problem: true } : null;
    const left = money(available.amountMinor - checked.totalMinor);
    return { text: t('paymentReview.allocatedSummary', { total: money(checked.totalMinor), amount: money(available.amountMinor), left }), problem: false };
  }

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {single ? t('paymentReview.chooseOneHint', { amount: money(available.amountMinor) }) : t('paymentReview.chooseHint', { amount: money(available.amountMinor) })}
        </Text>
        {serverMessage && place === null && (
          <Alert color="red" role="alert">
            {serverMessage}
          </Alert>
        )}
        <InvoiceSearch
          org={org}
          currency={available.currency}
          customer={customer}
          chosenIds={rows.flatMap((row) => (row.invoice ? [row.invoice.id] : []))}
          chooseLabel={single || rows.length === 0 ? t('paymentReview.choose') : t('paymentReview.addToSplit')}
          onChoose={choose}
        />
        {rows.length > 0 && (
          <Stack gap="xs" role="group" aria-label={t('paymentReview.chosenInvoices')}>
            {rows.map((row, index) => (
              <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap">
                <Stack gap={0} miw={220} style={{ flex: 1 }}>
                  <Text fz="sm" fw={600}>
                    {row.invoice?.number}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {row.invoice && t('paymentReview.chosenInvoice', { customer: row.invoice.customerName, open: money(row.invoice.openAmountMinor) })}
                  </Text>
                  {invoiceError(index) && (
                    <Text fz="xs" c="red.8" role="alert">
                      {invoiceError(index)}
                    </Text>
                  )}
                </Stack>
                <TextInput
                  label={t('paymentReview.amount')}
                  aria-label={t('paymentReview.amountFor', { invoice: row.invoice?.number ?? '' })}
                  inputMode="decimal"
                  value={row.amountText}
                  onChange={(e) => {
                    const amountText = e.currentTarget.value;
                    change(rows.map((r) => (r.key === row.key ? { ...r, amountText } : r)));
                  }}
                  rightSection={
                    <Text fz="xs" c="dimmed">
                      {available.currency}
                    </Text>
                  }
                  error={amountError(index)}
                  w={180}
                />
                <CloseButton
                  mt={30}
                  aria-label={t('paymentReview.removeInvoice', { invoice: row.invoice?.number ?? '' })}
                  onClick={() => change(rows.filter((r) => r.key !== row.key))}
                />
              </Group>
            ))}
          </Stack>
        )}
        {summary && (
          <Text fz="sm" c={summary.problem ? 'red.8' : undefined} role={summary.problem ? 'alert' : undefined}>
            {summary.text}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={submission.pending}>
            {submitLabel}
          </Button>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            {t('paymentReview.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
