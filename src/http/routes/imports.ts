// File imports (customers, contacts, invoices, payments): multipart upload with
// optional dry run, column mapping and creation of missing customers; e-invoices and
// bank statements (a CSV statement with its own column mapping) on paths of their own.
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ok, type Failure, type Result } from '../../app/errors';
import { orgOf } from '../auth';
import type { ServerContext } from '../context';
import {
  eInvoiceImportProblem,
  eInvoiceImportReport,
  importKind,
  importProblem,
  importReport,
  statementImportProblem,
  statementCsvOptions,
  statementImportReport,
  type EInvoiceImportReport,
  type ImportReport,
  type StatementCsvOptions,
  type StatementImportReport,
} from '../contract';
import { sendProblem } from '../problems';
import { orgParams } from './shared-schemas';

/** The largest import file taken over HTTP; bigger files go through the command line. */
export const maxImportBytes = 200 * 1024 * 1024;

const flag = z.enum(['true', 'false']).optional();
const mappingField = z.record(z.string(), z.string());
const invalid = (field: string, message: string): Failure => ({
  ok: false,
  code: 'invalid_input',
  message: `${field}: ${message}`,
  issues: [{ field, message }],
});

type Upload = { file: { fileName: string; content: Buffer }; dryRun: boolean; fields: Record<string, string> };

/** The file, the dryRun flag and the other text fields of a multipart upload (e-invoices, statements). */
async function readUpload(request: FastifyRequest): Promise<Result<Upload>> {
  let file: Upload['file'] | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts({ limits: { fileSize: maxImportBytes, files: 1 } })) {
    if (part.type === 'file') file = { fileName: part.filename, content: await part.toBuffer() };
    else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  if (!file) return invalid('body.file', 'required');
  const dryRun = flag.safeParse(fields.dryRun || undefined);
  if (!dryRun.success) return invalid('body.dryRun', "expected 'true' or 'false'");
  return ok({ file, dryRun: dryRun.data === 'true', fields });
}

/** The `mapping` field: JSON of field → column header; undefined when not sent. */
function readMapping(text: string | undefined): Result<Record<string, string> | undefined> {
  if (!text) return ok(undefined);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalid('body.mapping', 'not JSON');
  }
  const mapping = mappingField.safeParse(parsed);
  if (!mapping.success) return invalid('body.mapping', 'expected a JSON object of field → column header');
  return ok(mapping.data);
}

