// Customers and their contacts.
import { z } from 'zod';
import { contactRole, countryCode, currencyCode, isoDate, languageCode, minorUnits, pageQuery, roles, timeZoneName } from './common';
import { organization } from './organizations';

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
  /** A procedure chosen by hand: it wins over every routing rule; null goes back to the rules. */
  procedureKey: z.string().max(60).nullable().optional(),
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
  procedureKey: z.string().nullable(),
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
