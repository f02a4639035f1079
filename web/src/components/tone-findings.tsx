// The tone guard's findings, wherever a text is checked (a template's part, a message
// waiting for approval): what was found, how bad it is, which rule found it, where, and
// what to write instead.
import { Badge, Code, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ToneFinding } from '../../../src/domain/tone/tone-rule';

/** A finding with, for a template, the line of the part it was found on. */
export type ShownToneFinding = ToneFinding & { line?: number };

export function ToneFindings({ findings }: { findings: readonly ShownToneFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <List size="sm" spacing={6} listStyleType="none" aria-label={t('toneGuard.label')} mt={6}>
      {findings.map((finding) => (
        <List.Item key={`${finding.ruleId}|${finding.offset}`}>
          <Group gap={6} wrap="wrap">
            <Badge size="sm" color={finding.severity === 'forbidden' ? 'red' : 'yellow'} variant="light">
              {t(`toneGuard.${finding.severity}`)}
            </Badge>
            <Text fz="sm" fw={600}>
              {t('toneGuard.found', { category: t(`toneGuard.categories.${finding.category}`), phrase: finding.phrase })}
            </Text>
            {finding.line !== undefined && (
              <Text fz="xs" c="dimmed">
                {t('toneGuard.line', { line: finding.line })}
              </Text>
            )}
            <Text fz="xs" c="dimmed">
              {t('toneGuard.rule')} <Code>{finding.ruleId}</Code>
            </Text>
          </Group>
          <Text fz="sm">{finding.suggestion}</Text>
          {finding.allowedTones && finding.allowedTones.length > 0 && (
            <Text fz="xs" c="dimmed">
              {t('toneGuard.allowedAt', { tones: finding.allowedTones.map((tone) => t(`tones.${tone}`)).join(', ') })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