/** How to read a CSV statement, from the upload's `mapping`, `dateFormat`, `decimalSeparator` and `currency` fields. */
function readStatementCsvOptions(fields: Record<string, string>): Result<StatementCsvOptions> {
  const mapping = readMapping(fields.mapping);
  if (!mapping.ok) return mapping;
  const parsed = statementCsvOptions.safeParse({
    mapping: mapping.value,
    dateFormat: fields.dateFormat || undefined,
    decimalSeparator: fields.decimalSeparator || undefined,
    currency: fields.currency || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return invalid(`body.${issue.path.join('.')}`, issue.message);
  }
  return ok(parsed.data);
}

export const importRoutes: FastifyPluginAsyncZod<ServerContext> = async (app, { db, clock }) => {
  app.post(
    '/imports/:kind',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['imports'],
        summary:
          'Import a file (multipart/form-data: file; optional dryRun, mapping as JSON field → header, createCustomers). All or nothing: a report with errors is a 422 problem carrying the report.',
        consumes: ['multipart/form-data'],
        params: orgParams.extend({ kind: importKind }),
        response: {
          200: importReport,
          '4XX': {
            description: 'a problem; for a file with errors (422) it carries the import report',
            content: { 'application/problem+json': { schema: importProblem } },
          },
        },
      },
    },
    async (request, reply) => {
      const fields: Record<string, string> = {};
      let file: { fileName: string; content: Buffer } | undefined;
      for await (const part of request.parts({ limits: { fileSize: maxImportBytes, files: 1 } })) {
        if (part.type === 'file') file = { fileName: part.filename, content: await part.toBuffer() };
        else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      }
      if (!file) return sendProblem(reply, invalid('body.file', 'required'));
      const options: { dryRun?: boolean; createCustomers?: boolean; mapping?: Record<string, string> } = {};
      for (const name of ['dryRun', 'createCustomers'] as const) {
        const parsed = flag.safeParse(fields[name] || undefined);
        if (!parsed.success) return sendProblem(reply, invalid(`body.${name}`, "expected 'true' or 'false'"));
        if (parsed.data !== undefined) options[name] = parsed.data === 'true';
      }
      const mapping = readMapping(fields.mapping);
      if (!mapping.ok) return sendProblem(reply, mapping);
      if (mapping.value) options.mapping = mapping.value;
      const org = orgOf(request);
      // Loaded on first use: the spreadsheet readers are large and most starts never import.
      const { importFile } = await import('../../app/import-file');
      const report: ImportReport = await importFile(db, {
        orgId: org.id,
        kind: request.params.kind,
        fileName: file.fileName,
        content: file.content,
        userId: org.actor.userId,
        ...options,
      });
      if (report.errors.length > 0) {
        const failure: Failure = {
          ok: false,
          code: 'invalid_input',
          message: `${report.errors.length}${report.errorsTruncated ? '+' : ''} errors in ${report.fileName}: nothing was imported`,
          issues: report.errors.map((error) => ({ ...error, field: error.field })),
        };
        return sendProblem(reply, failure, { report }, 422);
      }
      return report;
    },
  );

  // Its own path, not one more kind: an e-invoice file has no columns to map and its
  // report is of documents, not rows.
  app.post(
    '/imports/einvoice',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['imports'],
        summary:
          'Import e-invoices: a KSeF FA(2)/FA(3) or UBL 2.1 XML invoice, or a ZIP batch of them (multipart/form-data: file; optional dryRun). All or nothing: a report with errors is a 422 problem carrying the report; documents with nothing to collect are skipped with the reason.',
        consumes: ['multipart/form-data'],
        params: orgParams,
        response: {
          200: eInvoiceImportReport,
          '4XX': {
            description: 'a problem; for a file with errors (422) it carries the import report',
            content: { 'application/problem+json': { schema: eInvoiceImportProblem } },
          },
        },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      if (!upload.ok) return sendProblem(reply, upload);
      const { file, dryRun } = upload.value;
      const org = orgOf(request);
      const { importEInvoices } = await import('../../app/import-e-invoices');
      const report: EInvoiceImportReport = await importEInvoices(db, {
        orgId: org.id,
        fileName: file.fileName,
        content: file.content,
        dryRun,
        userId: org.actor.userId,
      });
      if (report.errors.length > 0) {
        const failure: Failure = {
          ok: false,
          code: 'invalid_input',
          message: `${report.errors.length} errors in ${report.fileName}: nothing was imported`,
          issues: report.errors.map(({ file: name, document, line, field, message }) => ({
            file: document ? `${name}: ${document}` : name,
            ...(line !== undefined ? { line } : {}),
            ...(field !== undefined ? { field } : {}),
            message,
          })),
        };
        return sendProblem(reply, failure, { report }, 422);
      }
      return report;
    },
  );
  app.post(
    '/imports/statement',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['imports'],
        summary:
          'Import a bank statement: MT940, MT942, camt.053 or a CSV export (multipart/form-data: file; optional dryRun; for CSV optional mapping as JSON field → header, dateFormat, decimalSeparator, currency). The report of a CSV file says which header each field was read from. Credit lines are matched to open invoices: sure matches become allocated payments, the rest waits in the review queue (GET statement-lines?status=review). Lines imported before are not recorded again. A file that cannot be read is a 422 problem carrying the report.',
        consumes: ['multipart/form-data'],
        params: orgParams,
        response: {
          200: statementImportReport,
          '4XX': {
            description: 'a problem; for a file that cannot be read (422) it carries the import report',
            content: { 'application/problem+json': { schema: statementImportProblem } },
          },
        },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      if (!upload.ok) return sendProblem(reply, upload);
      const { file, dryRun, fields } = upload.value;
      const csv = readStatementCsvOptions(fields);
      if (!csv.ok) return sendProblem(reply, csv);
      const org = orgOf(request);
      const { importStatement } = await import('../../app/import-statement');
      const report: StatementImportReport = await importStatement(db, {
        orgId: org.id,
        fileName: file.fileName,
        content: file.content,
        csv: csv.value,
        dryRun,
        userId: org.actor.userId,
        now: clock(),
      });
      if (report.errors.length > 0) {
        const failure: Failure = {
          ok: false,
          code: 'invalid_input',
          message: `${report.fileName} cannot be read: nothing was imported`,
          issues: report.errors.map(({ file: name, line, field, message }) => ({
            file: name,
            ...(line !== undefined ? { line } : {}),
            ...(field !== undefined ? { field } : {}),
            message,
          })),
        };
        return sendProblem(reply, failure, { report }, 422);
      }
      return report;
    },
  );
};
