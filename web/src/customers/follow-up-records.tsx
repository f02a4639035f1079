// The records that shape a customer's follow-up, read only: promises to pay with
// their outcome, payment plans as schedules (due date, amount, paid, status), open
// disputes and snoozes in force.
import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dispute, InvoiceRef, PaymentPlan, PromiseToPay, Snooze } from '../../../src/http/contract';
import { useFormat } from '../i18n/use-format';

const promiseColors: Record<string, string> = { open: 'blue', kept: 'green', partlyKept: 'yellow', broken: 'red', cancelled: 'gray' };
const planColors: Record<string, string> = { active: 'blue', completed: 'green', defaulted: 'red', cancelled: 'gray' };
const instalmentColors: Record<string, string> = { paid: 'green', due: 'blue', late: 'red' };

function InvoiceLinks({ org, invoices, empty }: { org: string; invoices: InvoiceRef[]; empty: string }) {
  if (invoices.length === 0) return <Text fz="sm">{empty}</Text>;
  return (
    <Group gap={6} component="span">
      {invoices.map((invoice) => (
        <Anchor key={invoice.id} component={Link} to={`/o/${org}/invoices/${invoice.id}`} fz="sm">
          {invoice.number}
        </Anchor>
      ))}
    </Group>
  );
}

function Section({ id, title, empty, children, isEmpty }: { id: string; title: string; empty: string; isEmpty: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={4} fz="h5" id={id} mb={6}>
        {title}
      </Title>
      {isEmpty ? (
        <Text fz="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </section>
  );
}

export function PromisesList({ org, promises }: { org: string; promises: PromiseToPay[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="promises-title" title={t('promises.title')} empty={t('promises.none')} isEmpty={promises.length === 0}>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('promises.date')}</Table.Th>
              <Table.Th ta="right">{t('promises.amount')}</Table.Th>
              <Table.Th ta="right">{t('promises.paid')}</Table.Th>
              <Table.Th>{t('promises.status')}</Table.Th>
              <Table.Th>{t('promises.invoices')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {promises.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{format.date(p.promisedDate)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(p.amountMinor, p.currency)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {format.money(p.paidMinor, p.currency)}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={promiseColors[p.status]}>
                    {t(`promiseStatus.${p.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <InvoiceLinks org={org} invoices={p.invoices} empty={t('promises.allOpen')} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

export function PaymentPlansList({ org, plans }: { org: string; plans: PaymentPlan[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="plans-title" title={t('plans.title')} empty={t('plans.none')} isEmpty={plans.length === 0}>
      <Stack gap="sm">
        {plans.map((plan) => (
          <div key={plan.id}>
            <Group gap="xs" mb={4}>
              <Badge variant="light" color={planColors[plan.status]}>
                {t(`planStatus.${plan.status}`)}
              </Badge>
              <Text fz="sm">
                {t('plans.summary', {
                  amount: format.money(plan.totalMinor, plan.currency),
                  count: plan.instalments.length,
                  invoices: plan.invoices.map((i) => i.number).join(', '),
                })}
              </Text>
            </Group>
            <Table verticalSpacing={2} fz="sm" aria-label={t('plans.schedule')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plans.instalment')}</Table.Th>
                  <Table.Th>{t('plans.dueDate')}</Table.Th>
                  <Table.Th ta="right">{t('plans.amount')}</Table.Th>
                  <Table.Th ta="right">{t('plans.paid')}</Table.Th>
                  <Table.Th>{t('plans.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.instalments.map((i) => (
                  <Table.Tr key={i.sequence}>
                    <Table.Td>{i.sequence}</Table.Td>
                    <Table.Td>{format.date(i.dueDate)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {format.money(i.amountMinor, plan.currency)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {format.money(i.paidMinor, plan.currency)}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={instalmentColors[i.status]}>
                        {t(`instalmentStatus.${i.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
    </Section>
  );
}

export function DisputesList({ org, disputes }: { org: string; disputes: Dispute[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="disputes-title" title={t('disputes.title')} empty={t('disputes.none')} isEmpty={disputes.length === 0}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('disputes.invoice')}</Table.Th>
            <Table.Th>{t('disputes.reason')}</Table.Th>
            <Table.Th>{t('disputes.openedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {disputes.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <InvoiceLinks org={org} invoices={[d.invoice]} empty="" />
              </Table.Td>
              <Table.Td>{d.reason}</Table.Td>
              <Table.Td>{format.date(d.openedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

export function SnoozesList({ org, snoozes }: { org: string; snoozes: Snooze[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section id="snoozes-title" title={t('snoozes.title')} empty={t('snoozes.none')} isEmpty={snoozes.length === 0}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('snoozes.scope')}</Table.Th>
            <Table.Th>{t('snoozes.until')}</Table.Th>
            <Table.Th>{t('snoozes.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {snoozes.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>{s.invoice ? <InvoiceLinks org={org} invoices={[s.invoice]} empty="" /> : t('snoozes.wholeCustomer')}</Table.Td>
              <Table.Td>{format.date(s.until)}</Table.Td>
              <Table.Td>{s.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
