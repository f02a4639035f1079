// One step of a procedure in the editor: every field with a select where there is a
// choice, buttons to move or remove it, and the server's problems beside each field.
import { ActionIcon, Alert, Checkbox, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { addresseeRoles, approvals, channels, stepEffects, stepPurposes, tones } from '../../../src/domain/dunning/procedure';
import type { StepDraft } from './procedure-draft';
import { labelOf } from './step-display';

const options = (t: TFunction, group: string, values: readonly string[]) => values.map((value) => ({ value, label: labelOf(t, group, value) }));

type StepFieldsProps = {
  step: StepDraft;
  index: number;
  count: number;
  currency: string;
  errors: Record<string, string>;
  onChange: (next: Partial<StepDraft>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
};

export function StepFields({ step, index, count, currency, errors, onChange, onMove, onRemove }: StepFieldsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  // Problems inside a list (e.g. "addressees.1") are shown at the list's field.
  const at = (field: string) =>
    errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`) || path.startsWith(`${field}[`))?.[1];
  const fields = ['key', 'dayOffset', 'purpose', 'channel', 'addressees', 'templateKey', 'tone', 'approval', 'effects', 'conditions.minOverdueMinor'];
  const other = Object.entries(errors).filter(([path]) => !fields.some((f) => path === f || path.startsWith(`${f}.`)));
  const titleId = `${step.id}-title`;
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={titleId} style={{ borderColor: Object.keys(errors).length > 0 ? 'var(--mantine-color-red-6)' : undefined }}>
      <Group justify="space-between" mb="xs">
        <Text id={titleId} fw={650} fz="sm">
          {t('editor.stepTitle', { number })}
        </Text>
        <Group gap={4}>
          <ActionIcon variant="subtle" aria-label={t('editor.moveUp', { number })} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t('editor.moveDown', { number })} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeStep', { number })} onClick={onRemove}>
            ✕
          </ActionIcon>
        </Group>
      </Group>
      {other.length > 0 && (
        <Alert color="red" p="xs" mb="xs" title={t('editor.stepProblems')}>
          {other.map(([path, message]) => (
            <Text key={path} fz="xs">
              {message}
            </Text>
          ))}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
        <NumberInput
          label={t('editor.dayOffset')}
          description={t('editor.dayOffsetHint')}
          allowDecimal={false}
          value={step.dayOffset}
          onChange={(v) => onChange({ dayOffset: typeof v === 'number' ? v : '' })}
          error={at('dayOffset')}
        />
        <Select label={t('editor.channel')} allowDeselect={false} data={options(t, 'stepChannels', channels)} value={step.channel} onChange={(v) => v && onChange({ channel: v })} error={at('channel')} />
        <Select label={t('editor.tone')} allowDeselect={false} data={options(t, 'tones', tones)} value={step.tone} onChange={(v) => v && onChange({ tone: v })} error={at('tone')} />
        <Select label={t('editor.purpose')} allowDeselect={false} data={options(t, 'stepPurposes', stepPurposes)} value={step.purpose} onChange={(v) => v && onChange({ purpose: v })} error={at('purpose')} />
        <MultiSelect
          label={t('editor.addressees')}
          description={t('editor.addresseesHint')}
          data={options(t, 'contactRoles', addresseeRoles)}
          value={step.addressees}
          onChange={(addressees) => onChange({ addressees })}
          error={at('addressees')}
          style={{ gridColumn: 'span 2' }}
        />
        <Select label={t('editor.approval')} allowDeselect={false} data={options(t, 'approvals', approvals)} value={step.approval} onChange={(v) => v && onChange({ approval: v })} error={at('approval')} />
        <MultiSelect label={t('editor.effects')} data={options(t, 'stepEffects', stepEffects)} value={step.effects} onChange={(effects) => onChange({ effects })} error={at('effects')} />
        <TextInput label={t('editor.stepKey')} value={step.key} onChange={(e) => onChange({ key: e.currentTarget.value })} error={at('key')} />
        <TextInput label={t('editor.template')} value={step.templateKey} onChange={(e) => onChange({ templateKey: e.currentTarget.value })} error={at('templateKey')} />
        <TextInput
          label={t('editor.minOverdue', { currency })}
          inputMode="decimal"
          value={step.minOverdueText}
          onChange={(e) => onChange({ minOverdueText: e.currentTarget.value })}
          error={at('conditions.minOverdueMinor')}
        />
        <Stack gap={6} justify="center">
          <Checkbox label={t('stepTimeline.onlyIfNoReply')} checked={step.onlyIfNoReply} onChange={(e) => onChange({ onlyIfNoReply: e.currentTarget.checked })} />
          <Checkbox
            label={t('stepTimeline.onlyAfterBrokenPromise')}
            checked={step.onlyAfterBrokenPromise}
            onChange={(e) => onChange({ onlyAfterBrokenPromise: e.currentTarget.checked })}
          />
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
