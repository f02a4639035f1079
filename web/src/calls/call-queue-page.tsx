// The calls due today or earlier, the earliest first: each with the numbers to dial, the
// script, the items and totals, and the form for what the call came to.
import { useState } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { CallTaskCard } from './call-task-card';
import { useDueCalls } from './calls-api';

const pageSize = 20;

export function CallQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { org = '' } = useParams();
  const [page, setPage] = useState(1);
  const [saved, setSaved] = useState<string | null>(null);
  const calls = useDueCalls(org, page, pageSize);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('calls.title')}</Title>
        <Text fz="sm" c="dimmed" maw={820}>
          {calls.data ? t('calls.intro', { date: format.date(calls.data.asOf) }) : t('calls.introNoDate')}
        </Text>
      </div>
      <Text fz="sm" c="teal" role="status">
        {saved}
      </Text>
      {calls.isPending ? (
        <PageLoader />
      ) : calls.isError ? (
        <ErrorAlert error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.total === 0 ? (
        <NoData title={t('calls.empty')} description={t('calls.emptyHint')} />
      ) : (
        <>
          {calls.data.items.map((task) => (
            <CallTaskCard
              key={task.id}
              org={org}
              task={task}
              today={calls.data.asOf}
              // A promise the server took has both its day and its amount.
              onSaved={(promise) =>
                setSaved(
                  promise
                    ? t('calls.savedWithPromise', {
                        customer: task.customer.name,
                        amount: format.money(promise.amountMinor!, promise.currency),
                        date: format.date(promise.promisedDate!),
                      })
                    : t('calls.saved', { customer: task.customer.name }),
                )
              }
            />
          ))}
          <PageNav page={page} pageSize={pageSize} total={calls.data.total} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}
