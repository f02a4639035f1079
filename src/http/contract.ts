// The shapes the HTTP API speaks, as zod schemas: the server validates with them and
// documents them in OpenAPI, and the web app takes its types from them.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { isValidIban } from '../domain/iban';
import { isCurrencyCode } from '../domain/money';

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

// ── Auth and organizations ──────────────────────────────────────────────────────

export const loginRequest = z.object({ email: z.email(), password: z.string().min(1) });

export const membershipSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  legalName: z.string(),
  role,
  baseCurrency: z.string(),
  defaultLanguage: z.string(),
});
export type MembershipSummary = z.infer<typeof membershipSummary>;

export const sessionInfo = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), language: z.string() }),
  organizations: z.array(membershipSummary),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const setupStatus = z.object({ needsSetup: z.boolean() });

export const organizationInput = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes'),
  legalName: z.string().min(1).max(300),
  taxId: z.string().max(40).optional(),
  country: countryCode,
  baseCurrency: currencyCode,
  defaultLanguage: languageCode.default('pl'),
  timeZone: timeZoneName.default('Europe/Warsaw'),
});

export const userInput = z.object({
  email: z.email(),
  name: z.string().min(1).max(200),
  password: z.string().min(10, 'at least 10 characters'),
  language: languageCode.default('pl'),
});

export const setupRequest = z.object({ organization: organizationInput, admin: userInput });

export const bankAccount = z.object({
  id: z.uuid(),
  iban: z.string(),
  currency: z.string(),
  bankName: z.string().nullable(),
  isDefault: z.boolean(),
});
export type BankAccount = z.infer<typeof bankAccount>;

export const organization = z.object({
  id: z.uuid(),
  slug: z.string(),
  legalName: z.string(),
  taxId: z.string().nullable(),
  country: z.string(),
  baseCurrency: z.string(),
  defaultLanguage: z.string(),
  timeZone: z.string(),
  bankAccounts: z.array(bankAccount),
});
export type Organization = z.infer<typeof organization>;

// ── Customers and contacts ──────────────────────────────────────────────────────

export const customerInput = z.object({
  externalId: z.string().max(100).nullable().optional(),
  name: z.string().min(1).max(300),
  taxId: z.string().max(40).nullable().optional(),
  vatId: z.string().max(40).nullable().optional(),
  otherTaxId: z.string().max(60).nullable().optional(),
  country: countryCode,
  language: languageCode.nullable().optional(),
  timeZone: timeZoneName.nullable().optional(),
  segment: z.string().max(60).nullable().optional(),
  paymentTermsDays: z.number().int().min(0).max(365).nullable().optional(),
  creditLimitMinor: minorUnits.min(0).nullable().optional(),
  creditLimitCurrency: currencyCode.nullable().optional(),
  accountOwnerUserId: z.uuid().nullable().optional(),
  tags: z.array(z.string().max(60)).optional(),
  notes: z.string().max(10_000).nullable().optional(),
  creditHold: z.boolean().optional(),
  doNotContact: z.boolean().optional(),
});
export type CustomerInput = z.infer<typeof customerInput>;

export const customer = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  name: z.string(),
  taxId: z.string().nullable(),
  vatId: z.string().nullable(),
  otherTaxId: z.string().nullable(),
  country: z.string(),
  language: z.string().nullable(),
  timeZone: z.string().nullable(),
  segment: z.string().nullable(),
  paymentTermsDays: z.number().int().nullable(),
  creditLimitMinor: z.number().int().nullable(),
  creditLimitCurrency: z.string().nullable(),
  accountOwnerUserId: z.uuid().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  creditHold: z.boolean(),
  doNotContact: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof customer>;

/** What a customer owes in one currency on the day asked. */
export const balance = z.object({
  currency: z.string(),
  openMinor: z.number().int(),
  overdueMinor: z.number().int(),
  openInvoices: z.number().int(),
});
export type Balance = z.infer<typeof balance>;

export const customerListItem = customer.extend({
  balances: z.array(balance),
  maxDaysOverdue: z.number().int().describe('days past due of the oldest overdue item; 0 when none'),
});
export type CustomerListItem = z.infer<typeof customerListItem>;

