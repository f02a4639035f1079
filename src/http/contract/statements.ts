// Bank statements: the import report, the lines waiting for a person, and a manual match.
import { z } from 'zod';
import { writtenDateFormats } from '../../domain/written-dates';
import { currencyCode, problem } from './common';

export const statementDecimalSeparator = z.enum([',', '.']);

/** How to read a CSV statement when the file alone cannot tell; MT940 and camt.053 files ignore it. */
export const statementCsvOptions = z.object({
  mapping: z
    .record(z.string(), z.string())
    .optional()
    .describe('field → the column header to read it from, over the recognised one ("" leaves a field unread); the fields are listed in docs/importing.md'),
  dateFormat: z.enum(writtenDateFormats).optional().describe('when the dates cannot tell day from month (every day up to the 12th)'),
  decimalSeparator: statementDecimalSeparator.optional().describe('when no amount tells ("1,500" only)'),
  currency: currencyCode.optional().describe('for rows that name no currency (no currency column, none beside the amount)'),
});
export type StatementCsvOptions = z.infer<typeof statementCsvOptions>;

const statementCsvLayout = z.object({
  headerLine: z.number().int().describe('the line of the header row; lines above it were read for the account and currency only'),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()).describe('field → the column header it was read from'),
  delimiter: z.string(),
  dateFormat: z.enum(writtenDateFormats).nullable(),
  decimalSeparator: statementDecimalSeparator.nullable().describe('null when every amount is whole'),
  skippedLines: z.array(z.number().int()).describe('rows without a booking date (summaries, balances, blocked amounts): not transactions'),
});

export const statementImportReport = z.object({
  fileName: z.string(),
  committed: z.boolean().describe('false for a dry run or when the file could not be read: then nothing was written'),
  statements: z.number().int(),
  linesRead: z.number().int(),
  credits: z.number().int(),
  debits: z.number().int().describe('stored, never matched'),
  matchedAutomatically: z.number().int(),
  queuedForReview: z.number().int(),
  unmatched: z.number().int().describe('including credits in another currency than the organization’s'),
  alreadyImported: z.number().int().describe('lines an earlier import (the same file or an overlapping statement) already recorded'),
  notBooked: z.number().int().describe('pending or information-only entries (MT942, camt PDNG/INFO): not recorded, so the booked entry imports when it comes'),
  paymentsCreated: z.number().int(),
  outboxActionsCancelled: z.number().int().describe('pending reminders dropped because every invoice they were about is now paid'),
  csv: statementCsvLayout.optional().describe('for a CSV export: how it was read'),
  errors: z.array(
    z.object({
      file: z.string(),
      line: z.number().int().optional(),
      field: z.string().optional(),
      option: z
        .enum(['dateFormat', 'decimalSeparator', 'currency'])
        .optional()
        .describe('the import option that would settle it: the file alone cannot tell how it writes dates or decimals, or its currency'),
      message: z.string(),
    }),
  ),
});
export type StatementImportReport = z.infer<typeof statementImportReport>;

/** The report of a statement import that has read nothing yet: every count zero, nothing committed. */
export function emptyStatementImportReport(fileName: string): StatementImportReport {
  return {
    fileName,
    committed: false,
    statements: 0,
    linesRead: 0,
    credits: 0,
    debits: 0,
    matchedAutomatically: 0,
    queuedForReview: 0,
    unmatched: 0,
    alreadyImported: 0,
    notBooked: 0,
    paymentsCreated: 0,
    outboxActionsCancelled: 0,
    errors: [],
  };
}

/** A problem of a statement import: the report names the place in the file. */
export const statementImportProblem = problem.extend({ report: statementImportReport.optional() });

export const statementLineStatus = z.enum(['matched', 'review', 'unmatched', 'debit']);

const matchProposal = z.object({
  customerId: z.uuid(),
  customerName: z.string().nullable().describe('null when the customer no longer exists'),
  allocations: z.array(
    z.object({
      invoiceId: z.uuid(),
      amountMinor: z.number().int(),
      invoiceNumber: z.string().nullable().describe('null when the invoice no longer exists'),
      openAmountMinor: z.number().int().nullable().describe('what is open on the invoice now, which may have changed since the import'),
    }),
  ),
  creditMinor: z.number().int(),
  confidence: z.number(),
  reasons: z.array(z.object({ code: z.string(), text: z.string(), invoiceId: z.string().optional() })),
});

const linePayment = z.object({
  id: z.uuid(),
  customerId: z.uuid().nullable(),
  customerName: z.string().nullable(),
  unallocatedMinor: z.number().int().describe('what is not allocated to invoices: the customer’s credit'),
  allocations: z
    .array(z.object({ id: z.uuid(), invoiceId: z.uuid(), invoiceNumber: z.string(), amountMinor: z.number().int() }))
    .describe('undo one with DELETE /allocations/{id}'),
});

export const statementLine = z.object({
  id: z.uuid(),
  bookingDate: z.string(),
  valueDate: z.string(),
  amountMinor: z.number().int(),
  currency: z.string(),
  direction: z.enum(['credit', 'debit']),
  counterpartyName: z.string().nullable(),
  counterpartyAccount: z.string().nullable(),
  title: z.string(),
  creditorReference: z.string().nullable(),
  status: statementLineStatus,
  paymentId: z.uuid().nullable(),
  payment: linePayment.nullable().describe('the payment a matched line became, as it stands now'),
  suggestions: z.array(matchProposal).describe('the best ways to read the payment, most likely first'),
  reasons: z.array(z.object({ code: z.string(), text: z.string() })).describe('why it was not allocated automatically'),
});
export type StatementLine = z.infer<typeof statementLine>;

/** A page of lines: `offset` counts the lines before it in the list's fixed order. */
export const statementLineQuery = z.object({
  status: statementLineStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('lines on the page'),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('lines to skip: 0 for the first page, then limit, 2 × limit…; past the end the page is empty'),
});

export const statementLineCounts = z
  .object({ review: z.number().int(), unmatched: z.number().int(), matched: z.number().int(), debit: z.number().int() })
  .describe('how many lines are in each status');
export type StatementLineCounts = z.infer<typeof statementLineCounts>;

export const statementLineMatchInput = z.object({
  allocations: z
    .array(z.object({ invoiceId: z.uuid(), amountMinor: z.number().int().positive() }))
    .min(1)
    .describe('one invoice, or a split across several; what is left of the line stays as the customer’s credit'),
});

export const statementLineMatch = z.object({
  paymentId: z.uuid(),
  allocationIds: z.array(z.uuid()).describe('undo one with DELETE /allocations/{id}'),
});
