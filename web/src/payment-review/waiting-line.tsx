// A credit line nobody has matched yet: why the importer left it, the matcher's
// suggestions to accept in one click, and the form to match it by hand instead.
import { useState } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementLine } from '../../../src/http/contract';
import { useErrorMessage } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import type { Suggestion } from './line-reading';
import { MatchForm } from './match-form';
import { MatchReasons } from './match-reasons';
import { useMatchStatementLine } from './payment-review-api';
import { SuggestionTable } from './suggestion-table';

type WaitingLineProps = { org: string; line: StatementLine; mayMatch: boolean; onDone: (message: string) => void };

export function WaitingLine({ org, line, mayMatch, onDone }: WaitingLineProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const matched = () =>
    onDone(t('paymentReview.matchedMessage', { amount: format.money(line.amountMinor, line.currency), payer: line.counterpartyName ?? t('paymentReview.unknownPayer') }));
  // Two requests of their own, so an error shows where the person acted.
  const accept = useMatchStatementLine(org, matched);
  const byHand = useMatchStatementLine(org, matched);
  const [accepting, setAccepting] = useState<Suggestion | null>(null);
  const [matching, setMatching] = useState(false);
  const suggested = line.suggestions[0];
  const customer = suggested?.customerName ? { id: suggested.customerId, name: suggested.customerName } : null;

  const acceptSuggestion = (suggestion: Suggestion) => {
    setAccepting(suggestion);
    accept.mutate(
      { lineId: line.id, allocations: suggestion.allocations.map(({ invoiceId, amountMinor }) => ({ invoiceId, amountMinor })) },
      { onSettled: () => setAccepting(null) },
    );
  };

  return (
    <Stack gap="sm">
      {line.reasons.length > 0 && (
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('paymentReview.whyWaiting')}
          </Text>
          <MatchReasons reasons={line.reasons} label={t('paymentReview.whyWaiting')} color="orange" />
        </div>
      )}
      {accept.isError && (
        <Alert color="red" role="alert">
          {errorMessage(accept.error)}
        </Alert>
      )}
      {line.suggestions.length > 0 ? (
        <SuggestionTable org={org} line={line} mayMatch={mayMatch} accepting={accepting} onAccept={acceptSuggestion} />
      ) : (
        <Text fz="sm" c="dimmed">
          {t('paymentReview.noSuggestions')}
        </Text>
      )}
      {mayMatch &&
        (matching ? (
          <MatchForm
            org={org}
            available={{ amountMinor: line.amountMinor, currency: line.currency }}
            customer={customer}
            label={t('paymentReview.matchFormLabel', { amount: format.money(line.amountMinor, line.currency) })}
            submitLabel={t('paymentReview.match')}
            submission={{
              submit: (allocations) => byHand.mutate({ lineId: line.id, allocations }),
              pending: byHand.isPending,
              error: byHand.error,
              reset: byHand.reset,
            }}
            onCancel={() => {
              setMatching(false);
              byHand.reset();
            }}
          />
        ) : (
          <div>
            <Button variant="default" onClick={() => setMatching(true)}>
              {t('paymentReview.matchByHand')}
            </Button>
          </div>
        ))}
    </Stack>
  );
}
