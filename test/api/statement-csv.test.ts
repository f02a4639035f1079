// Uploading a bank's CSV export: the multipart `mapping` field (JSON field → header)
// and the reading options travel to the reader, the report says which header each
// field came from, and a file or an option that cannot be used is a problem naming it.
import { beforeAll, expect, it } from 'vitest';
import { invoicePaymentReference } from '../../src/domain/creditor-reference';
import { describeEachDatabase } from '../databases';
import { makeCustomer, makeInvoice } from '../ledger-fixtures';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

// Headers no bank list knows; dates that cannot tell day from month.
const history = (reference: string, amount = '1 230,00') =>
  ['Dzień;Tytuł;Wartość;Waluta', `03/04/2026;Zapłata ${reference};${amount};PLN`, '05/04/2026;Opłata;-15,00;PLN', ''].join('\r\n');

const upload = (text: string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([text], { type: 'text/csv' }), 'historia.csv');
  return form;
};

describeEachDatabase('API: CSV bank statements', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  it('reads the columns the mapping field names and matches the RF payment', async () => {
    const { db } = database();
    const customerId = await makeCustomer(db, org.id, 'Firma Testowa');
    const invoiceId = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 123_000, number: 'FV/API/0401' });
    const text = history(invoicePaymentReference(invoiceId));

    const refused = await api.call(org.admin, 'POST', `${org.base}/imports/statement`, upload(text));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().issues[0]).toMatchObject({ file: 'historia.csv', line: 1, field: 'bookingDate' });
    expect(refused.json().report.committed).toBe(false);

    const fields = { mapping: JSON.stringify({ bookingDate: 'Dzień', amount: 'Wartość' }), dateFormat: 'DD/MM/YYYY' };
    const report = await api.ok(org.admin, 'POST', `${org.base}/imports/statement`, upload(text, fields), 200);
    expect(report).toMatchObject({ committed: true, linesRead: 2, credits: 1, debits: 1, matchedAutomatically: 1, paymentsCreated: 1 });
    expect(report.csv).toMatchObject({
      headerLine: 1,
      headers: ['Dzień', 'Tytuł', 'Wartość', 'Waluta'],
      mapping: { bookingDate: 'Dzień', amount: 'Wartość', title: 'Tytuł', currency: 'Waluta' },
      dateFormat: 'DD/MM/YYYY',
    });
    const [line] = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=matched`);
    expect(line).toMatchObject({ bookingDate: '2026-04-03', amountMinor: 123_000, direction: 'credit' });
  });

  it('names the line and column of a broken amount, and refuses options it cannot use', async () => {
    const fields = { mapping: JSON.stringify({ bookingDate: 'Dzień', amount: 'Wartość' }), dateFormat: 'DD/MM/YYYY' };
    const broken = await api.call(org.admin, 'POST', `${org.base}/imports/statement`, upload(history('RF18539007547034', '1 23O,00'), fields));
    expect(broken.statusCode).toBe(422);
    expect(broken.json().issues).toEqual([
      { file: 'historia.csv', line: 2, field: 'amount', message: 'column "Wartość" (amount): "1 23O,00" is not an amount' },
    ]);

    const notJson = await api.call(org.admin, 'POST', `${org.base}/imports/statement`, upload(history('X'), { mapping: '{bookingDate' }));
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().issues[0]).toMatchObject({ field: 'body.mapping' });
    const badFormat = await api.call(org.admin, 'POST', `${org.base}/imports/statement`, upload(history('X'), { dateFormat: 'D.M.YY' }));
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().issues[0]).toMatchObject({ field: 'body.dateFormat' });
  });
});
