import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { importFile } from '../../src/app/import-file';
import { queryRows, sql } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { newOrganization, tableCounts } from './import-helpers';

async function workbook(rows: ExcelJS.CellValue[][], options: { emptyFirstSheet?: boolean } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (options.emptyFirstSheet) book.addWorksheet('Notatki');
  const sheet = book.addWorksheet('Dane');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describeEachDatabase('import of XLSX workbooks', (database) => {
  it('reads typed cells: numbers, dates, booleans, rich text and formula results', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const customers = await workbook([
      ['Kod', 'Nazwa', 'NIP', 'Termin płatności', 'Limit kredytowy', 'Blokada'],
      ['K1', { richText: [{ text: 'Łódzka ' }, { text: 'Hurtownia', font: { bold: true } }] }, 5250000015, 14, 50000.5, true],
      ['K2', 'Żółta Spółka', '525-000-00-21', 30, null, false],
    ]);
    const report = await importFile(db, { orgId, kind: 'customers', fileName: 'klienci.xlsx', content: customers });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, created: 2 });
    const rows = await queryRows<{ name: string; tax_id: string; payment_terms_days: number; credit_limit_minor: number | null; credit_hold: boolean }>(
      db,
      sql`select name, tax_id, payment_terms_days, credit_limit_minor, credit_hold from customers where org_id = ${orgId} order by external_id`,
    );
    expect(rows).toEqual([
      { name: 'Łódzka Hurtownia', tax_id: '5250000015', payment_terms_days: 14, credit_limit_minor: 5_000_050, credit_hold: true },
      { name: 'Żółta Spółka', tax_id: '5250000021', payment_terms_days: 30, credit_limit_minor: null, credit_hold: false },
    ]);

    const invoices = await workbook([
      ['Numer faktury', 'Kod klienta', 'Data wystawienia', 'Termin płatności', 'Kwota brutto'],
      ['X/1', 'K1', utc(2026, 1, 5), utc(2026, 1, 19), 1230.5],
      ['X/2', 'K2', 46027, '2026-02-01', { formula: 'E2*0', result: 0.1 + 0.2 }],
      ['X/3', 'K1', '12.01.2026', 20260131, 20],
      ['X/4', 'K1', '12.01.2026', null, 20],
    ]);
    const imported = await importFile(db, { orgId, kind: 'invoices', fileName: 'faktury.xlsx', content: invoices });
    expect(imported.errors).toEqual([]);
    const stored = await queryRows<{ number: string; issue_date: string; due_date: string; gross_total_minor: number }>(
      db,
      sql`select number, issue_date, due_date, gross_total_minor from invoices where org_id = ${orgId} order by number`,
    );
    expect(stored).toEqual([
      { number: 'X/1', issue_date: '2026-01-05', due_date: '2026-01-19', gross_total_minor: 123_050 },
      { number: 'X/2', issue_date: '2026-01-05', due_date: '2026-02-01', gross_total_minor: 30 },
      { number: 'X/3', issue_date: '2026-01-12', due_date: '2026-01-31', gross_total_minor: 2_000 },
      { number: 'X/4', issue_date: '2026-01-12', due_date: '2026-01-26', gross_total_minor: 2_000 },
    ]);
    const again = await importFile(db, { orgId, kind: 'invoices', fileName: 'faktury.xlsx', content: Readable.from([invoices]) });
    expect(again).toMatchObject({ committed: true, unchanged: 4 });
  });

  it('reports problems with the row number Excel shows, and writes nothing', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const content = await workbook([
      ['Kod', 'Nazwa', 'NIP', 'Limit kredytowy'],
      ['K1', 'Dobra', 5250000015, 100],
      [],
      ['K2', 'Zła', 5250000016, 12.345],
    ]);
    const report = await importFile(db, { orgId, kind: 'customers', fileName: 'klienci.xlsx', content });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      { file: 'klienci.xlsx', line: 4, field: 'taxId', message: 'column "NIP": "5250000016" is not a valid NIP: the check digit is wrong' },
      { file: 'klienci.xlsx', line: 4, field: 'creditLimit', message: 'column "Limit kredytowy": "12.345" has more decimals than PLN has' },
    ]);
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 0 });
  });

  it('knows a workbook by its bytes whatever its name, reads the first sheet with data, and records its hash', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const content = await workbook([['Kod', 'Nazwa'], ['K1', 'Alfa']], { emptyFirstSheet: true });
    const report = await importFile(db, { orgId, kind: 'customers', fileName: 'export.csv', content: Readable.from([content]) });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, created: 1, headers: ['Kod', 'Nazwa'] });
    const [run] = await queryRows<{ sha256: string; rows_read: number; file_name: string }>(
      db,
      sql`select sha256, rows_read, file_name from import_runs where org_id = ${orgId}`,
    );
    expect(run).toEqual({ sha256: createHash('sha256').update(content).digest('hex'), rows_read: 1, file_name: 'export.csv' });
  });
});
