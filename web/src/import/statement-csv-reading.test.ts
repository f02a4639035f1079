import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../src/formats/file-format-error';
import { readCsvStatement, type CsvStatementOptions } from '../../../src/formats/statements/csv-statement';
import { emptyStatementImportReport } from '../../../src/http/contract';
import type { StatementImportReport } from '../api/types';
import { csvHeadOf, csvReadingOf, fieldsInError, optionAskedFor } from './statement-csv-reading';
import { noCsvChoices } from './statement-flow';

const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

const unusualAmount = csv(
  'Historia rachunku;',
  '',
  'Data operacji;Tytuł;Nadawca;Wartość operacji;Waluta',
  '20.03.2026;Zapłata FV/1;ACME SA;1 230,00;PLN',
  '20.03.2026;Zaliczka;ACME SA;300,00;PLN',
);

const report = emptyStatementImportReport('historia.csv');

// The report of a file the reader refuses, with the error as the import puts it.
function refused(text: string, options: CsvStatementOptions = {}): StatementImportReport {
  try {
    readCsvStatement(text, options);
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    return { ...report, errors: [{ file: report.fileName, line: error.line, field: error.field, option: error.option, message: error.message }] };
  }
  return expect.fail('expected the reader to refuse the file');
}

describe('csvHeadOf', () => {
  it('gives the text of a CSV export and nothing for MT940 or camt.053', async () => {
    expect(await csvHeadOf(new Blob([unusualAmount]))).toBe(unusualAmount);
    expect(await csvHeadOf(new Blob([':20:MT940/1\r\n:25:PL61109010140000071219812874\r\n:28C:1/1\r\n']))).toBeNull();
    expect(await csvHeadOf(new Blob(['<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>']))).toBeNull();
  });

  it('reads a large file to its last whole line, its Polish letters intact', async () => {
    const row = '20.03.2026;Zapłata za fakturę — żółć;ŁÓDŹ;1 230,00;PLN\r\n';
    const text = unusualAmount + row.repeat(8000);
    const head = await csvHeadOf(new Blob([text]));
    expect(head!.length).toBeLessThan(text.length);
    expect(head!.endsWith(row)).toBe(true);
    expect(text.startsWith(head!)).toBe(true);
  });

  it('decodes a Windows-1250 export', async () => {
    const bytes = Uint8Array.from([...'Data operacji;Tytu\u0142;Kwota\r\n'].map((ch) => (ch === 'ł' ? 0xb3 : ch.charCodeAt(0))));
    expect(await csvHeadOf(new Blob([bytes]))).toBe('Data operacji;Tytuł;Kwota\r\n');
  });
});

describe('csvReadingOf', () => {
  const checkedCsv = {
    headerLine: 3,
    headers: ['Data operacji', 'Tytuł', 'Nadawca', 'Wartość operacji', 'Waluta'],
    mapping: { bookingDate: 'Data operacji', title: 'Tytuł', counterpartyName: 'Nadawca', amount: 'Wartość operacji', currency: 'Waluta' },
    delimiter: ';',
    dateFormat: 'DD.MM.YYYY' as const,
    decimalSeparator: ',' as const,
    skippedLines: [9],
  };

  it('shows nothing for a file that is no CSV export and was not read as one', () => {
    expect(csvReadingOf(null, null, noCsvChoices)).toBeNull();
    expect(csvReadingOf(refused(unusualAmount), null, noCsvChoices)).toBeNull();
  });

  it('shows the columns the browser finds before any check, the missing one unmapped', () => {
    expect(csvReadingOf(null, unusualAmount, noCsvChoices)).toEqual({
      checked: false,
      headerLine: 3,
      headers: checkedCsv.headers,
      delimiter: ';',
      mapping: { bookingDate: 'Data operacji', title: 'Tytuł', counterpartyName: 'Nadawca', currency: 'Waluta' },
      dateFormat: null,
      decimalSeparator: null,
      skippedLines: [],
    });
  });

  it('after a check that stopped at a missing column, still shows the header row, with what the person mapped', () => {
    const stopped = refused(unusualAmount);
    expect(stopped.errors[0]).toMatchObject({ line: 3, field: 'amount' });
    const reading = csvReadingOf(stopped, unusualAmount, { ...noCsvChoices, mapping: { amount: 'Wartość operacji', counterpartyName: null } });
    expect(reading).toMatchObject({ checked: false, headerLine: 3, mapping: { bookingDate: 'Data operacji', amount: 'Wartość operacji' } });
    expect(reading!.mapping).not.toHaveProperty('counterpartyName');
  });

  it('shows how a check read the file when its report says so', () => {
    expect(csvReadingOf({ ...report, linesRead: 2, csv: checkedCsv }, unusualAmount, noCsvChoices)).toEqual({ checked: true, ...checkedCsv });
  });
});

describe('optionAskedFor and fieldsInError', () => {
  const rows = (...lines: string[]) => csv('Data;Tytuł;Kwota;Waluta', ...lines);

  it('tell the option the file cannot settle from the reader’s own errors', () => {
    const dates = refused(rows('03/04/2026;FV 1;10,00;PLN', '05/04/2026;FV 2;10,00;PLN'));
    expect(optionAskedFor(dates)).toBe('dateFormat');
    const decimals = refused(rows('2026-03-20;FV 1;1,500;PLN'));
    expect(optionAskedFor(decimals)).toBe('decimalSeparator');
    const currency = refused(csv('Data;Tytuł;Kwota', '2026-03-20;FV 1;10,00'));
    expect(optionAskedFor(currency)).toBe('currency');
    // Those are the option's, not a column's.
    for (const asking of [dates, decimals, currency]) expect(fieldsInError(asking).size).toBe(0);
  });

  it('name the field of any other error with its line, and nothing for a report without errors', () => {
    const badAmount = refused(rows('2026-03-20;FV 1;10,00;PLN', '2026-03-21;FV 2;1O,00;PLN'));
    expect(optionAskedFor(badAmount)).toBeNull();
    expect(fieldsInError(badAmount)).toEqual(new Map([['amount', 3]]));
    expect(fieldsInError(refused(unusualAmount))).toEqual(new Map([['amount', 3]]));
    expect(optionAskedFor(report)).toBeNull();
    expect(fieldsInError(null).size).toBe(0);
  });
});
