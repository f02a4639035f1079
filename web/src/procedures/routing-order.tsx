// The two fixed ends of routing's order, shown around the rules: a procedure chosen by
// hand comes before every rule, and customers no rule catches get the default one.
import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fallbackProcedureKey } from '../../../src/domain/routing';
import { fallbackSummary, type SummaryWords } from './routing-summary';

export function OrderStart() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Group gap="xs" wrap="nowrap">
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
          {t('routingRules.manualBadge')}
        </Badge>
        <Text fz="sm">{t('routingRules.manualFirst')}</Text>
      </Group>
    </Paper>
  );
}

export function OrderEnd({ words }: { words: SummaryWords }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" bg="gray.0" aria-label={t('routingRules.fallback')}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
          {t('routingRules.fallback')}
        </Badge>
        <div>
          <Text fz="sm" fw={600}>
            {fallbackSummary(fallbackProcedureKey, words)}
          </Text>
          <Text fz="xs" c="dimmed">
            {t('routingRules.fallbackHint')}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}
