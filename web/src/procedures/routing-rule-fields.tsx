// One routing rule in the editor: its name, the procedure it picks, whether it is on,
// and every criterion with an input of its kind (several tags or segments, amounts in
// the base currency, whole days and months). Its sentence sits on top, and the server's
// problems appear beside the field they name.
import { ActionIcon, Alert, Button, Group, MultiSelect, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { criteriaPaths, type NumberField, type RuleDraft } from './routing-draft';

export type Option = { value: string; label: string };

type Props = {
  rule: RuleDraft;
  index: number;
  count: number;
  currency: string;
  /** Problems of this rule by the path below it: "name", "criteria.minOverdueMinor". */
  errors: Record<string, string>;
  summary: string;
  /** The number of an earlier rule that catches everyone, so this one is never reached. */
  shadowedBy: number | null;
  catchesEveryone: boolean;
  procedureOptions: Option[];
  tagOptions: string[];
  segmentOptions: Option[];
  procedureName: (procedureKey: string) => string;
  onChange: (next: Partial<RuleDraft>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
};

const placed = new Set(['name', 'procedureKey', 'enabled', ...Object.values(criteriaPaths)]);
const numberField = (value: number | string): NumberField => (typeof value === 'number' ? value : '');

export function RoutingRuleFields(props: Props) {
  const { rule, index, count, currency, errors, onChange } = props;
  const { t } = useTranslation();
  const number = index + 1;
  // Problems inside a list (e.g. "criteria.segments.1") are shown at the list's field.
  const at = (path: string) => errors[path] ?? Object.entries(errors).find(([p]) => p.startsWith(`${path}.`))?.[1];
  const other = Object.entries(errors).filter(([path]) => ![...placed].some((p) => path === p || path.startsWith(`${p}.`)));
  const titleId = `${rule.id}-title`;
  const days = (field: 'minTenureMonths' | 'maxTenureMonths' | 'minDaysOverdue' | 'minBrokenPromises', label: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      min={0}
      allowDecimal={false}
      value={rule[field]}
      onChange={(v) => onChange({ [field]: numberField(v) })}
      error={at(criteriaPaths[field])}
    />
  );
  const amount = (field: 'minRevenueText' | 'minOverdueText' | 'openBelowText', label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      inputMode="decimal"
      value={rule[field]}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      error={at(criteriaPaths[field])}
    />
  );

  return (
    <Paper
      withBorder
      p="sm"
      role="group"
      aria-labelledby={titleId}
      style={{ borderColor: Object.keys(errors).length > 0 ? 'var(--mantine-color-red-6)' : undefined, opacity: rule.enabled ? 1 : 0.75 }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <div>
          <Title order={4} fz="sm" id={titleId}>
            {t('routingRules.ruleTitle', { number })}
          </Title>
          <Text fz="sm" c="dimmed" data-testid="rule-summary">
            {props.summary}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={t('routingRules.moveUp', { number })} disabled={index === 0} onClick={() => props.onMove(-1)}>
            ↑
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t('routingRules.moveDown', { number })} disabled={index === count - 1} onClick={() => props.onMove(1)}>
            ↓
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('routingRules.removeRule', { number })} onClick={props.onRemove}>
            ✕
          </ActionIcon>
        </Group>
      </Group>
      <Stack gap="xs">
        {props.shadowedBy !== null && (
          <Alert color="yellow" p="xs">
            {t('routingRules.unreachable', { number: props.shadowedBy })}
          </Alert>
        )}
        {props.shadowedBy === null && props.catchesEveryone && rule.enabled && (
          <Text fz="xs" c="orange.8">
            {t('routingRules.catchAll')}
          </Text>
        )}
        {rule.manualProcedureKey !== null && (
          <Alert color="yellow" p="xs">
            <Group justify="space-between" gap="xs">
              <Text fz="sm">{t('routingRules.manualCriterion', { procedure: props.procedureName(rule.manualProcedureKey) })}</Text>
              <Button size="xs" variant="light" color="yellow" onClick={() => onChange({ manualProcedureKey: null })}>
                {t('routingRules.removeManual')}
              </Button>
            </Group>
          </Alert>
        )}
        {other.length > 0 && (
          <Alert color="red" p="xs" title={t('routingRules.ruleProblems')}>
            {other.map(([path, message]) => (
              <Text key={path} fz="xs">
                {path ? `${path}: ` : ''}
                {message}
              </Text>
            ))}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label={t('routingRules.name')} required value={rule.name} onChange={(e) => onChange({ name: e.currentTarget.value })} error={at('name')} />
          <Select
            label={t('routingRules.procedure')}
            required
            allowDeselect={false}
            placeholder={t('routingRules.chooseProcedure')}
            data={props.procedureOptions}
            value={rule.procedureKey === '' ? null : rule.procedureKey}
            onChange={(v) => v && onChange({ procedureKey: v })}
            error={at('procedureKey')}
          />
          <Switch
            label={t('routingRules.enabled')}
            checked={rule.enabled}
            onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
            error={at('enabled')}
            mt={{ base: 0, sm: 30 }}
          />
        </SimpleGrid>
        <Text fz="xs" fw={700} tt="uppercase" c="dimmed" mt={4}>
          {t('routingRules.criteria')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="xs">
          <TagsInput
            label={t('routingRules.tags')}
            description={t('routingRules.tagsHint')}
            data={props.tagOptions}
            value={rule.tags}
            onChange={(tags) => onChange({ tags })}
            error={at(criteriaPaths.tags)}
            clearable
            style={{ gridColumn: 'span 2' }}
          />
          <MultiSelect
            label={t('routingRules.segments')}
            description={t('routingRules.segmentsHint')}
            data={props.segmentOptions}
            value={rule.segments}
            onChange={(segments) => onChange({ segments })}
            error={at(criteriaPaths.segments)}
            searchable
            clearable
            style={{ gridColumn: 'span 2' }}
          />
          {days('minDaysOverdue', t('routingRules.minDaysOverdue'))}
          {amount('minOverdueText', t('routingRules.minOverdue', { currency }))}
          {amount('openBelowText', t('routingRules.openBelow', { currency }), t('routingRules.openBelowHint'))}
          {days('minBrokenPromises', t('routingRules.minBrokenPromises'))}
          {days('minTenureMonths', t('routingRules.minTenure'))}
          {days('maxTenureMonths', t('routingRules.maxTenure'), t('routingRules.maxTenureHint'))}
          {amount('minRevenueText', t('routingRules.minRevenue', { currency }))}
          <Stack gap={6}>
            <Switch
              label={t('routingRules.regularContract')}
              description={t('routingRules.contractHint')}
              checked={rule.regularContract !== 'any'}
              onChange={(e) => onChange({ regularContract: e.currentTarget.checked ? 'with' : 'any' })}
              error={at(criteriaPaths.regularContract)}
            />
            {rule.regularContract !== 'any' && (
              <SegmentedControl
                size="xs"
                aria-label={t('routingRules.regularContract')}
                value={rule.regularContract}
                onChange={(v) => onChange({ regularContract: v === 'without' ? 'without' : 'with' })}
                data={[
                  { value: 'with', label: t('routingRules.withContract') },
                  { value: 'without', label: t('routingRules.withoutContract') },
                ]}
              />
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
