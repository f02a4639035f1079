import { useMemo } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useOverview } from '../api/organizations';
import { EChart } from '../components/echart';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { agingChartOption } from './aging-chart-option';
import { AgingTable } from './aging-table';
import { CurrencyCards } from './currency-cards';
import { TopOverdueTable } from './top-overdue-table';

export function OverviewPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const format = useFormat();
  const overview = useOverview(org);
  const currencies = useMemo(() => overview.data?.currencies ?? [], [overview.data]);
  const option = useMemo(
    () => agingChartOption(currencies, { bucket: (b) => t(`buckets.${b}`), money: format.money }),
    [currencies, t, format],
  );

  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t('overview.title')}</Title>
        <Text c="dimmed" fz="sm">
          {t('overview.asOf', { date: format.date(overview.data.asOf) })}
        </Text>
      </Group>
      {currencies.length === 0 ? (
        <Card withBorder>
          <NoData title={t('overview.empty')} description={t('overview.emptyHint')}>
            <Button component={Link} to={`/o/${org}/import`} mt="sm">
              {t('overview.goImport')}
            </Button>
          </NoData>
        </Card>
      ) : (
        <>
          <CurrencyCards currencies={currencies} />
          <Card withBorder component="section" aria-labelledby="aging-title">
            <Title order={3} fz="h4" id="aging-title" mb="sm">
              {t('overview.aging')}
            </Title>
            <EChart option={option} height={72 + 44 * currencies.length} label={t('overview.agingChartLabel')} />
            <AgingTable currencies={currencies} />
          </Card>
        </>
      )}
      <Card withBorder component="section" aria-labelledby="top-overdue-title">
        <Title order={3} fz="h4" id="top-overdue-title" mb="sm">
          {t('overview.topOverdue')}
        </Title>
        <TopOverdueTable org={org} customers={overview.data.topOverdueCustomers} />
      </Card>
    </Stack>
  );
}
