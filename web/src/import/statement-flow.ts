// The bank statement import's rule, as for the other files: a statement is imported
// only after a check of exactly what is about to be sent found it readable. What is
// sent is an upload: today the file alone; a format that needs more (a CSV statement's
// column mapping) adds its fields here and to the signature, and the rule holds.
import type { StatementImportReport } from '../api/types';

/** File endings the picker offers: MT940 and MT942 as banks name them, camt.053 as XML. */
export const statementFileAccept = ['.sta', '.mt940', '.mt942', '.940', '.942', '.txt', '.xml'].join(',');

export type StatementUpload = { file: { name: string; size: number; lastModified: number } | null };

export type StatementCheck = { signature: string; report: StatementImportReport };

/** What a check was made of; it counts only while nothing of it has changed. */
export function uploadSignature(upload: StatementUpload): string {
  const { file } = upload;
  return file ? JSON.stringify([file.name, file.size, file.lastModified]) : '';
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
