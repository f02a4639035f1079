import { describe, expect, it } from 'vitest';
import { readCsvStatement } from './csv-statement';
import { previewCsvHeader } from './csv-statement-header';

const csv = (...lines: string[]) => lines.join('\r\n');

// A bank's address above the table, the amount under a header no bank list knows.
const unusualAmount = csv(
  'Bank Spółdzielczy w Testowie;',
  'Historia rachunku;',
  '',
  'Data operacji;Tytuł;Nadawca;Wartość operacji;Waluta',
  '20.03.2026;Zapłata FV/1;ACME SA;1 230,00;PLN',
);

describe('previewCsvHeader', () => {
  it('finds the header row the reader reads, with the field of each column', () => {
    const text = csv('#Data operacji;#Opis operacji;#Kwota', '2026-03-20;Zapłata;1 230,00 PLN');
    expect(previewCsvHeader(text, {})).toEqual({
      delimiter: ';',
      headerLine: 1,
      headers: ['#Data operacji', '#Opis operacji', '#Kwota'],
      mapping: { bookingDate: '#Data operacji', title: '#Opis operacji', amount: '#Kwota' },
      complete: true,
    });
    expect(previewCsvHeader(text, {})!.mapping).toEqual(readCsvStatement(text, { currency: 'PLN' }).layout.mapping);
  });

  it('offers the closest row when a column is missing, and reads it once the mapping names the column', () => {
    expect(() => readCsvStatement(unusualAmount)).toThrow(/no column for the amount/);
    expect(previewCsvHeader(unusualAmount, {})).toEqual({
      delimiter: ';',
      headerLine: 4,
      headers: ['Data operacji', 'Tytuł', 'Nadawca', 'Wartość operacji', 'Waluta'],
      mapping: { bookingDate: 'Data operacji', title: 'Tytuł', counterpartyName: 'Nadawca', currency: 'Waluta' },
      complete: false,
    });
    const mapped = previewCsvHeader(unusualAmount, { amount: 'Wartość operacji', counterpartyName: '' });
    expect(mapped).toMatchObject({ headerLine: 4, complete: true, mapping: { bookingDate: 'Data operacji', title: 'Tytuł', amount: 'Wartość operacji', currency: 'Waluta' } });
    expect(mapped!.mapping).not.toHaveProperty('counterpartyName');
  });

  it('takes the first of the widest rows when no header is known at all, split by the separator that splits it', () => {
    const text = csv('Wyciąg', 'Dzień,Treść,Wartość', '20.03.2026,Zapłata,"1 500,00"');
    expect(previewCsvHeader(text, {})).toMatchObject({ delimiter: ',', headerLine: 2, headers: ['Dzień', 'Treść', 'Wartość'], mapping: {}, complete: false });
  });

  it('keeps to the separator Excel declares on the first line', () => {
    const text = csv('sep=,', 'Data operacji,Opis;Tytuł,Kwota', '2026-03-20,Zapłata;FV 1,"1,00"');
    expect(previewCsvHeader(text, {})).toMatchObject({ delimiter: ',', headerLine: 2, headers: ['Data operacji', 'Opis;Tytuł', 'Kwota'], complete: true });
  });

  it('has nothing to offer for text no separator splits', () => {
    expect(previewCsvHeader('Wyciąg z rachunku\r\nbez tabeli', {})).toBeNull();
  });
});
