// Invoices, credit notes, payments and the allocations between them.
import { z } from 'zod';
import { currencyCode, invoiceStatus, isoDate, minorUnits, pageQuery } from './common';

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

export const invoicePatch = invoiceInput
  .pick({ number: true, externalId: true, issueDate: true, dueDate: true, grossTotalMinor: true })
  .partial();

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
