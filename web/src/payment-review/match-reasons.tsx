// The matcher's reasons in the person's language, with its own precise words (which
// name the numbers and percentages it compared) a hover away.
import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isKnownReason } from './line-reading';

export function MatchReasons({ reasons, label, color = 'gray' }: { reasons: readonly { code: string; text: string }[]; label: string; color?: string }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Group gap={4} role="list" aria-label={label}>
      {reasons.map((reason, index) => (
        <Tooltip key={`${reason.code}-${index}`} label={reason.text} multiline maw={360} withArrow>
          <Badge role="listitem" variant="light" color={color} tt="none" fw={500}>
            {isKnownReason(reason.code) ? t(`paymentReview.reasons.${reason.code}`) : reason.text}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
