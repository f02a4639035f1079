import { describe, expect, it } from 'vitest';
import type { StatementImportReport } from '../api/types';
import { canImportStatement, csvUploadFields, noCsvChoices, reviewLinkOf, uploadSignature, type CsvChoices, type StatementUpload } from './statement-flow';

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
const upload: StatementUpload = { file: { name: 'wyciag.sta', size: 1024, lastModified: 1 }, csv: noCsvChoices };

describe('canImportStatement', () => {
  it('allows importing the very file that was checked and read', () => {
    expect(canImportStatement({ signature: uploadSignature(upload), report }, upload)).toBe(true);
  });

  it('refuses before a check, after another file was chosen, and for a file that could not be read or is empty', () => {
    const check = { signature: uploadSignature(upload), report };
    expect(canImportStatement(null, upload)).toBe(false);
    expect(canImportStatement(check, { ...upload, file: { ...upload.file!, lastModified: 2 } })).toBe(false);
    expect(canImportStatement(check, { ...upload, file: null })).toBe(false);
    expect(canImportStatement({ ...check, report: { ...report, errors: [{ file: 'wyciag.sta', line: 5, message: 'bad amount' }] } }, upload)).toBe(false);
    expect(canImportStatement({ ...check, report: { ...report, linesRead: 0 } }, upload)).toBe(false);
    expect(canImportStatement({ ...check, report: { ...report, committed: true } }, upload)).toBe(false);
  });
});

describe('CSV choices', () => {
  const chosen: CsvChoices = { mapping: { title: 'Opis', amount: 'Wartość operacji', counterpartyName: null }, dateFormat: 'DD/MM/YYYY', decimalSeparator: ',', currency: 'EUR' };

  it('send nothing for a file read as it is', () => {
    expect(csvUploadFields(noCsvChoices)).toEqual({});
  });

  it('send the mapping as JSON in a fixed order, a field left unread as "", and each option chosen', () => {
    expect(csvUploadFields(chosen)).toEqual({
      mapping: '{"amount":"Wartość operacji","counterpartyName":"","title":"Opis"}',
      dateFormat: 'DD/MM/YYYY',
      decimalSeparator: ',',
      currency: 'EUR',
    });
    expect(csvUploadFields({ ...noCsvChoices, decimalSeparator: '.' })).toEqual({ decimalSeparator: '.' });
  });

  it('are part of what was checked: a changed column or option asks for a new check', () => {
    const csvUpload = { ...upload, csv: chosen };
    const check = { signature: uploadSignature(csvUpload), report };
    expect(canImportStatement(check, csvUpload)).toBe(true);
    // The same choices made in another order are the same upload.
    const reordered = { ...csvUpload, csv: { ...chosen, mapping: { counterpartyName: null, amount: 'Wartość operacji', title: 'Opis' } } };
    expect(canImportStatement(check, reordered)).toBe(true);
    expect(canImportStatement(check, { ...csvUpload, csv: { ...chosen, mapping: { ...chosen.mapping, amount: 'Kwota' } } })).toBe(false);
    expect(canImportStatement(check, { ...csvUpload, csv: { ...chosen, mapping: { ...chosen.mapping, title: null } } })).toBe(false);
    expect(canImportStatement(check, { ...csvUpload, csv: { ...chosen, currency: null } })).toBe(false);
    expect(canImportStatement(check, { ...csvUpload, csv: { ...chosen, dateFormat: 'MM/DD/YYYY' } })).toBe(false);
    expect(canImportStatement(check, upload)).toBe(false);
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
