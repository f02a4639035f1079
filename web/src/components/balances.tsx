import { Stack, Text } from '@mantine/core';
import type { Balance } from '../api/types';
import { useFormat } from '../i18n/use-format';

/** One line per currency: amounts in two currencies are never added together. */
export function BalanceAmounts({ balances, field }: { balances: Balance[]; field: 'openMinor' | 'overdueMinor' }) {
  const format = useFormat();
  const lines = balances.filter((b) => b[field] !== 0);
  if (lines.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {lines.map((b) => (
        <Text key={b.currency} fz="sm" ta="right" style={{ whiteSpace: 'nowrap' }} c={field === 'overdueMinor' ? 'red.8' : undefined}>
          {format.money(b[field], b.currency)}
        </Text>
      ))}
    </Stack>
  );
}
