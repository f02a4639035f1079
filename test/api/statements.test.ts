// The statement API: upload, the review queue with suggestions, a manual split, and a
// file that cannot be read answered as a 422 problem naming the line.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { makeCustomer, makeInvoice } from '../ledger-fixtures';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

const statement = (amount: string, title: string) =>
  [
    ':20:MT940/API/1',
    ':25:PL61109010140000071219812874',
    ':28C:1/1',
    ':60F:C260410PLN0,00',
    `:61:2604140414CN${amount}NTRFNONREF//MB260414000001`,
    ':86:020 PRZELEW ZEWNETRZNY PRZYCHODZACY; Z RACH.: 49102055581111123412341234; ',
    `OD: FIRMA TESTOWA; TYT.: ${title} ; TNR: 1`,
    `:62F:C260414PLN${amount}`,
    '-',
    '',
  ].join('\r\n');

const upload = (text: string, fileName = 'statement.sta') => {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/plain' }), fileName);
  return form;
};

describeEachDatabase('API: bank statements', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  it('imports, lists the review queue, and matches a line by hand across two invoices', async () => {
    const { db } = database();
    const customerId = await makeCustomer(db, org.id, 'Firma Testowa');
    const first = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 30_000, number: 'FV/API/0311' });
    const second = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 50_000, number: 'FV/API/0520' });
    const report = await api.ok(org.admin, 'POST', `${org.base}/imports/statement`, upload(statement('400,00', 'FAKTURA FV/API/0371')), 200);
    expect(report).toMatchObject({ committed: true, linesRead: 1, credits: 1, matchedAutomatically: 0 });
    expect(report.queuedForReview + report.unmatched).toBe(1);

    const status = report.queuedForReview === 1 ? 'review' : 'unmatched';
    const queue = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=${status}`);
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ amountMinor: 40_000, currency: 'PLN', direction: 'credit', status, paymentId: null });
    expect(queue[0].reasons.length).toBeGreaterThan(0);

    const tooMuch = await api.call(org.admin, 'POST', `${org.base}/statement-lines/${queue[0].id}/match`, {
      allocations: [{ invoiceId: first, amountMinor: 30_000 }, { invoiceId: second, amountMinor: 10_001 }],
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().issues[0].field).toBe('body.allocations');

    const matched = await api.ok(
      org.admin,
      'POST',
      `${org.base}/statement-lines/${queue[0].id}/match`,
      { allocations: [{ invoiceId: first, amountMinor: 30_000 }, { invoiceId: second, amountMinor: 10_000 }] },
      201,
    );
    expect(matched.allocationIds).toHaveLength(2);
    expect(await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=${status}`)).toEqual([]);
    const [line] = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=matched`);
    expect(line.paymentId).toBe(matched.paymentId);
    const undone = await api.call(org.admin, 'DELETE', `${org.base}/allocations/${matched.allocationIds[1]}`);
    expect(undone.statusCode).toBe(204);
  });

  it('answers a file it cannot read with a 422 problem naming the line', async () => {
    const response = await api.call(org.admin, 'POST', `${org.base}/imports/statement`, upload(statement('4x0,00', 'BROKEN'), 'broken.sta'));
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body).toMatchObject({ code: 'invalid_input', report: { committed: false, fileName: 'broken.sta' } });
    expect(body.issues[0]).toMatchObject({ file: 'broken.sta', line: 5 });
  });
});
