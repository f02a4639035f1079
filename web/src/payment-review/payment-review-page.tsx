// Money received that the statement import could not allocate on its own: the credit
// lines waiting for a person, newest first, each with the matcher's suggestions; the
// lines that matched nothing; and the lines matched before, to undo a mistake. A large
// import leaves thousands of lines, so each list comes a page at a time, and the
// address carries the list and the page.
import { useEffect, useState } from 'react';
import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { useCurrentSession } from '../shell/session-gate';
import { useStatementLineCounts, useStatementLines } from './payment-review-api';
import { linesPerPage, pageWithin, readReviewPlace, reviewStatuses, reviewStatusOf, writeReviewPlace, type ReviewPlace } from './review-paths';
import { StatementLineCard } from './statement-line-card';

export function PaymentReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = readReviewPlace(searchParams);
  const counts = useStatementLineCounts(org);
  const total = counts.data?.[asked.status];
  // Matching the last lines of the last page empties it: the page before is shown instead.
  const place: ReviewPlace = { status: asked.status, page: pageWithin(asked.page, total) };
  const lines = useStatementLines(org, place);
  const [done, setDone] = useState<string | null>(null);
  // Matching writes the ledger: collectors and administrators do it, others look.
  const role = useCurrentSession().organizations.find((o) => o.slug === org)?.role;
  const mayMatch = role === 'admin' || role === 'collector';

  // The address follows a step back without a history entry of its own, so Back leaves the page.
  useEffect(() => {
    if (place.page !== asked.page) setSearchParams(writeReviewPlace(place), { replace: true });
  }, [place.page, asked.page]);

  const go = (next: ReviewPlace) => {
    setDone(null);
    setSearchParams(writeReviewPlace(next));
  };
  // An empty page past the first is one whose lines were just matched while the
  // counts that move the person back are still on their way: not an empty list.
  const steppingBack = lines.data?.length === 0 && place.page > 1 && (counts.isFetching || lines.isPlaceholderData);

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
        value={place.status}
        onChange={(value) => go({ status: reviewStatusOf(value), page: 1 })}
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
      {lines.isPending || steppingBack ? (
        <PageLoader />
      ) : lines.isError ? (
        <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />
      ) : lines.data.length === 0 ? (
        <NoData title={t(`paymentReview.empty.${place.status}`)} description={t('paymentReview.emptyHint')} />
      ) : (
        <>
          <Stack gap="md" style={{ opacity: lines.isPlaceholderData ? 0.6 : 1 }}>
            {lines.data.map((line) => (
              <StatementLineCard key={line.id} org={org} line={line} mayMatch={mayMatch} onDone={setDone} />
            ))}
          </Stack>
          {total !== undefined && (
            <PageNav
              page={place.page}
              pageSize={linesPerPage}
              total={total}
              onPage={(page) => {
                go({ ...place, page });
                // The page buttons sit below the lines; the next page is read from its top.
                window.scrollTo({ top: 0 });
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
