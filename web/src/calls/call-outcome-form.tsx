// What a call came to, recorded right after it: the outcome (required) and a note.
// Saving closes the task, puts the call on the customer's timeline, and takes the call
// off the queue.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { callOutcomes, type CallOutcome, type Task } from '../../../src/http/contract';
import { fieldErrors } from '../api/client';
import { useErrorMessage } from '../components/query-state';
import { useCompleteTask } from './calls-api';

export function CallOutcomeForm({ org, task, onSaved }: { org: string; task: Task; onSaved: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteTask(org, onSaved);
  const errorMessage = useErrorMessage();
  const [outcome, setOutcome] = useState<CallOutcome | null>(null);
  const [note, setNote] = useState('');
  const [missingOutcome, setMissingOutcome] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) {
      setMissingOutcome(true);
      return;
    }
    setMissingOutcome(false);
    complete.mutate({ taskId: task.id, outcome, note: note.trim() || null });
  };
  const serverErrors = fieldErrors(complete.error);
  const unplaced = complete.error && !serverErrors.outcome && !serverErrors.note;

  return (
    <form onSubmit={submit} noValidate aria-label={t('calls.formLabel', { customer: task.customer.name })}>
      <Stack gap="xs">
        {unplaced && (
          <Alert color="red" role="alert">
            {errorMessage(complete.error)}
          </Alert>
        )}
        <Radio.Group
          label={t('calls.outcome')}
          required
          value={outcome}
          onChange={(value) => {
            setOutcome(value as CallOutcome);
            setMissingOutcome(false);
          }}
          error={missingOutcome ? t('calls.outcomeRequired') : serverErrors.outcome}
        >
          <Stack gap={6} mt={4}>
            {callOutcomes.map((value) => (
              <Radio key={value} value={value} label={t(`calls.outcomes.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('calls.note')}
          description={t('calls.noteHint')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={serverErrors.note}
        />
        <Group>
          <Button type="submit" loading={complete.isPending}>
            {t('calls.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
