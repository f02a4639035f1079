import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openSheet } from './sheet';
import type { SheetRow } from './sheet-row';
import { cellValue } from './xlsx';

async function* once(bytes: Buffer) {
  yield bytes;
}

async function rowsOf(fileName: string, bytes: Buffer): Promise<{ format: string; rows: SheetRow[] }> {
  const opened = await openSheet(fileName, once(bytes));
  if (!opened.ok) throw new Error(opened.message);
  const rows: SheetRow[] = [];
  for await (const group of opened.sheet.rows) rows.push(...group);
  return { format: opened.sheet.format, rows };
}

describe('openSheet', () => {
  it('refuses what is no table, saying what it is', async () => {
    const refused = async (name: string, bytes: number[] | string) =>
      openSheet(name, once(typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes)));
    expect(await refused('a.csv', [])).toEqual({ ok: false, message: 'the file is empty' });
    expect(await refused('a.csv', '%PDF-1.7\n')).toMatchObject({ ok: false, message: expect.stringContaining('PDF') });
    expect(await refused('a.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])).toMatchObject({ message: expect.stringContaining('.xls') });
    expect(await refused('a.xlsx', 'Kod;Nazwa\n')).toMatchObject({ message: expect.stringContaining('not an XLSX workbook') });
    expect(await refused('a.csv', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00])).toMatchObject({ message: expect.stringContaining('binary') });
  });

  it('reads CSV text, and a workbook by its ZIP signature whatever the name', async () => {
    expect(await rowsOf('export.txt', Buffer.from('Kod\tNazwa\nK1\tAlfa\n'))).toEqual({
      format: 'csv',
      rows: [
        { line: 1, cells: ['Kod', 'Nazwa'] },
        { line: 2, cells: ['K1', 'Alfa'] },
      ],
    });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Arkusz1');
    sheet.addRow(['Kod', 'Data', 'Kwota']);
    sheet.addRow([]);
    sheet.addRow(['K1', new Date(Date.UTC(2026, 2, 31)), 12.5]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(await rowsOf('export.csv', bytes)).toEqual({
      format: 'xlsx',
      rows: [
        { line: 1, cells: ['Kod', 'Data', 'Kwota'] },
        { line: 3, cells: ['K1', new Date(Date.UTC(2026, 2, 31)), 12.5] },
      ],
    });
  });

  it('reports a damaged workbook as a file problem', async () => {
    const opened = await openSheet('broken.xlsx', once(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)])));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const failure = await (async () => {
      for await (const _ of opened.sheet.rows) {
        // reading is what fails
      }
    })().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'FileFormatError', message: expect.stringContaining('XLSX') });
  });
});

describe('cellValue', () => {
  it('turns exceljs values into plain cells', () => {
    expect(cellValue({ richText: [{ text: 'Łódzka ' }, { text: 'Hurtownia' }] })).toBe('Łódzka Hurtownia');
    expect(cellValue({ formula: 'A1*2', result: 24.6 } as ExcelJS.CellValue)).toBe(24.6);
    expect(cellValue({ formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue)).toBe('#DIV/0!');
    expect(cellValue({ text: 'biuro@firma.pl', hyperlink: 'mailto:biuro@firma.pl' })).toBe('biuro@firma.pl');
    expect(cellValue({ error: '#N/A' } as ExcelJS.CellValue)).toBe('#N/A');
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue(true)).toBe(true);
  });
});
