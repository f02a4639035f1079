// Editing a procedure means writing its next version: every field of every step with
// a select where there is a choice, steps added, removed and moved, and the day the
// version takes effect. The server's problems appear next to the field they name.
import { useState, type FormEvent } from 'react';
import { Button, Card, Chip, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureVersionView } from '../../../src/http/contract';
import { fieldErrors } from '../api/client';
import { SaveErrors } from '../components/save-errors';
import { localeOf } from '../i18n/languages';
import { useFormat } from '../i18n/use-format';
import { useSaveProcedureVersion } from './procedure-api';
import { draftInput, draftOf, moveStep, newStep, stepErrors, type NumberField, type ProcedureDraft, type StepDraft } from './procedure-draft';
import { StepFields } from './step-fields';

type Props = {
  org: string;
  procedureKey: string;
  from: ProcedureVersionView;
  defaultEffectiveFrom: string;
  currency: string;
  onSaved: (version: ProcedureVersionView) => void;
  onCancel: () => void;
};

export function ProcedureEditor({ org, procedureKey, from, defaultEffectiveFrom, currency, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveProcedureVersion(org, procedureKey);
  const [draft, setDraft] = useState<ProcedureDraft>(() => draftOf(from, defaultEffectiveFrom, currency, localeOf(format.language)));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const errors = { ...fieldErrors(save.error), ...localErrors };
  const change = (next: Partial<ProcedureDraft>) => setDraft((d) => ({ ...d, ...next }));
  // Reordering makes the server's step numbers stale: its problems are cleared.
  const restructure = (steps: StepDraft[]) => {
    save.reset();
    setLocalErrors({});
    change({ steps });
  };
  const changeStep = (index: number, next: Partial<StepDraft>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, ...next } : s)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const prepared = draftInput(draft, currency);
    if ('errors' in prepared) {
      setLocalErrors(Object.fromEntries(Object.keys(prepared.errors).map((path) => [path, t('editor.minOverdueInvalid')])));
      return;
    }
    setLocalErrors({});
    save.mutate(prepared.input, { onSuccess: onSaved });
  };

  const placed = new Set(['effectiveFrom', 'name.pl', 'name.en', 'promiseGraceDays', 'planDefaultAfterDays', 'sendWindow.from', 'sendWindow.to', 'sendWindow.weekdays']);
  const unplaced = Object.entries(errors).filter(([path]) => !placed.has(path) && !path.startsWith('steps.') && !path.startsWith('rhythm.') && !path.startsWith('sendWindow.'));
  const hasErrors = Object.keys(errors).length > 0;
  const numberField = (value: number | string): NumberField => (typeof value === 'number' ? value : '');

  return (
    <Card withBorder component="section" aria-labelledby="editor-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} fz="h4" id="editor-title">
              {t('editor.title')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('editor.hint')}
            </Text>
          </div>
          <SaveErrors title={t('editor.invalid')} error={save.error} hasErrors={hasErrors} unplaced={unplaced} />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <TextInput label={t('editor.namePl')} required value={draft.namePl} onChange={(e) => change({ namePl: e.currentTarget.value })} error={errors['name.pl']} />
            <TextInput label={t('editor.nameEn')} required value={draft.nameEn} onChange={(e) => change({ nameEn: e.currentTarget.value })} error={errors['name.en']} />
            <TextInput
              label={t('procedure.effectiveFrom')}
              type="date"
              required
              value={draft.effectiveFrom}
              onChange={(e) => change({ effectiveFrom: e.currentTarget.value })}
              error={errors.effectiveFrom}
            />
            <NumberInput
              label={t('procedure.promiseGraceDays')}
              min={0}
              allowDecimal={false}
              value={draft.promiseGraceDays}
              onChange={(v) => change({ promiseGraceDays: numberField(v) })}
              error={errors.promiseGraceDays}
            />
            <NumberInput
              label={t('procedure.planDefaultAfterDays')}
              min={0}
              allowDecimal={false}
              value={draft.planDefaultAfterDays}
              onChange={(v) => change({ planDefaultAfterDays: numberField(v) })}
              error={errors.planDefaultAfterDays}
            />
            {(['maxContactsPerWeek', 'minDaysBetweenContacts', 'maxCallAttemptsPerDay', 'rotateAfterUnansweredEmails'] as const).map((field) => (
              <NumberInput
                key={field}
                label={t(`procedure.${field}`)}
                min={1}
                allowDecimal={false}
                value={draft.rhythm[field]}
                onChange={(v) => change({ rhythm: { ...draft.rhythm, [field]: numberField(v) } })}
                error={errors[`rhythm.${field}`]}
              />
            ))}
            <TextInput
              label={t('editor.from')}
              type="time"
              value={draft.sendWindow.from}
              onChange={(e) => change({ sendWindow: { ...draft.sendWindow, from: e.currentTarget.value } })}
              error={errors['sendWindow.from']}
            />
            <TextInput
              label={t('editor.to')}
              type="time"
              value={draft.sendWindow.to}
              onChange={(e) => change({ sendWindow: { ...draft.sendWindow, to: e.currentTarget.value } })}
              error={errors['sendWindow.to']}
            />
          </SimpleGrid>
          <div role="group" aria-label={t('editor.weekdays')}>
            <Text fz="sm" fw={500} mb={4}>
              {t('editor.weekdays')}
            </Text>
            <Chip.Group
              multiple
              value={draft.sendWindow.weekdays.map(String)}
              onChange={(values) => change({ sendWindow: { ...draft.sendWindow, weekdays: values.map(Number) } })}
            >
              <Group gap={6}>
                {[1, 2, 3, 4, 5, 6, 7].map((day) => (
                  <Chip key={day} value={String(day)} size="xs">
                    {t(`weekdays.${day}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors['sendWindow.weekdays'] && (
              <Text fz="xs" c="red" mt={4}>
                {errors['sendWindow.weekdays']}
              </Text>
            )}
          </div>

          <Title order={4} fz="h5">
            {t('editor.steps')}
          </Title>
          <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
            {draft.steps.map((step, index) => (
              <li key={step.id}>
                <StepFields
                  step={step}
                  index={index}
                  count={draft.steps.length}
                  currency={currency}
                  errors={stepErrors(errors, index)}
                  onChange={(next) => changeStep(index, next)}
                  onMove={(by) => restructure(moveStep(draft.steps, index, by))}
                  onRemove={() => restructure(draft.steps.filter((_, i) => i !== index))}
                />
              </li>
            ))}
          </Stack>
          {errors.steps && (
            <Text fz="sm" c="red">
              {errors.steps}
            </Text>
          )}
          <Group justify="space-between">
            <Button variant="light" onClick={() => restructure([...draft.steps, newStep(draft, procedureKey)])}>
              {t('editor.addStep')}
            </Button>
            <Group>
              <Button variant="default" onClick={onCancel}>
                {t('editor.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('editor.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
