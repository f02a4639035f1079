// Bank statements: the import report, the lines waiting for a person, and a manual match.
import { z } from 'zod';
import { problem } from './common';

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
  errors: z.array(z.object({ file: z.string(), line: z.number().int().optional(), message: z.string() })),
});
export type StatementImportReport = z.infer<typeof statementImportReport>;

/** A problem of a statement import: the report names the place in the file. */
export const statementImportProblem = problem.extend({ report: statementImportReport.optional() });

export const statementLineStatus = z.enum(['matched', 'review', 'unmatched', 'debit']);

const matchProposal = z.object({
  customerId: z.uuid(),
  allocations: z.array(z.object({ invoiceId: z.uuid(), amountMinor: z.number().int() })),
  creditMinor: z.number().int(),
  confidence: z.number(),
  reasons: z.array(z.object({ code: z.string(), text: z.string(), invoiceId: z.string().optional() })),
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
  suggestions: z.array(matchProposal).describe('the best ways to read the payment, most likely first'),
  reasons: z.array(z.object({ code: z.string(), text: z.string() })).describe('why it was not allocated automatically'),
});
export type StatementLine = z.infer<typeof statementLine>;

export const statementLineQuery = z.object({
  status: statementLineStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

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
