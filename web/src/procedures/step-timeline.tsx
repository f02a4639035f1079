// A procedure's steps along the days from the due date: the steps before it, the due
// date itself, the steps after it. Each card says the day, the channel, who is
// addressed (in the order tried), the tone by colour, and approvals and effects.
import { Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureStepView } from '../../../src/http/contract';
import { useFormat } from '../i18n/use-format';
import { labelOf, offsetSentence, signedOffset, toneColor } from './step-display';

type Props = { steps: readonly ProcedureStepView[]; currency: string };

// Badges on a narrow card wrap their words instead of cutting them off.
const wrapping = { label: { whiteSpace: 'normal' as const, overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 } };

export function StepTimeline({ steps, currency }: Props) {
  const { t } = useTranslation();
  const before = steps.filter((s) => s.dayOffset < 0);
  const after = steps.filter((s) => s.dayOffset >= 0);
  return (
    <Box
      role="region"
      aria-label={t('stepTimeline.label')}
      tabIndex={0}
      style={{ overflowX: 'auto' }}
      pb="xs"
    >
      <Group wrap="nowrap" align="stretch" gap="xs" miw="min-content">
        <Zone title={t('stepTimeline.beforeDue')} steps={before} currency={currency} tint="gray.0" />
        <Stack gap={4} align="center" justify="flex-start" miw={72} aria-hidden="true">
          <Text fz="xs" fw={700} c="teal.8" ta="center">
            {t('stepTimeline.dueDate')}
          </Text>
          <Box w={4} style={{ flex: 1, borderRadius: 2, background: 'var(--mantine-color-teal-7)' }} />
        </Stack>
        <Zone title={t('stepTimeline.afterDue')} steps={after} currency={currency} tint="orange.0" />
      </Group>
    </Box>
  );
}

function Zone({ title, steps, currency, tint }: { title: string; steps: readonly ProcedureStepView[]; currency: string; tint: string }) {
  return (
    <Box bg={tint} p="xs" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
      <Text fz="xs" fw={700} tt="uppercase" c="dimmed" mb={6}>
        {title}
      </Text>
      <Group component="ol" wrap="nowrap" align="stretch" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {steps.map((step) => (
          <li key={step.key} style={{ display: 'flex' }}>
            <StepCard step={step} currency={currency} />
          </li>
        ))}
      </Group>
    </Box>
  );
}

/** One step as a card; its left edge has the tone's colour. */
export function StepCard({ step, currency }: { step: ProcedureStepView; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const color = toneColor(step.tone);
  const conditions = [
    step.conditions.minOverdueMinor !== undefined ? t('stepTimeline.minOverdue', { amount: format.money(step.conditions.minOverdueMinor, currency) }) : null,
    step.conditions.onlyIfNoReplySinceLastStep ? t('stepTimeline.onlyIfNoReply') : null,
    step.conditions.onlyAfterBrokenPromise ? t('stepTimeline.onlyAfterBrokenPromise') : null,
  ].filter((c): c is string => c !== null);
  return (
    <Paper
      withBorder
      p="xs"
      w={172}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)`, display: 'flex', flexDirection: 'column', gap: 4 }}
      aria-label={`${offsetSentence(t, step.dayOffset)}: ${labelOf(t, 'stepChannels', step.channel)}`}
    >
      <Group gap={6} wrap="nowrap">
        <Badge color={color} variant="filled" size="sm" title={offsetSentence(t, step.dayOffset)}>
          {t('stepTimeline.shortOffset', { offset: signedOffset(step.dayOffset) })}
        </Badge>
        <Text fz="sm" fw={650} lh={1.2}>
          {labelOf(t, 'stepChannels', step.channel)}
        </Text>
      </Group>
      <Text fz="xs" c="dimmed" lh={1.2}>
        {offsetSentence(t, step.dayOffset)}
        {step.purpose === 'confirmReceipt' ? ` · ${labelOf(t, 'stepPurposes', step.purpose)}` : ''}
      </Text>
      <Badge color={color} variant="light" size="sm" w="fit-content">
        {labelOf(t, 'tones', step.tone)}
      </Badge>
      {step.addressees.length > 0 && (
        <Text fz="xs" lh={1.3}>
          <Text span fz="xs" c="dimmed">
            {t('stepTimeline.addressees')}:{' '}
          </Text>
          {step.addressees.map((role) => labelOf(t, 'contactRoles', role)).join(' → ')}
        </Text>
      )}
      {conditions.map((condition) => (
        <Text key={condition} fz="xs" fs="italic" c="dimmed" lh={1.2}>
          {condition}
        </Text>
      ))}
      {(step.approval !== 'none' || step.effects.length > 0) && (
        <Group gap={4}>
          {step.approval !== 'none' && (
            <Badge color="yellow" variant="outline" size="xs" tt="none" h="auto" styles={wrapping}>
              {labelOf(t, 'approvals', step.approval)}
            </Badge>
          )}
          {step.effects.map((effect) => (
            <Badge key={effect} color="red" variant="light" size="xs" tt="none" h="auto" styles={wrapping}>
              {labelOf(t, 'stepEffects', effect)}
            </Badge>
          ))}
        </Group>
      )}
      <Text fz={10} c="dimmed" ff="monospace" mt="auto">
        {step.key}
      </Text>
    </Paper>
  );
}
