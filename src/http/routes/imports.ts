// File imports (customers, contacts, invoices, payments): multipart upload with
// optional dry run, column mapping and creation of missing customers.
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
  statementImportReport,
  type EInvoiceImportReport,
  type ImportReport,
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

/** The file and the dryRun field of a multipart upload that takes nothing else (e-invoices, statements). */
async function readUpload(request: FastifyRequest): Promise<Result<{ file: { fileName: string; content: Buffer }; dryRun: boolean }>> {
  let file: { fileName: string; content: Buffer } | undefined;
  let dryRunField: string | undefined;
  for await (const part of request.parts({ limits: { fileSize: maxImportBytes, files: 1 } })) {
    if (part.type === 'file') file = { fileName: part.filename, content: await part.toBuffer() };
    else if (part.fieldname === 'dryRun' && typeof part.value === 'string') dryRunField = part.value;
  }
  if (!file) return invalid('body.file', 'required');
  const dryRun = flag.safeParse(dryRunField || undefined);
  if (!dryRun.success) return invalid('body.dryRun', "expected 'true' or 'false'");
  return ok({ file, dryRun: dryRun.data === 'true' });
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
      if (fields.mapping) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(fields.mapping);
        } catch {
          return sendProblem(reply, invalid('body.mapping', 'not JSON'));
        }
        const mapping = mappingField.safeParse(parsed);
        if (!mapping.success) return sendProblem(reply, invalid('body.mapping', 'expected a JSON object of field → column header'));
        options.mapping = mapping.data;
      }
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
          'Import a bank statement: MT940, MT942 or camt.053 (multipart/form-data: file; optional dryRun). Credit lines are matched to open invoices: sure matches become allocated payments, the rest waits in the review queue (GET statement-lines?status=review). Lines imported before are not recorded again. A file that cannot be read is a 422 problem carrying the report.',
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
      const { file, dryRun } = upload.value;
      const org = orgOf(request);
      const { importStatement } = await import('../../app/import-statement');
      const report: StatementImportReport = await importStatement(db, {
        orgId: org.id,
        fileName: file.fileName,
        content: file.content,
        dryRun,
        userId: org.actor.userId,
        now: clock(),
      });
      if (report.errors.length > 0) {
        const failure: Failure = {
          ok: false,
          code: 'invalid_input',
          message: `${report.fileName} cannot be read: nothing was imported`,
          issues: report.errors.map(({ file: name, line, message }) => ({ file: name, ...(line !== undefined ? { line } : {}), message })),
        };
        return sendProblem(reply, failure, { report }, 422);
      }
      return report;
    },
  );
};
