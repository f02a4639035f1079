// Money received that the statement import could not allocate on its own: the credit
// lines waiting for a person, newest first, each with the matcher's suggestions; the
// lines that matched nothing; and the lines matched before, to undo a mistake.
import { useState } from 'react';
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useCurrentSession } from '../shell/session-gate';
import { lineLimit, useStatementLineCounts, useStatementLines } from './payment-review-api';
import { reviewStatuses, reviewStatusOf } from './review-paths';
import { StatementLineCard } from './statement-line-card';

export function PaymentReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = reviewStatusOf(searchParams.get('status'));
  const lines = useStatementLines(org, status);
  const counts = useStatementLineCounts(org);
  const [done, setDone] = useState<string | null>(null);
  // Matching writes the ledger: collectors and administrators do it, others look.
  const role = useCurrentSession().organizations.find((o) => o.slug === org)?.role;
  const mayMatch = role === 'admin' || role === 'collector';
  const total = counts.data?.[status];

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('paymentReview.title')}</Title>
        <Text fz="sm" c="dimmed" maw={820}>
          {t('paymentReview.intro')}
        </Text>
      </div>
      <SegmentedControl
        aria-label={t('paymentReview.show')}
        value={status}
        onChange={(value) => {
          setDone(null);
          setSearchParams(value === 'review' ? {} : { status: value });
        }}
        data={reviewStatuses.map((s) => {
          const label = t(`paymentReview.statuses.${s}`);
          const count = counts.data?.[s];
          return { value: s, label: count === undefined ? label : t('paymentReview.withCount', { label, count: format.count(count) }) };
        })}
        style={{ alignSelf: 'flex-start' }}
      />
      <Text fz="sm" c="teal" role="status">
        {done}
      </Text>
      {lines.isPending ? (
        <PageLoader />
      ) : lines.isError ? (
        <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />
      ) : lines.data.length === 0 ? (
        <NoData title={t(`paymentReview.empty.${status}`)} description={t('paymentReview.emptyHint')} />
      ) : (
        <>
          {lines.data.map((line) => (
            <StatementLineCard key={line.id} org={org} line={line} mayMatch={mayMatch} onDone={setDone} />
          ))}
          {total !== undefined && total > lineLimit && (
            <Text fz="sm" c="dimmed">
              {t('paymentReview.newestOnly', { shown: format.count(lines.data.length), total: format.count(total) })}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}
