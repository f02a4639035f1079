// Importing files: the report of what a file holds and changes.
import { z } from 'zod';
import { problem, role } from './common';

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

/** A problem of an import: the report says which rows and fields were wrong. */
export const importProblem = problem.extend({ report: importReport.optional() });

const importedDocument = z.string().describe('the file, or the file inside the ZIP batch, that held the document');

export const eInvoiceImportReport = z.object({
  fileName: z.string(),
  committed: z.boolean().describe('false for a dry run or when any error was found: then nothing was written'),
  documentsRead: z.number().int(),
  invoices: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  creditNotes: z.object({ created: z.number().int(), unchanged: z.number().int() }),
  customersCreated: z.number().int(),
  dueDatesFromTerms: z
    .array(z.object({ document: importedDocument, number: z.string(), dueDate: z.string(), paymentTermsDays: z.number().int() }))
    .describe('invoices without a due date of their own: it was counted from the customer’s payment terms'),
  corrections: z
    .array(
      z.object({
        document: importedDocument,
        number: z.string(),
        corrects: z.array(z.string()),
        changeMinor: z.number().int().describe('what the correction changes the amount to collect by, in minor units'),
        currency: z.string(),
        recordedAs: z.enum(['creditNote', 'invoice']).describe('a decrease is a credit note allocated to the corrected invoices, an increase an invoice of its own'),
      }),
    )
    .describe('corrective invoices and credit notes applied to invoices Duly has'),
  skipped: z.array(z.object({ document: importedDocument, number: z.string().nullable(), reason: z.string() })),
  unknownBankAccounts: z
    .array(z.object({ number: z.string(), holder: z.enum(['seller', 'factor']), documents: z.array(z.string()) }))
    .describe('accounts the documents ask to be paid to that are not among the organization’s bank accounts'),
  errors: z.array(
    z.object({
      file: z.string(),
      document: z.string().optional(),
      line: z.number().int().optional(),
      field: z.string().optional(),
      message: z.string(),
    }),
  ),
});
export type EInvoiceImportReport = z.infer<typeof eInvoiceImportReport>;

/** A problem of an e-invoice import: the report names the documents that were wrong. */
export const eInvoiceImportProblem = problem.extend({ report: eInvoiceImportReport.optional() });
