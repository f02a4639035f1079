import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../api/types';

const statusColors: Record<InvoiceStatus, string> = {
  open: 'blue',
  partially_paid: 'yellow',
  paid: 'green',
  credited: 'gray',
  written_off: 'dark',
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Days past due, red once overdue; "not due" otherwise. Compact says only "59 days", for a column titled so. */
export function DaysOverdueBadge({ days, compact = false }: { days: number; compact?: boolean }) {
  const { t } = useTranslation();
  if (days <= 0) {
    return (
      <Badge color="gray" variant="outline">
        {t('common.notDue')}
      </Badge>
    );
  }
  const color = days > 90 ? 'red.9' : days > 30 ? 'red' : 'orange';
  return (
    <Badge color={color} variant="filled">
      {compact ? t('common.days', { count: days }) : t('common.daysOverdue', { count: days })}
    </Badge>
  );
}
