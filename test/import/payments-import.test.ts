import { expect, it } from 'vitest';
import { importFile } from '../../src/app/import-file';
import { queryRows, sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { importFixture, newOrganization, tableCounts } from './import-helpers';

const csv = (text: string) => Buffer.from(text);

type PaymentRow = {
  payment_date: string;
  amount_minor: number;
  unallocated_minor: number;
  customer: string | null;
  payer_account: string | null;
  transfer_title: string | null;
  allocated: number;
};

const paymentsOf = (db: Db, orgId: string) =>
  queryRows<PaymentRow>(
    db,
    sql`select p.payment_date, p.amount_minor, p.unallocated_minor, c.external_id as customer, p.payer_account,
               p.transfer_title,
               coalesce((select sum(a.amount_minor)::int from allocations a where a.payment_id = p.id), 0) as allocated
          from payments p left join customers c on c.id = p.customer_id
         where p.org_id = ${orgId}
         order by p.payment_date, p.unallocated_minor`,
  );

async function ledger(db: Db): Promise<string> {
  const orgId = await newOrganization(db);
  expect((await importFixture(db, orgId, 'customers', 'customers-windows-1250.csv')).committed).toBe(true);
  expect((await importFixture(db, orgId, 'invoices', 'invoices-semicolon-decimal-comma.csv')).committed).toBe(true);
  return orgId;
}

describeEachDatabase('import of payments', (database) => {
  it('allocates each payment up to what its invoice has open and keeps the rest unallocated', async () => {
    const { db } = database();
    const orgId = await ledger(db);
    const report = await importFixture(db, orgId, 'payments', 'payments.csv');
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ committed: true, rowsRead: 4, created: 4, updated: 0, unchanged: 0 });
    // Two identical transfers on one day stay two payments.
    expect(await paymentsOf(db, orgId)).toEqual([
      expect.objectContaining({ payment_date: '2026-01-20', amount_minor: 100_000, allocated: 100_000, unallocated_minor: 0, customer: 'K001', payer_account: 'PL61109010140000071219812874' }),
      expect.objectContaining({ payment_date: '2026-01-25', amount_minor: 50_000, allocated: 23_000, unallocated_minor: 27_000, customer: 'K001' }),
      expect.objectContaining({ payment_date: '2026-01-25', amount_minor: 50_000, allocated: 0, unallocated_minor: 50_000, customer: 'K001' }),
      expect.objectContaining({ payment_date: '2026-01-26', amount_minor: 10_000, allocated: 0, unallocated_minor: 10_000, customer: null }),
    ]);
    const [invoice] = await queryRows<{ open_amount_minor: number; status: string }>(
      db,
      sql`select open_amount_minor, status from invoices where org_id = ${orgId} and number = 'FV/2026/01/001'`,
    );
    expect(invoice).toEqual({ open_amount_minor: 0, status: 'paid' });
  });

  it('re-importing the same file finds every payment again and allocates nothing twice', async () => {
    const { db } = database();
    const orgId = await ledger(db);
    await importFixture(db, orgId, 'payments', 'payments.csv');
    const before = await tableCounts(db, orgId);
    const again = await importFixture(db, orgId, 'payments', 'payments.csv');
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 4 });
    expect(await tableCounts(db, orgId)).toEqual({ ...before, import_runs: before.import_runs + 1 });
  });

  it('a payment already known gets its allocation when a later file names the invoice', async () => {
    const { db } = database();
    const orgId = await ledger(db);
    const without = 'Id;Data;Kwota;Tytuł\nT-1;2026-02-01;50,00;za fakturę\n';
    const withInvoice = 'Id;Data;Kwota;Tytuł;Numer faktury\nT-1;2026-02-01;50,00;za fakturę;FV/2026/01/002\n';
    expect(await importFile(db, { orgId, kind: 'payments', fileName: 'a.csv', content: csv(without) })).toMatchObject({ created: 1 });
    const report = await importFile(db, { orgId, kind: 'payments', fileName: 'b.csv', content: csv(withInvoice) });
    expect(report).toMatchObject({ committed: true, created: 0, updated: 1, unchanged: 0 });
    expect(await paymentsOf(db, orgId)).toEqual([expect.objectContaining({ allocated: 5_000, unallocated_minor: 0, customer: 'K002' })]);
    expect(await importFile(db, { orgId, kind: 'payments', fileName: 'b.csv', content: csv(withInvoice) })).toMatchObject({ unchanged: 1 });
  });

  it('refuses unknown invoices, other currencies, other customers and changed amounts, writing nothing', async () => {
    const { db } = database();
    const orgId = await ledger(db);
    await importFile(db, { orgId, kind: 'payments', fileName: 'a.csv', content: csv('Id;Data;Kwota\nT-9;2026-02-01;10,00\n') });
    const before = await tableCounts(db, orgId);
    const report = await importFile(db, {
      orgId,
      kind: 'payments',
      fileName: 'bad.csv',
      content: csv(
        [
          'Id;Data;Kwota;Waluta;Numer faktury;Kod klienta',
          'T-1;2026-02-01;10,00;PLN;FV/404;',
          'T-2;2026-02-01;10,00;PLN;FV/2026/01/003;',
          'T-3;2026-02-01;10,00;PLN;FV/2026/01/001;K002',
          'T-4;2026-02-01;0,00;PLN;;',
          'T-5;2026-02-01;10,00;PLN;;K404',
        ].join('\n'),
      ),
    });
    expect(report.committed).toBe(false);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'invoiceNumber'],
      [3, 'invoiceNumber'],
      [4, 'invoiceNumber'],
      [5, 'amount'],
      [6, 'customerExternalId'],
    ]);
    expect(report.errors[1]!.message).toBe('invoice FV/2026/01/003 is in EUR, the payment in PLN');
    expect(await tableCounts(db, orgId)).toEqual(before);

    const changed = await importFile(db, { orgId, kind: 'payments', fileName: 'a.csv', content: csv('Id;Data;Kwota\nT-9;2026-02-01;12,00\n') });
    expect(changed.errors).toEqual([expect.objectContaining({ line: 2, field: 'externalId' })]);
    expect((await paymentsOf(db, orgId))[0]!.amount_minor).toBe(1_000);
  });
});
