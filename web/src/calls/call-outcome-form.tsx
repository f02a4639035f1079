// What a call came to, recorded right after it: the outcome (required) and a note, and
// when the customer promised to pay, the promise itself (day, amount, invoices). Saving
// closes the task, puts the call (and the promise) on the customer's timeline, and takes
// the call off the queue; the server records both or, refusing the promise, neither.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { callOutcomes, type CallOutcome, type CallPromise, type Task } from '../../../src/http/contract';
import { fieldErrors } from '../api/client';
import { useErrorMessage } from '../components/query-state';
import { useFormat } from '../i18n/use-format';
import { checkPromise, promiseCurrencies, serverErrorPlaces, startPromise, type PromiseDraft } from './call-promise';
import { PromiseFields } from './call-promise-fields';
import { useCompleteTask } from './calls-api';

type CallOutcomeFormProps = {
  org: string;
  task: Task;
  /** The organization's today, which a promised day may not be before. */
  today: string;
  onSaved: (promise: CallPromise | null) => void;
};

export function CallOutcomeForm({ org, task, today, onSaved }: CallOutcomeFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const complete = useCompleteTask(org, (_, completion) => onSaved(completion.promise ?? null));
  const errorMessage = useErrorMessage();
  const items = task.script?.items ?? [];
  const currencies = promiseCurrencies(items);
  const [outcome, setOutcome] = useState<CallOutcome | null>(null);
  const [note, setNote] = useState('');
  const [missingOutcome, setMissingOutcome] = useState(false);
  const [draft, setDraft] = useState<PromiseDraft | null>(() => (currencies[0] ? startPromise(items, currencies[0], format.language) : null));
  const [triedPromise, setTriedPromise] = useState(false);

  const asksPromise = outcome === 'reachedPromised';
  const checked = asksPromise && draft ? checkPromise(draft, items, today) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) {
      setMissingOutcome(true);
      return;
    }
    setMissingOutcome(false);
    if (checked) setTriedPromise(true);
    if (checked && !checked.ok) return;
    complete.mutate({ taskId: task.id, outcome, note: note.trim() || null, ...(checked?.ok ? { promise: checked.promise } : {}) });
  };
  const changePromise = (next: PromiseDraft) => {
    setDraft(next);
    complete.reset();
  };
  const places = serverErrorPlaces(fieldErrors(complete.error));

  return (
    <form onSubmit={submit} noValidate aria-label={t('calls.formLabel', { customer: task.customer.name })}>
      <Stack gap="xs">
        {complete.error && places.unplaced && (
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
            complete.reset();
          }}
          error={missingOutcome ? t('calls.outcomeRequired') : places.at.outcome}
        >
          <Stack gap={6} mt={4}>
            {callOutcomes.map((value) => (
              <Radio key={value} value={value} label={t(`calls.outcomes.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {asksPromise &&
          (draft ? (
            <PromiseFields
              items={items}
              currencies={currencies}
              draft={draft}
              onChange={changePromise}
              today={today}
              problems={triedPromise && checked && !checked.ok ? checked.problems : {}}
              serverErrors={places.at}
            />
          ) : (
            <Text fz="sm" c="dimmed">
              {t('calls.promise.noItems')}
            </Text>
          ))}
        <Textarea
          label={t('calls.note')}
          description={t('calls.noteHint')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={places.at.note}
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
