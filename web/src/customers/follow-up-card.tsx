// The customer's follow-up at a glance: which procedure and why, what the coming days
// would bring (if no money arrives), what is held back and until when, and the
// promises, plans, disputes and snoozes that shape it.
import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerFollowUp, PlannedAction } from '../../../src/http/contract';
import { ErrorAlert, PageLoader } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { labelOf, toneColor } from '../procedures/step-display';
import { useCustomerFollowUp, useCustomerPaymentPlans, useCustomerPromises } from './follow-up-api';
import { DisputesList, PaymentPlansList, PromisesList, SnoozesList } from './follow-up-records';
import { ProcedureChoice } from './procedure-choice';
import { routingReasonText } from './routing-reason';

type FollowUpCardProps = { org: string; customerId: string; chosenProcedureKey: string | null; baseCurrency: string };

export function FollowUpCard({ org, customerId, chosenProcedureKey, baseCurrency }: FollowUpCardProps) {
  const { t } = useTranslation();
  const followUp = useCustomerFollowUp(org, customerId);
  const promises = useCustomerPromises(org, customerId);
  const plans = useCustomerPaymentPlans(org, customerId);
  const failed = followUp.error ?? promises.error ?? plans.error;

  return (
    <Card withBorder component="section" aria-labelledby="follow-up-title">
      <Title order={3} fz="h4" id="follow-up-title" mb="sm">
        {t('followUp.title')}
      </Title>
      {failed ? (
        <ErrorAlert
          error={failed}
          onRetry={() => {
            void followUp.refetch();
            void promises.refetch();
            void plans.refetch();
          }}
        />
      ) : !followUp.data || !promises.data || !plans.data ? (
        <PageLoader />
      ) : (
        <Stack gap="md">
          <Group align="flex-start" justify="space-between" gap="xl">
            <ProcedureWhy org={org} followUp={followUp.data} baseCurrency={baseCurrency} />
            <ProcedureChoice org={org} customerId={customerId} chosenKey={chosenProcedureKey} />
          </Group>
          <Planned org={org} followUp={followUp.data} />
          <Held org={org} followUp={followUp.data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <PromisesList org={org} promises={promises.data} />
            <PaymentPlansList org={org} plans={plans.data} />
            <DisputesList org={org} disputes={followUp.data.disputes} />
            <SnoozesList org={org} snoozes={followUp.data.snoozes} />
          </SimpleGrid>
        </Stack>
      )}
    </Card>
  );
}

function ProcedureWhy({ org, followUp, baseCurrency }: { org: string; followUp: CustomerFollowUp; baseCurrency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const procedure = followUp.procedure;
  if (!procedure) return <Text fz="sm">{t('followUp.noProcedure')}</Text>;
  return (
    <Group align="flex-start" gap="xl">
      <div>
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('followUp.procedure')}
        </Text>
        <Anchor component={Link} to={`/o/${org}/procedures/${encodeURIComponent(procedure.procedureKey)}`} fw={600}>
          {t('followUp.procedureValue', { name: procedure.name[format.language], version: procedure.version })}
        </Anchor>
      </div>
      <div>
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('followUp.why')}
        </Text>
        <List size="sm" spacing={2}>
          {procedure.matchedRule && <List.Item>{t('followUp.rule', { name: procedure.matchedRule.name })}</List.Item>}
          {procedure.reasons.map((reason, index) => (
            <List.Item key={index}>{routingReasonText(t, reason, format.money, baseCurrency)}</List.Item>
          ))}
        </List>
      </div>
    </Group>
  );
}

function actionLabel(t: ReturnType<typeof useTranslation>['t'], action: PlannedAction): string {
  if (action.kind === 'sendMessage' || action.kind === 'createCallTask') return labelOf(t, 'stepChannels', action.channel ?? '');
  if (action.kind === 'createInternalTask') return `${t('followUp.kinds.createInternalTask')}: ${labelOf(t, 'followUp.taskReasons', action.taskReason ?? '')}`;
  return t(`followUp.kinds.${action.kind}`);
}

function Planned({ org, followUp }: { org: string; followUp: CustomerFollowUp }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="planned-title">
      <Title order={4} fz="h5" id="planned-title">
        {t('followUp.next', { days: followUp.days })}
      </Title>
      <Text fz="xs" c="dimmed" mb={6}>
        {t('followUp.nextHint')}
      </Text>
      {followUp.planned.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('followUp.nothingPlanned')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('followUp.date')}</Table.Th>
                <Table.Th>{t('followUp.action')}</Table.Th>
                <Table.Th>{t('followUp.addressee')}</Table.Th>
                <Table.Th>{t('followUp.invoices')}</Table.Th>
                <Table.Th w={140}>{t('followUp.tone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {followUp.planned.map((action, index) => (
                <Table.Tr key={`${action.date}-${index}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(action.date)}</Table.Td>
                  <Table.Td>
                    {actionLabel(t, action)}
                    {action.approval && action.approval !== 'none' && (
                      <Text span fz="xs" c="dimmed">
                        {' '}
                        ({t('followUp.needsApproval')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {action.addresseeRole ? (
                      <>
                        {action.contactName ?? '—'}
                        <Text span fz="xs" c="dimmed">
                          {' · '}
                          {labelOf(t, 'contactRoles', action.addresseeRole)}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} component="span">
                      {action.invoices.map((invoice) => (
                        <Anchor key={invoice.id} component={Link} to={`/o/${org}/invoices/${invoice.id}`} fz="sm">
                          {invoice.number}
                        </Anchor>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {action.tone ? (
                      <Badge size="sm" variant="light" color={toneColor(action.tone)}>
                        {labelOf(t, 'tones', action.tone)}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

function Held({ org, followUp }: { org: string; followUp: CustomerFollowUp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { held } = followUp;
  return (
    <section aria-labelledby="held-title">
      <Title order={4} fz="h5" id="held-title">
        {t('followUp.held')}
      </Title>
      <Text fz="xs" c="dimmed" mb={6}>
        {held.source === 'run' ? t('followUp.heldFromRun', { date: format.date(held.runDate) }) : t('followUp.heldFromPreview')}
      </Text>
      {held.steps.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('followUp.noHeld')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followUp.channel')}</Table.Th>
              <Table.Th>{t('followUp.reason')}</Table.Th>
              <Table.Th>{t('followUp.nextAllowed')}</Table.Th>
              <Table.Th>{t('followUp.invoices')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {held.steps.map((step, index) => (
              <Table.Tr key={index}>
                <Table.Td>{labelOf(t, 'stepChannels', step.channel)}</Table.Td>
                <Table.Td>{labelOf(t, 'holdReasons', step.reason)}</Table.Td>
                <Table.Td>{format.date(step.nextAllowedOn)}</Table.Td>
                <Table.Td>
                  <Group gap={6} component="span">
                    {step.invoices.map((invoice) => (
                      <Anchor key={invoice.id} component={Link} to={`/o/${org}/invoices/${invoice.id}`} fz="sm">
                        {invoice.number}
                      </Anchor>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
