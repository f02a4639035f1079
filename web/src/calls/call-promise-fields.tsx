// The part of the outcome form that asks for the promise when the call came to one: the
// day, the amount (all that is open, to start with) and the call's invoices it covers.
// Mistakes show at their field once the person has tried to save; so do the server's.
import { Checkbox, Fieldset, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import { chooseInvoices, openOfChosen, startPromise, typeAmount, type PromiseDraft, type PromiseItem, type PromiseProblems } from './call-promise';

type PromiseFieldsProps = {
  items: readonly PromiseItem[];
  currencies: readonly string[];
  draft: PromiseDraft;
  onChange: (draft: PromiseDraft) => void;
  /** The organization's today: no promise is for an earlier day. */
  today: string;
  /** What the form's own check found, once the person has tried to save. */
  problems: PromiseProblems;
  serverErrors: { promisedDate?: string; amountMinor?: string; invoiceIds?: string };
};

export function PromiseFields({ items, currencies, draft, onChange, today, problems, serverErrors }: PromiseFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = format.money(openOfChosen(items, draft), draft.currency);
  const problemText = (code: string | undefined) => (code ? t(`calls.promise.problems.${code}`, { open, today: format.date(today) }) : undefined);

  return (
    <Fieldset legend={t('calls.promise.title')} variant="filled" p="sm">
      <Stack gap="xs">
        <Text fz="xs" c="dimmed">
          {t('calls.promise.hint')}
        </Text>
        {currencies.length > 1 && (
          <SegmentedControl
            aria-label={t('calls.promise.currency')}
            data={[...currencies]}
            value={draft.currency}
            // Another currency is another set of invoices: start over, keeping the day.
            onChange={(currency) => onChange({ ...startPromise(items, currency, format.language), promisedDate: draft.promisedDate })}
          />
        )}
        <Group grow align="flex-start" gap="sm">
          <TextInput
            type="date"
            label={t('calls.promise.date')}
            required
            min={today}
            value={draft.promisedDate}
            onChange={(e) => onChange({ ...draft, promisedDate: e.currentTarget.value })}
            error={problemText(problems.promisedDate) ?? serverErrors.promisedDate}
          />
          <TextInput
            label={t('calls.promise.amount')}
            required
            inputMode="decimal"
            description={t('calls.promise.openOnChosen', { open })}
            // Below the box, so the day and the amount line up.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={draft.amountText}
            onChange={(e) => onChange(typeAmount(draft, e.currentTarget.value))}
            rightSection={
              <Text fz="xs" c="dimmed">
                {draft.currency}
              </Text>
            }
            error={problemText(problems.amountMinor) ?? serverErrors.amountMinor}
          />
        </Group>
        <Checkbox.Group
          label={t('calls.promise.invoices')}
          value={draft.invoiceIds}
          onChange={(invoiceIds) => onChange(chooseInvoices(draft, items, invoiceIds, format.language))}
          error={problemText(problems.invoiceIds) ?? serverErrors.invoiceIds}
        >
          <Stack gap={4} mt={4}>
            {items
              .filter((item) => item.currency === draft.currency)
              .map((item) => (
                <Checkbox
                  key={item.invoiceId}
                  value={item.invoiceId}
                  label={t('calls.promise.invoiceOpen', { number: item.number, open: format.money(item.openAmountMinor, item.currency) })}
                />
              ))}
          </Stack>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}
