import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordActivity } from '../api/activities';
import { fieldErrors } from '../api/client';
import { useErrorMessage } from '../components/query-state';

type Kind = 'note' | 'call';
type Direction = 'outbound' | 'inbound';

/** Records a note, or a call with its direction, on the customer's timeline. */
export function AddActivityForm({ org, customerId }: { org: string; customerId: string }) {
  const { t } = useTranslation();
  const record = useRecordActivity(org, customerId);
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<Kind>('note');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [missingSummary, setMissingSummary] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!summary.trim()) {
      setMissingSummary(true);
      return;
    }
    setMissingSummary(false);
    record.mutate(
      {
        type: kind,
        channel: kind === 'call' ? 'phone' : null,
        direction: kind === 'call' ? direction : 'internal',
        summary: summary.trim(),
        body: body.trim() || null,
      },
      {
        onSuccess: () => {
          setSummary('');
          setBody('');
          setSaved(true);
        },
      },
    );
  };

  const serverErrors = fieldErrors(record.error);
  const unplaced = record.error && !serverErrors.summary && !serverErrors.body;

  return (
    <form onSubmit={submit} aria-labelledby="add-activity-title" noValidate>
      <Stack gap="xs">
        <Text id="add-activity-title" fw={600} fz="sm">
          {t('timeline.addTitle')}
        </Text>
        {unplaced && (
          <Alert color="red" role="alert">
            {errorMessage(record.error)}
          </Alert>
        )}
        <Group gap="sm" align="flex-end">
          <SegmentedControl
            aria-label={t('timeline.kind')}
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={[
              { value: 'note', label: t('activityTypes.note') },
              { value: 'call', label: t('activityTypes.call') },
            ]}
          />
          {kind === 'call' && (
            <Select
              label={t('timeline.direction')}
              allowDeselect={false}
              value={direction}
              onChange={(v) => v && setDirection(v as Direction)}
              data={[
                { value: 'outbound', label: t('directions.outbound') },
                { value: 'inbound', label: t('directions.inbound') },
              ]}
              w={180}
            />
          )}
        </Group>
        <TextInput
          label={t('timeline.summary')}
          required
          maxLength={500}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={missingSummary ? t('timeline.summaryRequired') : serverErrors.summary}
        />
        <Textarea
          label={t('timeline.body')}
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={serverErrors.body}
        />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('timeline.save')}
          </Button>
          {saved && (
            <Text fz="sm" c="teal" role="status">
              {t('timeline.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
