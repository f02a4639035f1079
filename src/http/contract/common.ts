// Building blocks of the API's shapes: dates, money, codes, roles, problems, pages.
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates';
import { isCurrencyCode } from '../../domain/money';

export const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
export const currencyCode = z.string().refine(isCurrencyCode, { message: 'expected an ISO 4217 currency code' });
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter ISO 3166 country code');
export const languageCode = z.enum(['pl', 'en', 'ru', 'de']);
export const minorUnits = z.number().int().describe('amount in the minor unit of the currency (grosze, cents)');
export const uuidParam = z.uuid();
export const timeZoneName = z.string().refine(isTimeZoneName, { message: 'expected an IANA time zone, e.g. Europe/Warsaw' });

function isTimeZoneName(text: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: text });
    return text.length > 0;
  } catch {
    return false;
  }
}

export const roles = ['admin', 'collector', 'account_owner', 'viewer'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const contactRoles = [
  'payables',
  'finance_decision_maker',
  'ceo',
  'cfo',
  'chief_accountant',
  'secretary',
  'operational_buyer',
] as const;
export const contactRole = z.enum(contactRoles);
export type ContactRole = z.infer<typeof contactRole>;

export const invoiceStatuses = ['open', 'partially_paid', 'paid', 'credited', 'written_off'] as const;
export const invoiceStatus = z.enum(invoiceStatuses);
export type InvoiceStatus = z.infer<typeof invoiceStatus>;

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  issues: z
    .array(
      z.object({
        field: z.string().optional(),
        file: z.string().optional(),
        line: z.number().int().optional(),
        message: z.string(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problem>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