export const customerListQuery = pageQuery.extend({
  search: z.string().optional().describe('name, tax id, VAT id or external id contains'),
  segment: z.string().optional(),
  tag: z.string().optional(),
  sort: z.enum(['name', 'overdue', 'open', 'daysOverdue', 'createdAt']).default('name'),
  order: z.enum(['asc', 'desc']).optional(),
  asOf: isoDate.optional().describe('the day overdue amounts are counted on; today in the organization by default'),
});

export const emailAddress = z.object({ address: z.email(), label: z.string().max(60).optional() });
export const phoneNumber = z.object({
  number: z.string().regex(/^\+?[\d\s()-]{5,25}$/, 'a phone number: digits, spaces, dashes, optional +'),
  kind: z.enum(['work', 'mobile', 'home', 'other']),
});
export const postalAddress = z.object({
  label: z.string().max(60).optional(),
  street: z.string().min(1).max(200),
  postalCode: z.string().min(1).max(20),
  city: z.string().min(1).max(100),
  country: countryCode,
});
export const channel = z.enum(['email', 'sms', 'phone', 'letter']);

export const contactInput = z.object({
  externalId: z.string().max(100).nullable().optional(),
  kind: z.enum(['person', 'function']).default('person'),
  name: z.string().min(1).max(200),
  jobTitle: z.string().max(200).nullable().optional(),
  roles: z.array(contactRole).default([]),
  emails: z.array(emailAddress).default([]),
  phones: z.array(phoneNumber).default([]),
  addresses: z.array(postalAddress).default([]),
  preferredChannel: channel.nullable().optional(),
  optedOutChannels: z.array(channel).default([]),
  notes: z.string().max(10_000).nullable().optional(),
});
export type ContactInput = z.infer<typeof contactInput>;

export const contact = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  externalId: z.string().nullable(),
  kind: z.enum(['person', 'function']),
  name: z.string(),
  jobTitle: z.string().nullable(),
  roles: z.array(contactRole),
  emails: z.array(emailAddress),
  phones: z.array(phoneNumber),
  addresses: z.array(postalAddress),
  preferredChannel: channel.nullable(),
  optedOutChannels: z.array(channel),
  notes: z.string().nullable(),
});
export type Contact = z.infer<typeof contact>;

export const customerDetail = customer.extend({
  contacts: z.array(contact),
  balances: z.array(balance),
  accountOwner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
});
export type CustomerDetail = z.infer<typeof customerDetail>;

// ── Invoices, credit notes, payments, allocations ───────────────────────────────

export const invoiceInput = z.object({
  customerId: z.uuid(),
  number: z.string().min(1).max(100),
  externalId: z.string().max(100).nullable().optional(),
  issueDate: isoDate,
  dueDate: isoDate,
  currency: currencyCode,
  grossTotalMinor: minorUnits.positive(),
});
export type InvoiceInput = z.infer<typeof invoiceInput>;

export const invoice = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  customerName: z.string(),
  number: z.string(),
  externalId: z.string().nullable(),
  issueDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  grossTotalMinor: z.number().int(),
  openAmountMinor: z.number().int(),
  status: invoiceStatus,
  daysOverdue: z.number().int().describe('days past the due date on asOf; 0 when not due or settled'),
  source: z.string(),
  createdAt: z.string(),
});
export type Invoice = z.infer<typeof invoice>;

export const invoiceListQuery = pageQuery.extend({
  customerId: z.uuid().optional(),
  status: z
    .string()
    .optional()
    .describe('one status, several separated by commas, or "unsettled" for open and partially paid'),
  currency: currencyCode.optional(),
  minDaysOverdue: z.coerce.number().int().optional(),
  maxDaysOverdue: z.coerce.number().int().optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  search: z.string().optional().describe('invoice number contains'),
  sort: z.enum(['dueDate', 'issueDate', 'number', 'openAmount', 'grossTotal', 'daysOverdue']).default('dueDate'),
  order: z.enum(['asc', 'desc']).default('asc'),
  asOf: isoDate.optional(),
});

