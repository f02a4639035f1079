import { expect, it } from 'vitest';
import { importFile } from '../../src/app/import-file';
import { queryRows, sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { importFixture, lastChange, newOrganization, tableCounts } from './import-helpers';

type InvoiceRow = {
  number: string;
  customer: string;
  issue_date: string;
  due_date: string;
  currency: string;
  gross_total_minor: number;
  open_amount_minor: number;
  status: string;
  source: string;
};

const invoicesOf = (db: Db, orgId: string) =>
  queryRows<InvoiceRow>(
    db,
    sql`select i.number, c.external_id as customer, i.issue_date, i.due_date, i.currency, i.gross_total_minor,
               i.open_amount_minor, i.status, i.source
          from invoices i join customers c on c.id = i.customer_id
         where i.org_id = ${orgId} order by i.number`,
  );

const csv = (text: string) => Buffer.from(text);

async function withPolishCustomers(db: Db): Promise<string> {
  const orgId = await newOrganization(db);
  const customers = await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv');
  expect(customers.committed).toBe(true);
  return orgId;
}

describeEachDatabase('import of invoices', (database) => {
  it('reads semicolons, decimal commas, Polish dates and quoted values with separators and line breaks', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const report = await importFixture(db, orgId, 'invoices', 'invoices-semicolon-decimal-comma.csv');
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, rowsRead: 4, created: 4 });
    expect(report.mapping).toMatchObject({
      number: 'Numer faktury',
      customerTaxId: 'NIP nabywcy',
      customerName: 'Nabywca',
      issueDate: 'Data wystawienia',
      dueDate: 'Termin płatności',
      grossTotal: 'Kwota brutto',
      currency: 'Waluta',
    });
    expect(await invoicesOf(db, orgId)).toEqual([
      expect.objectContaining({ number: 'FV/2026/01/001', customer: 'K001', issue_date: '2026-01-05', due_date: '2026-01-19', gross_total_minor: 123_000, open_amount_minor: 123_000, status: 'open', source: 'file' }),
      // No due date: issue date plus the customer's 30 days.
      expect.objectContaining({ number: 'FV/2026/01/002', customer: 'K002', due_date: '2026-02-06', gross_total_minor: 246_050 }),
      expect.objectContaining({ number: 'FV/2026/01/003', customer: 'K003', currency: 'EUR', gross_total_minor: 9_999 }),
      expect.objectContaining({ number: 'FV/2026/01/004', customer: 'K003', due_date: '2026-01-19', gross_total_minor: 1_000 }),
    ]);
  });

  it('reads commas, decimal dots, English headers and the common date formats', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await importFixture(db, orgId, 'customers', 'customers-utf8-bom.csv');
    const report = await importFixture(db, orgId, 'invoices', 'invoices-comma-dot.csv');
    expect(report.errors).toEqual([]);
    expect(await invoicesOf(db, orgId)).toEqual([
      expect.objectContaining({ number: 'INV-1001', customer: 'C-100', currency: 'EUR', gross_total_minor: 125_000, due_date: '2026-02-14' }),
      expect.objectContaining({ number: 'INV-1002', customer: 'C-101', currency: 'PLN', gross_total_minor: 49_999, issue_date: '2026-01-15', due_date: '2026-01-29' }),
      expect.objectContaining({ number: 'INV-1003', issue_date: '2026-01-20', due_date: '2026-02-19', gross_total_minor: 7_550 }),
    ]);
  });

  it('re-importing the same file changes nothing and says so', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    await importFixture(db, orgId, 'invoices', 'invoices-semicolon-decimal-comma.csv');
    const before = await lastChange(db, orgId);
    const again = await importFixture(db, orgId, 'invoices', 'invoices-semicolon-decimal-comma.csv');
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 4 });
    expect(await lastChange(db, orgId)).toBe(before);
  });

  it('a dry run reports exact counts and writes nothing', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const before = await tableCounts(db, orgId);
    const report = await importFixture(db, orgId, 'invoices', 'invoices-semicolon-decimal-comma.csv', { dryRun: true });
    expect(report).toMatchObject({ committed: false, created: 4, updated: 0, unchanged: 0, errors: [] });
    expect(await tableCounts(db, orgId)).toEqual(before);
  });

  it('lists every bad row with line and field and writes nothing', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const before = await tableCounts(db, orgId);
    const report = await importFixture(db, orgId, 'invoices', 'invoices-with-errors.csv');
    expect(report.committed).toBe(false);
    expect(report.errors.every((e) => e.file === 'invoices-with-errors.csv')).toBe(true);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'customerExternalId'],
      [4, 'issueDate'],
      [5, 'grossTotal'],
      [6, 'grossTotal'],
      [7, 'currency'],
      [8, 'number'],
      [9, 'number'],
      [10, 'dueDate'],
    ]);
    expect(report.errors[0]!.message).toContain('"K999"');
    expect(report.errors[4]!.message).toContain('"XYZ" is not a currency code');
    expect(report.errors[6]!.message).toBe('column "Numer faktury": invoice E/1 is already on line 2');
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0, errorsTruncated: false });
    expect(await tableCounts(db, orgId)).toEqual(before);
  });

  it('an unknown customer is created with createCustomers, from the name and tax id on the line', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const file = 'Numer;Nabywca;NIP;Data;Termin płatności;Kwota\nN/1;Nowa Firma sp. z o.o.;PL 113-000-00-16;2026-03-01;2026-03-15;100\nN/2;Nowa Firma sp. z o.o.;1130000016;2026-03-02;2026-03-16;200\nN/3;Fremde GmbH;DE 811 907 980;2026-03-02;2026-03-16;300\n';
    const refused = await importFile(db, { orgId, kind: 'invoices', fileName: 'new.csv', content: csv(file) });
    expect(refused.committed).toBe(false);
    expect(refused.errors).toHaveLength(3);
    expect(refused.errors[0]).toMatchObject({ line: 2, field: 'customerTaxId' });
    expect(refused.errors[0]!.message).toContain('import or add the customer first');

    const created = await importFile(db, { orgId, kind: 'invoices', fileName: 'new.csv', content: csv(file), createCustomers: true });
    expect(created.errors).toEqual([]);
    expect(created).toMatchObject({ committed: true, created: 3, customersCreated: 2 });
    const customers = await queryRows<{ name: string; tax_id: string | null; vat_id: string | null; country: string }>(
      db,
      sql`select name, tax_id, vat_id, country from customers where org_id = ${orgId} order by name`,
    );
    expect(customers).toEqual([
      { name: 'Fremde GmbH', tax_id: null, vat_id: 'DE811907980', country: 'DE' },
      { name: 'Nowa Firma sp. z o.o.', tax_id: '1130000016', vat_id: null, country: 'PL' },
    ]);
    const again = await importFile(db, { orgId, kind: 'invoices', fileName: 'new.csv', content: csv(file), createCustomers: true });
    expect(again).toMatchObject({ committed: true, created: 0, unchanged: 3, customersCreated: 0 });
  });

  it('cannot create a customer it has no name for, nor count a due date without payment terms', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    await importFile(db, { orgId, kind: 'customers', fileName: 'c.csv', content: csv('Kod;Nazwa\nK1;Bez terminu\n') });
    const report = await importFile(db, {
      orgId,
      kind: 'invoices',
      fileName: 'i.csv',
      content: csv('Numer;Kod klienta;Data;Kwota\nA/1;K404;2026-03-01;100\nA/2;K1;2026-03-01;100\n'),
      createCustomers: true,
    });
    expect(report.errors).toEqual([
      expect.objectContaining({ line: 2, field: 'customerExternalId', message: expect.stringContaining('needs its name') }),
      expect.objectContaining({ line: 3, field: 'dueDate', message: expect.stringContaining('has no payment terms') }),
    ]);
    expect(await tableCounts(db, orgId)).toMatchObject({ customers: 1, invoices: 0 });
  });

  it("refuses an invoice number that is another customer's invoice", async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    await importFile(db, { orgId, kind: 'invoices', fileName: 'a.csv', content: csv('Numer;Kod klienta;Data;Termin;Kwota\nX/1;K001;2026-03-01;2026-03-10;100\n') });
    const report = await importFile(db, {
      orgId,
      kind: 'invoices',
      fileName: 'b.csv',
      content: csv('Numer;Kod klienta;Data;Termin;Kwota\nX/2;K002;2026-03-01;2026-03-10;50\nX/1;K002;2026-03-01;2026-03-10;100\n'),
    });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      {
        file: 'b.csv',
        line: 3,
        field: 'number',
        message: 'invoice X/1 already exists for another customer, "Przedsiębiorstwo Handlowe „Łódź” Sp. z o.o."',
      },
    ]);
    expect((await invoicesOf(db, orgId)).map((i) => [i.number, i.customer])).toEqual([['X/1', 'K001']]);
  });

  it('a changed total keeps the open amount at total minus what was paid', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const invoice = (total: string) =>
      importFile(db, { orgId, kind: 'invoices', fileName: 'i.csv', content: csv(`Numer;Kod klienta;Data;Termin;Kwota\nP/1;K001;2026-03-01;2026-03-10;${total}\n`) });
    await invoice('1000,00');
    const paid = await importFile(db, {
      orgId,
      kind: 'payments',
      fileName: 'p.csv',
      content: csv('Data;Kwota;Numer faktury\n2026-03-05;400,00;P/1\n'),
    });
    expect(paid.committed).toBe(true);
    expect((await invoicesOf(db, orgId))[0]).toMatchObject({ open_amount_minor: 60_000, status: 'partially_paid' });

    expect(await invoice('1200,00')).toMatchObject({ committed: true, updated: 1 });
    expect((await invoicesOf(db, orgId))[0]).toMatchObject({ gross_total_minor: 120_000, open_amount_minor: 80_000, status: 'partially_paid' });
    await invoice('300,00');
    expect((await invoicesOf(db, orgId))[0]).toMatchObject({ gross_total_minor: 30_000, open_amount_minor: 0, status: 'paid' });

    const currency = await importFile(db, {
      orgId,
      kind: 'invoices',
      fileName: 'eur.csv',
      content: csv('Numer;Kod klienta;Data;Termin;Kwota;Waluta\nP/1;K001;2026-03-01;2026-03-10;300,00;EUR\n'),
    });
    expect(currency.errors).toEqual([expect.objectContaining({ line: 2, field: 'currency' })]);
    expect((await invoicesOf(db, orgId))[0]!.currency).toBe('PLN');
  });

  it('passes over a title above the header row and still counts lines from the top of the file', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const content = csv('Zestawienie faktur;;;;\nStyczeń 2026\n\nNumer;Kod klienta;Data;Termin;Kwota\nT/1;K001;2026-01-05;2026-01-19;10,00\nT/2;K001;2026-01-05;2026-01-19;dziesięć\n');
    const report = await importFile(db, { orgId, kind: 'invoices', fileName: 't.csv', content });
    expect(report.headers).toEqual(['Numer', 'Kod klienta', 'Data', 'Termin', 'Kwota']);
    expect(report.errors).toEqual([
      { file: 't.csv', line: 6, field: 'grossTotal', message: 'column "Kwota": "dziesięć" is not an amount' },
    ]);
    expect(report.rowsRead).toBe(2);
  });

  it('reads columns named in the mapping, overriding the headers', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const content = csv('Dok;Klient;Wyst;Zapłata;Suma;Kwota\nM/1;K001;2026-03-01;2026-03-20;150,00;999,00\n');
    const report = await importFile(db, {
      orgId,
      kind: 'invoices',
      fileName: 'm.csv',
      content,
      mapping: { number: 'Dok', customerExternalId: 'Klient', issueDate: 'Wyst', dueDate: 'zapłata', grossTotal: 'Suma' },
    });
    expect(report.errors).toEqual([]);
    expect(report.mapping).toEqual({ number: 'Dok', customerExternalId: 'Klient', issueDate: 'Wyst', dueDate: 'Zapłata', grossTotal: 'Suma' });
    expect((await invoicesOf(db, orgId))[0]).toMatchObject({ number: 'M/1', due_date: '2026-03-20', gross_total_minor: 15_000 });
  });

  it('streams thousands of rows in batches: created, then unchanged, then a few updated', async () => {
    const { db } = database();
    const orgId = await withPolishCustomers(db);
    const rows = 5_001;
    const file = (changed: (i: number) => boolean) => {
      let text = 'Numer faktury;Kod klienta;Data wystawienia;Termin płatności;Kwota brutto\n';
      for (let i = 0; i < rows; i++) {
        text += `B/${i};K00${(i % 3) + 1};2026-02-01;2026-03-01;${changed(i) ? 2 : 1}${String(i % 1000).padStart(3, '0')},50\n`;
      }
      return Buffer.from(text);
    };
    const progress: number[] = [];
    const first = await importFile(db, { orgId, kind: 'invoices', fileName: 'big.csv', content: file(() => false), onProgress: (n) => progress.push(n) });
    expect(first).toMatchObject({ committed: true, rowsRead: rows, created: rows, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toBe(rows);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await tableCounts(db, orgId)).toMatchObject({ invoices: rows });

    const again = await importFile(db, { orgId, kind: 'invoices', fileName: 'big.csv', content: file(() => false) });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: rows });
    const changed = [0, 1999, 2000, 4000, 5000];
    const some = await importFile(db, { orgId, kind: 'invoices', fileName: 'big.csv', content: file((i) => changed.includes(i)) });
    expect(some).toMatchObject({ committed: true, created: 0, updated: changed.length, unchanged: rows - changed.length });
    const [b2000] = await queryRows<{ gross_total_minor: number; open_amount_minor: number }>(
      db,
      sql`select gross_total_minor, open_amount_minor from invoices where org_id = ${orgId} and number = 'B/2000'`,
    );
    expect(b2000).toEqual({ gross_total_minor: 200_050, open_amount_minor: 200_050 });
  });
});
