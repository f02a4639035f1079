// Importing a bank's CSV history export: a credit quoting the invoice's RF is matched
// and pays the invoice, the report says which header each field came from, importing
// the file again adds nothing, a broken amount writes nothing and names its line, and
// a mapping given with the import reads headers nobody recognises.
import { expect, it } from 'vitest';
import { addBankAccount } from '../../src/app/add-bank-account';
import { createCustomer } from '../../src/app/create-customer';
import { importStatement } from '../../src/app/import-statement';
import { invoicePaymentReference } from '../../src/domain/creditor-reference';
import { queryRows, sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { expectOk, makeInvoice } from '../ledger-fixtures';
import { newOrganization } from './import-helpers';

const now = new Date('2026-03-21T10:00:00Z');

const count = async (db: Db, table: string, orgId: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(table)} where org_id = ${orgId}::uuid`))[0]!.n;

// An mBank-style export (newer layout): address lines above the header, the own
// account in each row, amounts with the currency beside them, a closing balance below.
function mbankExport(rf: string, secondAmount = '-250,00 PLN'): Buffer {
  const text = [
    'mBank S.A. Bankowość Detaliczna;',
    '#Klient;',
    'HURTOWNIA TESTOWA SP. Z O.O.;',
    '',
    '#Data operacji;#Opis operacji;#Rachunek;#Kategoria;#Kwota;',
    `2026-03-20;"ACME HANDEL SP. Z O.O. PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY ${rf} ZAPŁATA";"mBiznes konto 61 1090 1014 0000 0712 1981 2874";"Wpływy";1 230,00 PLN;`,
    `2026-03-20;"DOSTAWCA SA PRZELEW WYCHODZĄCY CZYNSZ";"mBiznes konto 61 1090 1014 0000 0712 1981 2874";"Opłaty";${secondAmount};`,
    `2026-03-20;"ACME HANDEL SP. Z O.O. PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY ZALICZKA";"mBiznes konto 61 1090 1014 0000 0712 1981 2874";"Wpływy";100,00 PLN;`,
    '',
    ';;#Saldo końcowe;;3 517,30 PLN;',
  ].join('\r\n');
  return Buffer.from(text, 'utf8');
}

describeEachDatabase('import of CSV bank statements', (database) => {
  it('matches the RF credit and pays its invoice, reports the columns, and imports once', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const customerId = expectOk(await createCustomer(db, orgId, { name: 'Acme Handel sp. z o.o.', country: 'PL', taxId: '5260250274' })).id;
    const paidId = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 123_000, number: 'FV/2026/03/0101', dueDate: '2026-03-10' });
    const content = mbankExport(invoicePaymentReference(paidId));

    const report = await importStatement(db, { orgId, fileName: 'lista_operacji.csv', content, now });
    expect(report).toMatchObject({
      committed: true,
      statements: 1,
      linesRead: 3,
      credits: 2,
      debits: 1,
      matchedAutomatically: 1,
      paymentsCreated: 1,
      alreadyImported: 0,
      errors: [],
    });
    expect(report.csv).toMatchObject({
      headerLine: 5,
      mapping: { bookingDate: '#Data operacji', title: '#Opis operacji', account: '#Rachunek', amount: '#Kwota' },
      dateFormat: 'YYYY-MM-DD',
      decimalSeparator: ',',
      skippedLines: [10],
    });
    const [invoice] = await queryRows<{ status: string; open: number }>(
      db,
      sql`select status, open_amount_minor::int as open from invoices where id = ${paidId}::uuid`,
    );
    expect(invoice).toEqual({ status: 'paid', open: 0 });
    const [statement] = await queryRows<{ format: string; account_iban: string; statement_id: string }>(
      db,
      sql`select format, account_iban, statement_id from bank_statements where org_id = ${orgId}::uuid`,
    );
    expect(statement).toEqual({ format: 'csv', account_iban: 'PL61109010140000071219812874', statement_id: '2026-03-20..2026-03-20' });
    const lines = await queryRows<{ status: string; raw_text: string }>(
      db,
      sql`select status, raw_text from bank_statement_lines where org_id = ${orgId}::uuid order by line_index`,
    );
    expect(lines.map((l) => l.status)).toEqual(['matched', 'debit', expect.stringMatching(/^(review|unmatched)$/)]);
    expect(lines[0]!.raw_text).toContain(invoicePaymentReference(paidId));

    // The same rows again, in a file under another name: nothing new.
    const again = await importStatement(db, { orgId, fileName: 'lista_operacji (1).csv', content, now });
    expect(again).toMatchObject({ committed: true, linesRead: 3, alreadyImported: 3, matchedAutomatically: 0, paymentsCreated: 0 });
    expect(await count(db, 'bank_statement_lines', orgId)).toBe(3);
    expect(await count(db, 'payments', orgId)).toBe(1);
  });

  it('writes nothing from a file with a broken amount and names its line and column', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const content = mbankExport('RF18539007547034', '-25O,00 PLN');
    const report = await importStatement(db, { orgId, fileName: 'broken.csv', content, now });
    expect(report.committed).toBe(false);
    expect(report.errors).toEqual([
      { file: 'broken.csv', line: 7, field: 'amount', message: 'column "#Kwota" (amount): "-25O,00 PLN" is not an amount' },
    ]);
    for (const table of ['bank_statements', 'bank_statement_lines', 'payments', 'import_runs']) {
      expect(await count(db, table, orgId), table).toBe(0);
    }
  });

  it('reads headers nobody recognises through the mapping, the currency from the organization’s account', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    expectOk(await addBankAccount(db, orgId, { iban: 'PL61109010140000071219812874', currency: 'PLN', isDefault: true }));
    const content = Buffer.from(
      ['Konto;Dzień;Treść;Wartość', 'PL61109010140000071219812874;20.03.2026;Zapłata FV 7;"1 500,00"'].join('\n'),
      'utf8',
    );
    const unmapped = await importStatement(db, { orgId, fileName: 'wyciag.csv', content, now });
    expect(unmapped.committed).toBe(false);
    expect(unmapped.errors[0]).toMatchObject({ line: 1, field: 'bookingDate' });
    expect(unmapped.errors[0]!.message).toContain('"Dzień", "Treść", "Wartość"');

    const mapped = await importStatement(db, {
      orgId,
      fileName: 'wyciag.csv',
      content,
      now,
      csv: { mapping: { bookingDate: 'Dzień', title: 'Treść', amount: 'Wartość' } },
    });
    expect(mapped).toMatchObject({ committed: true, linesRead: 1, credits: 1, errors: [] });
    expect(mapped.csv?.mapping).toEqual({ account: 'Konto', bookingDate: 'Dzień', title: 'Treść', amount: 'Wartość' });
    const [line] = await queryRows<{ amount: number; currency: string; title: string; booking_date: string }>(
      db,
      sql`select amount_minor::int as amount, currency, title, booking_date::text from bank_statement_lines where org_id = ${orgId}::uuid`,
    );
    expect(line).toEqual({ amount: 150_000, currency: 'PLN', title: 'Zapłata FV 7', booking_date: '2026-03-20' });
  });

  it('names the option that would settle what the file cannot tell', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const content = Buffer.from(['Data;Tytuł;Kwota;Waluta', '03/04/2026;FV 1;10,00;PLN', '05/04/2026;FV 2;12,00;PLN'].join('\n'), 'utf8');
    const ambiguous = await importStatement(db, { orgId, fileName: 'historia.csv', content, now });
    expect(ambiguous.errors).toEqual([expect.objectContaining({ line: 2, field: 'bookingDate', option: 'dateFormat' })]);
    const settled = await importStatement(db, { orgId, fileName: 'historia.csv', content, now, csv: { dateFormat: 'DD/MM/YYYY' } });
    expect(settled).toMatchObject({ committed: true, linesRead: 2, errors: [] });
    const dates = await queryRows<{ d: string }>(db, sql`select booking_date::text as d from bank_statement_lines where org_id = ${orgId}::uuid order by d`);
    expect(dates.map((r) => r.d)).toEqual(['2026-04-03', '2026-04-05']);
  });
});
