// The matcher's readings of a waiting line, most likely first: which invoices it would
// pay and for whom, how sure the matcher is and why. One click accepts a reading as it
// stands, unless an invoice changed since the import.
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatementLine } from '../../../src/http/contract';
import { useFormat } from '../i18n/use-format';
import { confidencePercent, suggestionState, type Suggestion } from './line-reading';
import { MatchReasons } from './match-reasons';

type SuggestionTableProps = {
  org: string;
  line: StatementLine;
  mayMatch: boolean;
  /** The suggestion being accepted, while the server works on it. */
  accepting: Suggestion | null;
  onAccept: (suggestion: Suggestion) => void;
};

const certaintyColor = (percent: number) => (percent >= 90 ? 'teal' : percent >= 70 ? 'yellow' : 'gray');

export function SuggestionTable({ org, line, mayMatch, accepting, onAccept }: SuggestionTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (minor: number) => format.money(minor, line.currency);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" fz="sm" aria-label={t('paymentReview.suggestionsFor', { amount: money(line.amountMinor) })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('paymentReview.invoices')}</Table.Th>
            <Table.Th>{t('common.customer')}</Table.Th>
            <Table.Th ta="right">{t('paymentReview.toAllocate')}</Table.Th>
            <Table.Th ta="right">{t('paymentReview.openNow')}</Table.Th>
            <Table.Th>{t('paymentReview.certainty')}</Table.Th>
            <Table.Th>{t('paymentReview.why')}</Table.Th>
            {mayMatch && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {line.suggestions.map((suggestion, index) => {
            const state = suggestionState(suggestion);
            const percent = confidencePercent(suggestion.confidence);
            const numbers = suggestion.allocations.map((a) => a.invoiceNumber ?? '?').join(', ');
            return (
              <Table.Tr key={index}>
                <Table.Td>
                  <Stack gap={2}>
                    {suggestion.allocations.map((a) =>
                      a.invoiceNumber === null ? (
                        <Text key={a.invoiceId} fz="sm" c="dimmed">
                          {t('paymentReview.invoiceGone')}
                        </Text>
                      ) : (
                        <Anchor key={a.invoiceId} component={Link} to={`/o/${org}/invoices/${encodeURIComponent(a.invoiceId)}`} fz="sm">
                          {a.invoiceNumber}
                        </Anchor>
                      ),
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {suggestion.customerName ? (
                    <Anchor component={Link} to={`/o/${org}/customers/${encodeURIComponent(suggestion.customerId)}`} fz="sm">
                      {suggestion.customerName}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={2}>
                    {suggestion.allocations.map((a) => (
                      <span key={a.invoiceId}>{money(a.amountMinor)}</span>
                    ))}
                    {suggestion.creditMinor > 0 && (
                      <Text span fz="xs" c="dimmed">
                        {t('paymentReview.asCredit', { amount: money(suggestion.creditMinor) })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={2}>
                    {suggestion.allocations.map((a) => (
                      <span key={a.invoiceId}>{a.openAmountMinor === null ? '—' : money(a.openAmountMinor)}</span>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge color={certaintyColor(percent)} variant="light">
                    {t('paymentReview.percent', { percent })}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <MatchReasons reasons={suggestion.reasons} label={t('paymentReview.whyLabel', { invoices: numbers })} color="blue" />
                </Table.Td>
                {mayMatch && (
                  <Table.Td>
                    {state === 'fits' ? (
                      <Button
                        size="compact-sm"
                        onClick={() => onAccept(suggestion)}
                        loading={accepting === suggestion}
                        disabled={accepting !== null && accepting !== suggestion}
                        aria-label={t('paymentReview.acceptLabel', { invoices: numbers })}
                      >
                        {t('paymentReview.accept')}
                      </Button>
                    ) : (
                      <Text fz="xs" c="orange.8">
                        {t(`paymentReview.stale.${state}`)}
                      </Text>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
