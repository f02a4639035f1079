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
