import { useEffect, useState } from 'react';
import { Anchor, Badge, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCustomers, useSegments } from '../api/customers';
import { BalanceAmounts } from '../components/balances';
import { PageNav } from '../components/page-nav';
import { ErrorAlert, NoData, PageLoader } from '../components/query-state';
import { SortHeader } from '../components/sort-header';
import { DaysOverdueBadge } from '../components/status-badges';
import { segmentLabel } from './segment-label';
import { pageSize, readListState, toQuery, toggleSort, writeListState, type ListState, type SortColumn } from './list-state';

export function CustomersPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const [searchText, setSearchText] = useState(state.search);
  const [debouncedSearch] = useDebouncedValue(searchText, 300);
  const customers = useCustomers(org, toQuery(state));
  const segments = useSegments(org).data ?? [];

  const update = (next: ListState) => setParams(writeListState(next), { replace: true });

  useEffect(() => {
    if (debouncedSearch.trim() !== state.search) update({ ...state, search: debouncedSearch.trim(), page: 1 });
    // Only a settled search text should touch the URL; the state itself is read from it.
  }, [debouncedSearch]);

  const header = (column: SortColumn, label: string, align: 'left' | 'right' = 'left') => (
    <SortHeader
      label={label}
      align={align}
      active={state.sort === column}
      order={state.order}
      onSort={() => update(toggleSort(state, column))}
    />
  );

  return (
    <Stack gap="md">
      <Title order={2}>{t('customers.title')}</Title>
      <Group align="flex-end" role="search">
        <TextInput
          label={t('customers.search')}
          placeholder={t('customers.searchPlaceholder')}
          type="search"
          value={searchText}
          onChange={(e) => setSearchText(e.currentTarget.value)}
          w={{ base: '100%', sm: 360 }}
        />
        <Select
          label={t('customers.segment')}
          placeholder={t('customers.allSegments')}
          data={segments.map((segment) => ({ value: segment, label: segmentLabel(t, segment) }))}
          value={state.segment || null}
          searchable
          clearable
          onChange={(value) => update({ ...state, segment: value ?? '', page: 1 })}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>
      <Card withBorder padding="sm">
        {customers.isPending ? (
          <PageLoader />
        ) : customers.isError ? (
          <ErrorAlert error={customers.error} onRetry={() => void customers.refetch()} />
        ) : customers.data.items.length === 0 ? (
          <NoData
            title={state.search || state.segment ? t('customers.noMatch') : t('customers.empty')}
            description={state.search || state.segment ? t('customers.noMatchHint') : t('customers.emptyHint')}
          />
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table highlightOnHover verticalSpacing="xs" style={{ opacity: customers.isPlaceholderData ? 0.6 : 1 }}>
                <Table.Thead>
                  <Table.Tr>
                    {header('name', t('customers.name'))}
                    <Table.Th>{t('customers.taxId')}</Table.Th>
                    <Table.Th>{t('customers.segment')}</Table.Th>
                    {header('open', t('customers.open'), 'right')}
                    {header('overdue', t('customers.overdue'), 'right')}
                    {header('daysOverdue', t('customers.daysOverdue'), 'right')}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {customers.data.items.map((c) => {
                    const to = `/o/${org}/customers/${c.id}`;
                    return (
                      <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => navigate(to)}>
                        <Table.Td>
                          <Anchor component={Link} to={to} fw={500} onClick={(e) => e.stopPropagation()}>
                            {c.name}
                          </Anchor>
                          {(c.creditHold || c.doNotContact) && (
                            <Group gap={4} mt={2}>
                              {c.creditHold && (
                                <Badge size="xs" color="red" variant="light">
                                  {t('customer.creditHold')}
                                </Badge>
                              )}
                              {c.doNotContact && (
                                <Badge size="xs" color="gray" variant="light">
                                  {t('customer.doNotContact')}
                                </Badge>
                              )}
                            </Group>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text fz="sm">{c.taxId ?? c.vatId ?? '—'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text fz="sm">{c.segment ? segmentLabel(t, c.segment) : '—'}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <BalanceAmounts balances={c.balances} field="openMinor" />
                        </Table.Td>
                        <Table.Td ta="right">
                          <BalanceAmounts balances={c.balances} field="overdueMinor" />
                        </Table.Td>
                        <Table.Td ta="right">
                          {c.maxDaysOverdue > 0 ? <DaysOverdueBadge days={c.maxDaysOverdue} compact /> : <Text fz="sm" c="dimmed">—</Text>}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <PageNav
              page={state.page}
              pageSize={pageSize}
              total={customers.data.total}
              onPage={(page) => update({ ...state, page })}
            />
          </>
        )}
      </Card>
    </Stack>
  );
}
