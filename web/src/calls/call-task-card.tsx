// One call to make: whom to call and on which numbers, the script (what to ask for,
// what to avoid), the items and totals it is about, and the form that records what
// the call came to (and the promise, when it came to one).
import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallPromise, Task } from '../../../src/http/contract';
import { DaysOverdueBadge } from '../components/status-badges';
import { useFormat } from '../i18n/use-format';
import { labelOf } from '../procedures/step-display';
import { CallOutcomeForm } from './call-outcome-form';
import { telHref } from './phone-link';

export function CallTaskCard({ org, task, today, onSaved }: { org: string; task: Task; today: string; onSaved: (promise: CallPromise | null) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `call-${task.id}`;
  const script = task.script;

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} fz="h4" id={titleId}>
              <Anchor component={Link} to={`/o/${org}/customers/${encodeURIComponent(task.customer.id)}`} inherit>
                {task.customer.name}
              </Anchor>
            </Title>
            <Text fz="sm" c="dimmed">
              {task.title}
            </Text>
          </div>
          <Group gap={6}>
            <Badge color={task.dueOn < today ? 'orange' : 'blue'} variant="light">
              {task.dueOn < today ? t('calls.overdueSince', { date: format.date(task.dueOn) }) : t('calls.dueToday')}
            </Badge>
            {task.assignedTo && <Badge variant="outline">{task.assignedTo.name}</Badge>}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <section aria-label={t('calls.whomLabel', { customer: task.customer.name })}>
              <Text fz="sm" fw={600}>
                {task.contact ? task.contact.name : t('calls.noContact')}
              </Text>
              {task.contact && task.contact.phones.length === 0 && (
                <Text fz="sm" c="dimmed">
                  {t('calls.noPhones')}
                </Text>
              )}
              {task.contact && task.contact.phones.length > 0 && (
                <List size="sm" spacing={2} listStyleType="none">
                  {task.contact.phones.map((phone) => (
                    <List.Item key={`${phone.kind}-${phone.number}`}>
                      <Anchor href={telHref(phone.number)} fz="sm" fw={600}>
                        {phone.number}
                      </Anchor>{' '}
                      <Text span fz="xs" c="dimmed">
                        ({labelOf(t, 'phoneKinds', phone.kind)})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </section>
            {script && (
              <Table.ScrollContainer minWidth={420}>
                <Table verticalSpacing={4} fz="sm" aria-label={t('calls.itemsLabel', { customer: task.customer.name })}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('invoice.number')}</Table.Th>
                      <Table.Th>{t('invoice.dueDate')}</Table.Th>
                      <Table.Th ta="right">{t('invoice.openAmount')}</Table.Th>
                      <Table.Th>{t('invoice.daysOverdue')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {script.items.map((item) => (
                      <Table.Tr key={item.invoiceId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/o/${org}/invoices/${encodeURIComponent(item.invoiceId)}`} fz="sm">
                            {item.number}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{format.date(item.dueDate)}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {format.money(item.openAmountMinor, item.currency)}
                        </Table.Td>
                        <Table.Td>
                          <DaysOverdueBadge days={item.daysOverdue} compact />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    {script.totals.map((total) => (
                      <Table.Tr key={total.currency}>
                        <Table.Th colSpan={2}>{t('calls.total')}</Table.Th>
                        <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {format.money(total.openAmountMinor, total.currency)}
                        </Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    ))}
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            )}
            <CallOutcomeForm org={org} task={task} today={today} onSaved={onSaved} />
          </Stack>
          <section aria-label={t('calls.scriptLabel', { customer: task.customer.name })}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
              {t('calls.script')}
            </Text>
            {script ? (
              <Text component="pre" fz="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>
                {script.text}
              </Text>
            ) : (
              <Text fz="sm" c="dimmed">
                {t('calls.noScript')}
              </Text>
            )}
          </section>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
