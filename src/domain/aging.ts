import { daysOverdue, type IsoDate } from './dates';

// The aging buckets every credit controller reads first: not yet due, then by 30 days.
export const agingBuckets = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'd90plus'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

/** The bucket an open item falls into on `today`. */
export function agingBucket(dueDate: IsoDate, today: IsoDate): AgingBucket {
  const days = daysOverdue(dueDate, today);
  if (days <= 0) return 'notDue';
  if (days <= 30) return 'd1to30';
  if (days <= 60) return 'd31to60';
  if (days <= 90) return 'd61to90';
  return 'd90plus';
}
