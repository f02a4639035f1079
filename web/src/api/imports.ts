import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from './client';
import { orgPath } from './organizations';
import type { EInvoiceImportReport, ImportKind, ImportReport, StatementImportReport } from './types';

export type ImportRequest = {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  /** field → column header, overriding what the server detected. */
  mapping?: Record<string, string>;
  createCustomers?: boolean;
};

/**
 * The report of a file that had errors: the server answers 422 and carries the same
 * report in the problem body, so the page shows it like a dry run's.
 */
export function reportOfError(error: unknown): ImportReport | null {
  if (!(error instanceof ApiError)) return null;
  const report = error.body.report;
  return typeof report === 'object' && report !== null ? (report as ImportReport) : null;
}

/** Uploads a file to check it (dry run) or to import it; returns the report either way. */
export function useImportFile(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ImportRequest): Promise<ImportReport> => {
      const form = new FormData();
      form.set('dryRun', String(request.dryRun));
      if (request.mapping && Object.keys(request.mapping).length > 0) form.set('mapping', JSON.stringify(request.mapping));
      if (request.createCustomers !== undefined) form.set('createCustomers', String(request.createCustomers));
      // The file goes last so a streaming server has read the options before it.
      form.set('file', request.file, request.file.name);
      try {
        return await apiRequest<ImportReport>('POST', `${orgPath(org)}/imports/${request.kind}`, { form });
      } catch (error) {
        const report = reportOfError(error);
        if (report) return report;
        throw error;
      }
    },
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}

/** Uploads an e-invoice file (XML, or a ZIP of them) to check it (dry run) or to import it. */
export function useImportEInvoices(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { file: File; dryRun: boolean }): Promise<EInvoiceImportReport> => {
      const form = new FormData();
      form.set('dryRun', String(request.dryRun));
      form.set('file', request.file, request.file.name);
      try {
        return await apiRequest<EInvoiceImportReport>('POST', `${orgPath(org)}/imports/einvoice`, { form });
      } catch (error) {
        if (error instanceof ApiError && typeof error.body.report === 'object' && error.body.report !== null) {
          return error.body.report as EInvoiceImportReport;
        }
        throw error;
      }
    },
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}

/**
 * Uploads a bank statement (MT940, MT942, camt.053, CSV) to check it (dry run) or to
 * import it; a file that cannot be read comes back as its report, with the errors.
 * `fields` are the upload's other text fields: how to read a CSV export.
 */
export function useImportStatement(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: { file: File; dryRun: boolean; fields?: Record<string, string> }): Promise<StatementImportReport> => {
      const form = new FormData();
      form.set('dryRun', String(request.dryRun));
      for (const [name, value] of Object.entries(request.fields ?? {})) form.set(name, value);
      // The file goes last so a streaming server has read the options before it.
      form.set('file', request.file, request.file.name);
      try {
        return await apiRequest<StatementImportReport>('POST', `${orgPath(org)}/imports/statement`, { form });
      } catch (error) {
        if (error instanceof ApiError && typeof error.body.report === 'object' && error.body.report !== null) {
          return error.body.report as StatementImportReport;
        }
        throw error;
      }
    },
    // Payments, invoices, the review queue and its count in the navigation all change.
    onSuccess: (report) => {
      if (report.committed) void queryClient.invalidateQueries({ queryKey: ['org', org] });
    },
  });
}
