// One credit line of an imported statement: how much came in, when, from whom and with
// what title; then what can be done with it, which depends on whether it is matched.
import { Badge, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementLine } from '../../../src/http/contract';
import { useFormat } from '../i18n/use-format';
import { MatchedPayment } from './matched-payment';
import { WaitingLine } from './waiting-line';

const statusColors: Record<Exclude<StatementLine['status'], 'matched'>, string> = { review: 'orange', unmatched: 'gray', debit: 'dark' };

type StatementLineCardProps = { org: string; line: StatementLine; mayMatch: boolean; onDone: (message: string) => void };

export function StatementLineCard({ org, line, mayMatch, onDone }: StatementLineCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `statement-line-${line.id}`;
  const payer = line.counterpartyName ?? t('paymentReview.unknownPayer');
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} fz="h4" id={titleId}>
              {t('paymentReview.lineTitle', { amount: format.money(line.amountMinor, line.currency), payer })}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('paymentReview.booked', { date: format.date(line.bookingDate) })}
              {line.counterpartyAccount && (
                <>
                  {' · '}
                  {t('paymentReview.fromAccount')} <Code>{line.counterpartyAccount}</Code>
                </>
              )}
            </Text>
          </div>
          {/* A matched line says how it was matched below; a waiting one says why here. */}
          {line.status !== 'matched' && (
            <Badge color={statusColors[line.status]} variant="light">
              {t(`paymentReview.lineStatus.${line.status}`)}
            </Badge>
          )}
        </Group>
        <Text fz="sm">
          <Text span fw={600}>
            {t('paymentReview.transferTitle')}:
          </Text>{' '}
          {line.title || '—'}
          {line.creditorReference && !line.title.includes(line.creditorReference) && (
            <>
              {' · '}
              <Code>{line.creditorReference}</Code>
            </>
          )}
        </Text>
        {line.status === 'matched' ? (
          <MatchedPayment org={org} line={line} mayMatch={mayMatch} onDone={onDone} />
        ) : (
          <WaitingLine org={org} line={line} mayMatch={mayMatch} onDone={onDone} />
        )}
      </Stack>
    </Card>
  );
}
