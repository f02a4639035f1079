// The bank statement import's rule, as for the other files: a statement is imported
// only after a check of exactly what is about to be sent found it readable. What is
// sent is an upload: the file, and for a CSV export what the person chose about
// reading it (columns, date format, decimal separator, currency); all of it is in the
// signature, so any change asks for a new check.
import type { WrittenDateFormat } from '../../../src/domain/written-dates';
import type { StatementImportReport } from '../api/types';

/** File endings the picker offers: MT940 and MT942 as banks name them, camt.053 as XML, CSV exports. */
export const statementFileAccept = ['.sta', '.mt940', '.mt942', '.940', '.942', '.txt', '.xml', '.csv'].join(',');

export type DecimalSeparator = ',' | '.';

/** What the person set about reading a CSV statement; whatever is left unset the server finds in the file. */
export type CsvChoices = {
  /** Field → the header chosen for it, null to leave the field unread. Fields not here are recognised by their headers. */
  mapping: Record<string, string | null>;
  /** Chosen when the dates cannot tell the day from the month. */
  dateFormat: WrittenDateFormat | null;
  /** Chosen when no amount tells ("1,500" only). */
  decimalSeparator: DecimalSeparator | null;
  /** For rows that name no currency. */
  currency: string | null;
};

export const noCsvChoices: CsvChoices = { mapping: {}, dateFormat: null, decimalSeparator: null, currency: null };

export type StatementUpload = { file: { name: string; size: number; lastModified: number } | null; csv: CsvChoices };

export type StatementCheck = { signature: string; report: StatementImportReport };

/**
 * The upload's text fields for the choices: `mapping` as JSON of field → header ('' for
 * a field left unread, fields in a fixed order), and each option that was chosen.
 * Nothing for a file read as it is, which is every MT940 and camt.053.
 */
export function csvUploadFields(choices: CsvChoices): Record<string, string> {
  const fields: Record<string, string> = {};
  const mapped = Object.keys(choices.mapping).sort();
  if (mapped.length > 0) fields.mapping = JSON.stringify(Object.fromEntries(mapped.map((field) => [field, choices.mapping[field] ?? ''])));
  if (choices.dateFormat) fields.dateFormat = choices.dateFormat;
  if (choices.decimalSeparator) fields.decimalSeparator = choices.decimalSeparator;
  if (choices.currency) fields.currency = choices.currency;
  return fields;
}

/** The mapping as the CSV reader takes it: field → header, '' for a field left unread. */
export function csvMappingOf(choices: CsvChoices): Record<string, string> {
  return Object.fromEntries(Object.entries(choices.mapping).map(([field, header]) => [field, header ?? '']));
}

/** What a check was made of; it counts only while nothing of it has changed. */
export function uploadSignature(upload: StatementUpload): string {
  const { file } = upload;
  return file ? JSON.stringify([file.name, file.size, file.lastModified, csvUploadFields(upload.csv)]) : '';
}

/** True when the last check was of this very upload, read the file without errors and found lines in it. */
export function canImportStatement(check: StatementCheck | null, upload: StatementUpload): boolean {
  return (
    check !== null &&
    upload.file !== null &&
    check.signature === uploadSignature(upload) &&
    !check.report.committed &&
    check.report.errors.length === 0 &&
    check.report.linesRead > 0
  );
}

/** Where the outcome sends the person next: the queue when lines wait there, else the unmatched ones. */
export function reviewLinkOf(report: StatementImportReport): 'review' | 'unmatched' | null {
  if (!report.committed) return null;
  if (report.queuedForReview > 0) return 'review';
  if (report.unmatched > 0) return 'unmatched';
  return null;
}
