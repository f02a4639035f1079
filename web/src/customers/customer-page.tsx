import { Anchor, Breadcrumbs, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCustomer } from '../api/customers';
import type { Balance } from '../api/types';
import { ErrorAlert, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { ContactsCard } from './contacts-card';
import { useMembership } from '../procedures/membership';
import { CustomerDetailsCard } from './customer-details-card';
import { FollowUpCard } from './follow-up-card';
import { OpenItemsCard } from './open-items-card';
import { PaymentsCard } from './payments-card';
import { TimelineCard } from './timeline-card';

export function CustomerPage() {
  const { t } = useTranslation();
  const { org = '', customerId = '' } = useParams();
  const customer = useCustomer(org, customerId);
  const { baseCurrency } = useMembership(org);

  if (customer.isPending) return <PageLoader />;
  if (customer.isError) return <ErrorAlert error={customer.error} onRetry={() => void customer.refetch()} />;
  const c = customer.data;

  return (
    <Stack gap="md">
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        <Anchor component={Link} to={`/o/${org}/customers`}>
          {t('customers.title')}
        </Anchor>
        <Text aria-current="page">{c.name}</Text>
      </Breadcrumbs>
      <Title order={2}>{c.name}</Title>
      <BalanceSummary balances={c.balances} />
      <CustomerDetailsCard customer={c} />
      <OpenItemsCard org={org} customerId={c.id} />
      <FollowUpCard org={org} customerId={c.id} chosenProcedureKey={c.procedureKey} baseCurrency={baseCurrency} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ContactsCard contacts={c.contacts} />
        <TimelineCard org={org} customerId={c.id} />
      </SimpleGrid>
      <PaymentsCard org={org} customerId={c.id} />
    </Stack>
  );
}

function BalanceSummary({ balances }: { balances: Balance[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (balances.length === 0) {
    return (
      <Text c="dimmed" fz="sm">
        {t('customer.nothingOpen')}
      </Text>
    );
  }
  return (
    <Group gap="md" align="stretch">
      {balances.map((b) => (
        <Card key={b.currency} withBorder padding="sm" miw={220} aria-label={b.currency}>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('customer.openIn', { currency: b.currency })}
          </Text>
          <Text fz="lg" fw={700} style={{ whiteSpace: 'nowrap' }}>
            {format.money(b.openMinor, b.currency)}
          </Text>
          <Text fz="sm" c={b.overdueMinor > 0 ? 'red.8' : 'dimmed'}>
            {t('customer.overdueAmount', { amount: format.money(b.overdueMinor, b.currency) })} ·{' '}
            {t('common.invoiceCount', { count: b.openInvoices })}
          </Text>
        </Card>
      ))}
    </Group>
  );
}
