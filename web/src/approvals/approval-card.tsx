// One contact waiting for approval: to whom, when, under which step and tone, the
// invoices with what is still open, what approving also lets go, the message itself,
// and approve / reject (a reason is required) for those who may decide.
import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApprovalItem } from '../../../src/http/contract';
import { fieldErrors } from '../api/client';
import { useErrorMessage } from '../components/query-state';
import { InvoiceStatusBadge } from '../components/status-badges';
import { useFormat } from '../i18n/use-format';
import { labelOf, toneColor } from '../procedures/step-display';
import { useDecideApproval } from './approvals-api';
import { MessagePreview } from './message-preview';

type Props = {
  org: string;
  item: ApprovalItem;
  procedureName: string;
  /** Called once the server took the decision (the item then leaves the list). */
  onDecided: (decision: 'approve' | 'reject') => void;
};

export function ApprovalCard({ org, item, procedureName, onDecided }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = `approval-${item.id}`;
  const channel = labelOf(t, 'stepChannels', item.channel);

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} fz="h4" id={titleId}>
              <Anchor component={Link} to={`/o/${org}/customers/${encodeURIComponent(item.customer.id)}`} inherit>
                {item.customer.name}
              </Anchor>
              {' · '}
              {channel}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('approvalsPage.planned', { date: format.date(item.plannedFor), procedure: procedureName, version: item.procedureVersion, steps: item.stepKeys.join(', ') })}
            </Text>
          </div>
          <Group gap={6}>
            <Badge color={toneColor(item.tone)} variant="light">
              {labelOf(t, 'tones', item.tone)}
            </Badge>
            <Badge color="gray" variant="outline">
              {item.approval === 'account_owner' && item.accountOwner
                ? t('approvalsPage.byAccountOwner', { name: item.accountOwner.name })
                : labelOf(t, 'approvals', item.approval)}
            </Badge>
          </Group>
        </Group>
        <Text fz="sm">
          <Text span fw={600}>
            {t('approvalsPage.addressee')}:
          </Text>{' '}
          {item.contact?.name ?? t('approvalsPage.contactGone')} ({labelOf(t, 'contactRoles', item.addresseeRole)})
        </Text>
        {item.effects.length > 0 && (
          <Group gap={6}>
            <Text fz="sm" fw={600}>
              {t('approvalsPage.withEffects')}:
            </Text>
            {item.effects.map((effect) => (
              <Badge key={effect} color="red" variant="dot">
                {labelOf(t, 'approvalsPage.effects', effect)}
              </Badge>
            ))}
          </Group>
        )}
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} fz="sm" aria-label={t('approvalsPage.invoicesLabel', { customer: item.customer.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invoice.number')}</Table.Th>
                <Table.Th>{t('invoice.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('invoice.openAmount')}</Table.Th>
                <Table.Th>{t('invoice.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.invoices.map((invoice) => (
                <Table.Tr key={invoice.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/o/${org}/invoices/${encodeURIComponent(invoice.id)}`} fz="sm">
                      {invoice.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{format.date(invoice.dueDate)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.money(invoice.openAmountMinor, invoice.currency)}
                  </Table.Td>
                  <Table.Td>
                    <InvoiceStatusBadge status={invoice.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {item.preview.rendered ? (
          <MessagePreview preview={item.preview} title={t('approvalsPage.previewTitle', { channel, customer: item.customer.name })} />
        ) : (
          <Alert color="yellow" title={t('approvalsPage.cannotRender')}>
            {item.preview.reason}
          </Alert>
        )}
        {item.mayApprove ? (
          <Decision org={org} item={item} onDecided={onDecided} />
        ) : (
          <Text fz="sm" c="dimmed">
            {item.approval === 'account_owner' ? t('approvalsPage.onlyAccountOwner') : t('approvalsPage.onlyCollector')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function Decision({ org, item, onDecided }: Pick<Props, 'org' | 'item' | 'onDecided'>) {
  const { t } = useTranslation();
  const decide = useDecideApproval(org, (input) => onDecided(input.decision));
  const errorMessage = useErrorMessage();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const blocked = item.preview.rendered && item.preview.tone.blocked;

  const reject = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    decide.mutate({ actionId: item.id, decision: 'reject', reason: reason.trim() });
  };
  const approve = () => decide.mutate({ actionId: item.id, decision: 'approve' });
  const serverErrors = fieldErrors(decide.error);

  return (
    <Stack gap="xs">
      {decide.error && !serverErrors.reason && (
        <Alert color="red" role="alert">
          {errorMessage(decide.error)}
        </Alert>
      )}
      {blocked && (
        <Text fz="sm" c="red">
          {t('approvalsPage.blockedHint')}
        </Text>
      )}
      {!rejecting ? (
        <Group>
          <Button onClick={approve} loading={decide.isPending} color="teal">
            {t('approvalsPage.approve')}
          </Button>
          <Button variant="light" color="red" onClick={() => setRejecting(true)} disabled={decide.isPending}>
            {t('approvalsPage.reject')}
          </Button>
        </Group>
      ) : (
        <form onSubmit={reject} noValidate aria-label={t('approvalsPage.rejectTitle', { customer: item.customer.name })}>
          <Stack gap="xs">
            <Textarea
              label={t('approvalsPage.reason')}
              description={t('approvalsPage.reasonHint')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={missingReason ? t('approvalsPage.reasonRequired') : serverErrors.reason}
            />
            <Group>
              <Button type="submit" color="red" loading={decide.isPending}>
                {t('approvalsPage.confirmReject')}
              </Button>
              <Button variant="subtle" onClick={() => setRejecting(false)} disabled={decide.isPending}>
                {t('approvalsPage.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
