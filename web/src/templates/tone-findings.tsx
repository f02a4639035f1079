// The tone guard's findings in one part of a template: what was found, how bad it is,
// which rule found it, and what to write instead.
import { Badge, Code, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateToneFindingView } from '../../../src/http/contract';

export function ToneFindings({ findings }: { findings: readonly TemplateToneFindingView[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <List size="sm" spacing={6} listStyleType="none" aria-label={t('templates.tone.label')} mt={6}>
      {findings.map((finding) => (
        <List.Item key={`${finding.ruleId}|${finding.offset}`}>
          <Group gap={6} wrap="wrap">
            <Badge size="sm" color={finding.severity === 'forbidden' ? 'red' : 'yellow'} variant="light">
              {t(`templates.tone.${finding.severity}`)}
            </Badge>
            <Text fz="sm" fw={600}>
              {t('templates.tone.found', { category: t(`templates.toneCategories.${finding.category}`), phrase: finding.phrase })}
            </Text>
            {finding.line !== undefined && (
              <Text fz="xs" c="dimmed">
                {t('templates.tone.line', { line: finding.line })}
              </Text>
            )}
            <Text fz="xs" c="dimmed">
              {t('templates.tone.rule')} <Code>{finding.ruleId}</Code>
            </Text>
          </Group>
          <Text fz="sm">{finding.suggestion}</Text>
          {finding.allowedTones && finding.allowedTones.length > 0 && (
            <Text fz="xs" c="dimmed">
              {t('templates.tone.allowedAt', { tones: finding.allowedTones.map((tone) => t(`tones.${tone}`)).join(', ') })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
