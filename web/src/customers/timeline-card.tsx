import { useState } from 'react';
import { Badge, Card, Divider, Group, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActivities } from '../api/activities';
import type { Activity } from '../api/types';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { AddActivityForm } from './add-activity-form';

const timelinePageSize = 20;

const typeColors: Partial<Record<Activity['type'], string>> = {
  payment: 'green',
  promise: 'teal',
  dispute: 'red',
  call: 'blue',
  email: 'indigo',
  sms: 'indigo',
  letter: 'grape',
  import: 'gray',
  system: 'gray',
};

/** Everything that happened with the customer, newest first, and a form to add a note. */
export function TimelineCard({ org, customerId }: { org: string; customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const activities = useActivities(org, customerId, page, timelinePageSize);

  return (
    <Card withBorder component="section" aria-labelledby="timeline-title">
      <Title order={3} fz="h4" id="timeline-title" mb="sm">
        {t('timeline.title')}
      </Title>
      <AddActivityForm org={org} customerId={customerId} />
      <Divider my="md" />
      {activities.isPending ? (
        <PageLoader />
      ) : activities.isError ? (
        <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
      ) : activities.data.items.length === 0 ? (
        <NoData title={t('timeline.empty')} />
      ) : (
        <>
          <Timeline active={-1} bulletSize={14} lineWidth={2}>
            {activities.data.items.map((a) => (
              <Timeline.Item
                key={a.id}
                color={typeColors[a.type] ?? 'teal'}
                title={
                  <Group gap="xs">
                    <Text fw={600} fz="sm">
                      {a.summary}
                    </Text>
                    <Badge size="xs" variant="light" color={typeColors[a.type] ?? 'teal'}>
                      {t(`activityTypes.${a.type}`)}
                    </Badge>
                    {a.direction !== 'internal' && (
                      <Badge size="xs" variant="outline" color="gray">
                        {t(`directions.${a.direction}`)}
                      </Badge>
                    )}
                  </Group>
                }
              >
                <Text fz="xs" c="dimmed">
                  <time dateTime={a.occurredAt}>{format.dateTime(a.occurredAt)}</time>
                  {a.userName ? ` · ${a.userName}` : ''}
                </Text>
                {a.body && (
                  <Text fz="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {a.body}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
          <PageNav page={page} pageSize={timelinePageSize} total={activities.data.total} onPage={setPage} />
        </>
      )}
    </Card>
  );
}
