// The receivables overview: totals and aging per currency.
import { z } from 'zod';
import { isoDate } from './common';
import { organization } from './organizations';

export const agingBucketsSchema = z.object({
  notDue: z.number().int(),
  d1to30: z.number().int(),
  d31to60: z.number().int(),
  d61to90: z.number().int(),
  d90plus: z.number().int(),
});

export const overview = z.object({
  asOf: z.string(),
  currencies: z.array(
    z.object({
      currency: z.string(),
      openMinor: z.number().int(),
      overdueMinor: z.number().int(),
      openInvoices: z.number().int(),
      overdueInvoices: z.number().int(),
      buckets: agingBucketsSchema.describe('open amount per aging bucket, minor units'),
      bucketCounts: agingBucketsSchema.describe('number of open invoices per aging bucket'),
    }),
  ),
  topOverdueCustomers: z.array(
    z.object({
      customerId: z.uuid(),
      name: z.string(),
      currency: z.string(),
      overdueMinor: z.number().int(),
      maxDaysOverdue: z.number().int(),
    }),
  ),
});
export type Overview = z.infer<typeof overview>;

export const asOfQuery = z.object({
  asOf: isoDate.optional().describe('the day amounts are aged on; today in the organization by default'),
});
