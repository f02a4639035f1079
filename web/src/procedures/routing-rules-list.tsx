// The routing rules for those who may read but not change them: each rule's name and
// sentence in the order they are tried, between the two fixed ends of that order.
import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoutingRuleView } from '../../../src/http/contract';
import { firstCatchAll } from './routing-draft';
import { OrderEnd, OrderStart } from './routing-order';
import { ruleSummary, type SummaryWords } from './routing-summary';

export function RoutingRulesList({ rules, words }: { rules: readonly RoutingRuleView[]; words: SummaryWords }) {
  const { t } = useTranslation();
  const catchAll = firstCatchAll(rules);
  return (
    <Stack gap="sm">
      <OrderStart />
      {rules.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t('routingRules.empty')}
        </Text>
      )}
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('routingRules.title')}>
        {rules.map((rule, index) => (
          <li key={rule.id}>
            <Paper withBorder p="sm" style={{ opacity: rule.enabled ? 1 : 0.75 }}>
              <Group gap="xs" mb={2}>
                <Text fz="sm" fw={650}>
                  {t('routingRules.ruleTitle', { number: index + 1 })}: {rule.name}
                </Text>
                {!rule.enabled && (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('routingRules.disabled')}
                  </Badge>
                )}
              </Group>
              <Text fz="sm">{ruleSummary(rule, words)}</Text>
              {catchAll !== null && index > catchAll && (
                <Alert color="yellow" p="xs" mt="xs">
                  {t('routingRules.unreachable', { number: catchAll + 1 })}
                </Alert>
              )}
            </Paper>
          </li>
        ))}
      </Stack>
      <OrderEnd words={words} />
    </Stack>
  );
}