export const allocation = z.object({
  id: z.uuid(),
  invoiceId: z.uuid(),
  invoiceNumber: z.string(),
  kind: z.enum(['payment', 'credit_note']),
  paymentId: z.uuid().nullable(),
  creditNoteId: z.uuid().nullable(),
  amountMinor: z.number().int(),
  currency: z.string(),
  date: z.string().describe('payment date or credit note issue date'),
  reference: z.string().nullable().describe('transfer title or credit note number'),
  createdAt: z.string(),
});
export type Allocation = z.infer<typeof allocation>;

export const creditNoteInput = z.object({
  customerId: z.uuid(),
  number: z.string().min(1).max(100),
  issueDate: isoDate,
  currency: currencyCode,
  totalMinor: minorUnits.positive(),
  invoiceId: z.uuid().nullable().optional().describe('the invoice it corrects; allocated at once when given'),
  reason: z.string().max(1000).nullable().optional(),
});

export const creditNote = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  number: z.string(),
  issueDate: z.string(),
  currency: z.string(),
  totalMinor: z.number().int(),
  invoiceId: z.uuid().nullable(),
  reason: z.string().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
export type CreditNote = z.infer<typeof creditNote>;

export const paymentInput = z.object({
  customerId: z.uuid().nullable().optional(),
  externalId: z.string().max(100).nullable().optional(),
  paymentDate: isoDate,
  amountMinor: minorUnits.positive(),
  currency: currencyCode,
  payerName: z.string().max(300).nullable().optional(),
  payerAccount: z.string().max(60).nullable().optional(),
  transferTitle: z.string().max(500).nullable().optional(),
  allocations: z
    .array(z.object({ invoiceId: z.uuid(), amountMinor: minorUnits.positive() }))
    .default([])
    .describe('invoices this payment settles, allocated at once'),
});

