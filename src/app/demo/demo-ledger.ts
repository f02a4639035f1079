// The plain data of a demo organization, before it has database ids: rows refer to
// each other by keys (customer keys, invoice and credit-note numbers, payment keys).
import type { ContactRole, InvoiceStatus, Role } from '../../http/contract';
import type { ActivityType, EmailAddress, PhoneNumber, PostalAddress } from '../../store/schema';
import type { IsoDate } from '../../domain/dates';

export const demoSegments = ['key_account', 'regular', 'new_customer', 'small_amounts', 'one_off'] as const;
export type DemoSegment = (typeof demoSegments)[number];

/** How a customer pays; it drives the payment history the generator writes. */
export const paymentBehaviours = ['good', 'late', 'deteriorating', 'partial', 'stopped'] as const;
export type PaymentBehaviour = (typeof paymentBehaviours)[number];

export type DemoOrganization = {
  slug: string;
  legalName: string;
  taxId: string;
  country: 'PL';
  baseCurrency: 'PLN';
  defaultLanguage: 'pl';
  timeZone: 'Europe/Warsaw';
  bankAccounts: { iban: string; currency: string; bankName: string; isDefault: boolean }[];
};

export type DemoUser = { key: string; email: string; name: string; role: Role; language: 'pl' | 'en' };

export type DemoCustomer = {
  key: string;
  externalId: string;
  name: string;
  taxId: string | null;
  vatId: string | null;
  country: string;
  language: 'pl' | 'en' | 'de';
  segment: DemoSegment;
  behaviour: PaymentBehaviour;
  currency: 'PLN' | 'EUR';
  paymentTermsDays: number;
  creditLimitMinor: number | null;
  accountOwnerKey: string | null;
  tags: string[];
  notes: string | null;
  creditHold: boolean;
  /** The account the customer pays from. */
  iban: string;
};

export type DemoContact = {
  customerKey: string;
  kind: 'person' | 'function';
  name: string;
  jobTitle: string | null;
  roles: ContactRole[];
  emails: EmailAddress[];
  phones: PhoneNumber[];
  addresses: PostalAddress[];
  preferredChannel: 'email' | 'sms' | 'phone' | 'letter' | null;
};

export type DemoInvoice = {
  number: string;
  customerKey: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: string;
  grossTotalMinor: number;
  /** Set for the few debts given up on; the day it happened. */
  writtenOffOn: IsoDate | null;
  /** What the ledger must show once the allocations are in. */
  openAmountMinor: number;
  status: InvoiceStatus;
};

export type DemoCreditNote = {
  number: string;
  customerKey: string;
  invoiceNumber: string;
  issueDate: IsoDate;
  currency: string;
  totalMinor: number;
  reason: string;
};

export type DemoPayment = {
  key: string;
  customerKey: string;
  paymentDate: IsoDate;
  amountMinor: number;
  currency: string;
  payerName: string;
  payerAccount: string;
  transferTitle: string;
  unallocatedMinor: number;
};

/** Money applied to an invoice, from exactly one payment or one credit note. */
export type DemoAllocation =
  | { invoiceNumber: string; paymentKey: string; creditNoteNumber?: undefined; amountMinor: number }
  | { invoiceNumber: string; creditNoteNumber: string; paymentKey?: undefined; amountMinor: number };

export type DemoActivity = {
  customerKey: string;
  /** An instant, ISO 8601 with offset. */
  occurredAt: string;
  type: Extract<ActivityType, 'note' | 'call' | 'email' | 'letter' | 'meeting'>;
  channel: 'email' | 'phone' | 'letter' | 'meeting' | null;
  direction: 'inbound' | 'outbound' | 'internal';
  userKey: string | null;
  summary: string;
  body: string | null;
  invoiceNumbers: string[];
};

export type DemoLedger = {
  today: IsoDate;
  seed: number;
  organization: DemoOrganization;
  users: DemoUser[];
  customers: DemoCustomer[];
  contacts: DemoContact[];
  invoices: DemoInvoice[];
  creditNotes: DemoCreditNote[];
  payments: DemoPayment[];
  allocations: DemoAllocation[];
  activities: DemoActivity[];
};
