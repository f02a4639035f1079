import { describe, expect, it } from 'vitest';
import type { StatementImportReport } from '../api/types';
import { canImportStatement, reviewLinkOf, uploadSignature, type StatementUpload } from './statement-flow';

const report: StatementImportReport = {
  fileName: 'wyciag.sta',
  committed: false,
  statements: 1,
  linesRead: 3,
  credits: 2,
  debits: 1,
  matchedAutomatically: 1,
  queuedForReview: 1,
  unmatched: 0,
  alreadyImported: 0,
  notBooked: 0,
  paymentsCreated: 1,
  outboxActionsCancelled: 0,
  errors: [],
};
const upload: StatementUpload = { file: { name: 'wyciag.sta', size: 1024, lastModified: 1 } };

describe('canImportStatement', () => {
  it('allows importing the very file that was checked and read', () => {
    expect(canImportStatement({ signature: uploadSignature(upload), report }, upload)).toBe(true);
  });

  it('refuses before a check, after another file was chosen, and for a file that could not be read or is empty', () => {
    const check = { signature: uploadSignature(upload), report };
    expect(canImportStatement(null, upload)).toBe(false);
    expect(canImportStatement(check, { file: { ...upload.file!, lastModified: 2 } })).toBe(false);
    expect(canImportStatement(check, { file: null })).toBe(false);
    expect(canImportStatement({ ...check, report: { ...report, errors: [{ file: 'wyciag.sta', line: 5, message: 'bad amount' }] } }, upload)).toBe(false);
    expect(canImportStatement({ ...check, report: { ...report, linesRead: 0 } }, upload)).toBe(false);
    expect(canImportStatement({ ...check, report: { ...report, committed: true } }, upload)).toBe(false);
  });
});

describe('reviewLinkOf', () => {
  it('leads to the queue when lines wait there, else to the unmatched ones, and nowhere after a check', () => {
    expect(reviewLinkOf({ ...report, committed: true })).toBe('review');
    expect(reviewLinkOf({ ...report, committed: true, queuedForReview: 0, unmatched: 2 })).toBe('unmatched');
    expect(reviewLinkOf({ ...report, committed: true, queuedForReview: 0 })).toBeNull();
    expect(reviewLinkOf(report)).toBeNull();
  });
});
