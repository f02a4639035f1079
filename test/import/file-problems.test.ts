import { expect, it } from 'vitest';
import { importFile } from '../../src/app/import-file';
import { describeEachDatabase } from '../databases';
import { fixture, importFixture, newOrganization, tableCounts } from './import-helpers';

const csv = (text: string) => Buffer.from(text);

describeEachDatabase('import of files that cannot be read', (database) => {
  async function expectNothingWritten(orgId: string, run: () => Promise<{ committed: boolean }>) {
    const { db } = database();
    const before = await tableCounts(db, orgId);
    const report = await run();
    expect(report.committed).toBe(false);
    expect(await tableCounts(db, orgId)).toEqual(before);
  }

  it('an empty file, a PDF renamed .csv, an old .xls and a text file named .xlsx each say what they are', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const cases: [string, Buffer, string][] = [
      ['empty.csv', Buffer.alloc(0), 'the file is empty'],
      ['invoices-actually-a-pdf.csv', fixture('invoices-actually-a-pdf.csv'), 'this is a PDF document, not a CSV or XLSX file'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'this is an old Excel 97–2003 (.xls) file: save it as .xlsx or as CSV'],
      ['fake.xlsx', csv('Numer;Kwota\n1;2\n'), 'the file is named .xlsx but is not an XLSX workbook'],
      ['image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'this is a binary file, not CSV text or an XLSX workbook'],
    ];
    for (const [fileName, content, message] of cases) {
      await expectNothingWritten(orgId, async () => {
        const report = await importFile(db, { orgId, kind: 'invoices', fileName, content });
        expect(report.errors).toEqual([{ file: fileName, line: 1, message }]);
        return report;
      });
    }
  });

  it('a file without a header row, or with only one, is explained', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await expectNothingWritten(orgId, async () => {
      const report = await importFixture(db, orgId, 'invoices', 'invoices-without-header.csv');
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]).toMatchObject({ file: 'invoices-without-header.csv', line: 1 });
      expect(report.errors[0]!.message).toMatch(/^the first row is not a header row/);
      return report;
    });
    const onlyBlank = await importFile(db, { orgId, kind: 'invoices', fileName: 'blank.csv', content: csv('\n;;\n\n') });
    expect(onlyBlank.errors).toEqual([
      { file: 'blank.csv', line: 1, message: 'the file has no rows: a header row naming the columns is expected' },
    ]);
  });

  it('a missing required column is one error naming the field and the columns found', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await expectNothingWritten(orgId, async () => {
      const report = await importFile(db, {
        orgId,
        kind: 'invoices',
        fileName: 'no-amount.csv',
        content: csv('Numer faktury;Kod klienta;Data wystawienia\nF/1;K1;2026-01-01\n'),
      });
      expect(report.errors).toEqual([
        {
          file: 'no-amount.csv',
          line: 1,
          field: 'grossTotal',
          message: expect.stringMatching(/^no column for the required field grossTotal .*columns are: "Numer faktury", "Kod klienta", "Data wystawienia"$/),
        },
      ]);
      return report;
    });
  });

  it('an unknown field in the mapping is an error listing the fields', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const report = await importFile(db, {
      orgId,
      kind: 'customers',
      fileName: 'c.csv',
      content: csv('Kod;Nazwa\nK1;Alfa\n'),
      mapping: { nazwa: 'Nazwa', name: 'Nazwa' },
    });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 1, field: 'nazwa', message: expect.stringContaining('unknown field "nazwa"') }),
    ]);
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 0 });
  });

  it('an unterminated quote is reported on the line it opens, and nothing before it is written', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await importFile(db, { orgId, kind: 'customers', fileName: 'c.csv', content: csv('Kod;Nazwa;Termin płatności\nK001;Alfa;14\n') });
    await expectNothingWritten(orgId, async () => {
      const report = await importFixture(db, orgId, 'invoices', 'invoices-unterminated-quote.csv');
      expect(report.errors).toEqual([
        { file: 'invoices-unterminated-quote.csv', line: 3, message: 'a quoted value is opened but never closed: a `"` is missing' },
      ]);
      return report;
    });
  });

  it('caps the list of errors and says it did', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    let text = 'Kod;Nazwa;NIP\n';
    for (let i = 0; i < 1_200; i++) text += `K${i};Firma ${i};123\n`;
    const report = await importFile(db, { orgId, kind: 'customers', fileName: 'many.csv', content: csv(text) });
    expect(report.committed).toBe(false);
    expect(report.errors).toHaveLength(1_000);
    expect(report.errorsTruncated).toBe(true);
    expect(report.errors[999]).toMatchObject({ line: 1_001, field: 'taxId' });
  });
});