export const payment = z.object({
  id: z.uuid(),
  customerId: z.uuid().nullable(),
  customerName: z.string().nullable(),
  externalId: z.string().nullable(),
  paymentDate: z.string(),
  amountMinor: z.number().int(),
  unallocatedMinor: z.number().int(),
  currency: z.string(),
  payerName: z.string().nullable(),
  payerAccount: z.string().nullable(),
  transferTitle: z.string().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
export type Payment = z.infer<typeof payment>;

export const allocationInput = z.object({
  invoiceId: z.uuid(),
  paymentId: z.uuid().optional(),
  creditNoteId: z.uuid().optional(),
  amountMinor: minorUnits.positive(),
});

export const invoiceDetail = invoice.extend({
  allocations: z.array(allocation),
  creditNotes: z.array(creditNote),
});
export type InvoiceDetail = z.infer<typeof invoiceDetail>;

// ── Timeline and attachments ────────────────────────────────────────────────────

export const activityTypeValues = [
  'note', 'call', 'email', 'sms', 'letter', 'meeting', 'payment', 'promise', 'dispute', 'import', 'system',
] as const;

export const activityInput = z.object({
  type: z.enum(['note', 'call', 'email', 'sms', 'letter', 'meeting']),
  channel: z.enum(['email', 'sms', 'phone', 'letter', 'meeting', 'portal', 'system']).nullable().optional(),
  direction: z.enum(['inbound', 'outbound', 'internal']).default('internal'),
  occurredAt: z.iso.datetime({ offset: true }).optional(),
  summary: z.string().min(1).max(500),
  body: z.string().max(100_000).nullable().optional(),
  invoiceIds: z.array(z.uuid()).default([]),
});

export const activity = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  occurredAt: z.string(),
  type: z.enum(activityTypeValues),
  channel: z.string().nullable(),
  direction: z.enum(['inbound', 'outbound', 'internal']),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  summary: z.string(),
  body: z.string().nullable(),
  invoiceIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

export const attachment = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  invoiceId: z.uuid().nullable(),
  activityId: z.uuid().nullable(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachment>;

// ── Overview ────────────────────────────────────────────────────────────────────

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

// ── Imports ─────────────────────────────────────────────────────────────────────

export const importKinds = ['customers', 'contacts', 'invoices', 'payments'] as const;
export const importKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKind>;

export const importReport = z.object({
  kind: importKind,
  fileName: z.string(),
  committed: z.boolean().describe('false for a dry run or when any error was found: then nothing was written'),
  rowsRead: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(
    z.object({ file: z.string(), line: z.number().int().optional(), field: z.string().optional(), message: z.string() }),
  ),
  errorsTruncated: z.boolean().describe('true when more errors were found than are listed'),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()).describe('field → the column header it was read from'),
  customersCreated: z.number().int().describe('customers created from an invoices file with createCustomers'),
});
export type ImportReport = z.infer<typeof importReport>;

export const apiTokenCreated = z.object({
  id: z.uuid(),
  name: z.string(),
  role,
  token: z.string().describe('shown once; store it, Duly keeps only its hash'),
});

// ── Changes, members, tokens and further list queries ───────────────────────────

export const organizationPatch = z.object({
  legalName: z.string().min(1).max(300).optional(),
  taxId: z.string().max(40).nullable().optional(),
  country: countryCode.optional(),
  baseCurrency: currencyCode.optional(),
  defaultLanguage: languageCode.optional(),
  timeZone: timeZoneName.optional(),
});

export const bankAccountInput = z.object({
  iban: z.string().max(50).refine(isValidIban, { message: 'not a valid IBAN (length or check digits)' }),
  currency: currencyCode,
  bankName: z.string().max(200).nullable().optional(),
  isDefault: z.boolean().default(false),
});

export const memberInput = z.object({
  email: z.email(),
  name: z.string().min(1).max(200).optional().describe('required when the user is new'),
  password: z.string().min(10, 'at least 10 characters').optional().describe('required when the user is new'),
  language: languageCode.optional(),
  role,
});

export const member = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role,
  createdAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const memberPatch = z.object({ role });

export const apiTokenInput = z.object({ name: z.string().min(1).max(100), role });

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  role,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

/** A customer change: only the fields sent are changed; null clears a field. */
export const customerPatch = customerInput.partial();

/** A contact change: only the fields sent are changed (no defaults fill the others). */
export const contactPatch = contactInput
  .extend({
    kind: z.enum(['person', 'function']).optional(),
    roles: z.array(contactRole).optional(),
    emails: z.array(emailAddress).optional(),
    phones: z.array(phoneNumber).optional(),
    addresses: z.array(postalAddress).optional(),
    optedOutChannels: z.array(channel).optional(),
  })
  .partial();

export const invoicePatch = invoiceInput
  .pick({ number: true, externalId: true, issueDate: true, dueDate: true, grossTotalMinor: true })
  .partial();

export const asOfQuery = z.object({
  asOf: isoDate.optional().describe('the day amounts are aged on; today in the organization by default'),
});

export const creditNoteListQuery = pageQuery.extend({
  customerId: z.uuid().optional(),
  invoiceId: z.uuid().optional(),
  search: z.string().optional().describe('credit note number contains'),
});

export const creditNoteDetail = creditNote.extend({
  allocatedMinor: z.number().int(),
  unallocatedMinor: z.number().int(),
  allocations: z.array(allocation),
});
export type CreditNoteDetail = z.infer<typeof creditNoteDetail>;

export const paymentListQuery = pageQuery.extend({
  customerId: z.uuid().optional(),
  unallocated: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only payments with money not yet allocated to invoices'),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  search: z.string().optional().describe('payer name or transfer title contains'),
  sort: z.enum(['paymentDate', 'amount', 'unallocated']).default('paymentDate'),
  order: z.enum(['asc', 'desc']).default('desc'),
});

export const paymentDetail = payment.extend({ allocations: z.array(allocation) });
export type PaymentDetail = z.infer<typeof paymentDetail>;

export const activityListQuery = pageQuery.extend({
  type: z.enum(activityTypeValues).optional(),
});

/** A problem of an import: the report says which rows and fields were wrong. */
export const importProblem = problem.extend({ report: importReport.optional() });
