// The statement API: upload, the review queue with suggestions naming their invoices,
// the counts per status, a manual split, what a matched line became, and a file that
// cannot be read answered as a 422 problem naming the line.
import { beforeAll, expect, it } from 'vitest';
import { invoicePaymentReference } from '../../src/domain/creditor-reference';
import { describeEachDatabase } from '../databases';
import { makeCustomer, makeInvoice } from '../ledger-fixtures';
import { mt940Statement } from '../statement-fixtures';
import { addMember, runSetup, startApi, type Api, type TestOrg } from './api-harness';

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

  it('names the suggested invoices and customer, counts the lines, and shows what a matched line became', async () => {
    const { db } = database();
    const customerId = await makeCustomer(db, org.id, 'Acme Handel sp. z o.o.');
    const paid = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 123_000, number: 'FV/2026/03/0101' });
    const typo = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 48_730, number: 'FV/2026/03/0147' });
    // Not the account the first test's customer paid from: that one now speaks for Firma Testowa.
    const payer = { payerName: 'ACME HANDEL SP Z O O', payerAccount: '27114020040000300201355387' };
    const text = mt940Statement({
      reference: 'MT940/API/2',
      bookingDate: '2026-04-14',
      entries: [
        { direction: 'credit', amountMinor: 123_000, title: `${invoicePaymentReference(paid)} ZAPLATA`, ...payer },
        { direction: 'credit', amountMinor: 48_730, title: 'ZAPLATA ZA FAKTURE FV/2026/03/0174', ...payer },
      ],
    });
    const before = await api.ok(org.admin, 'GET', `${org.base}/statement-lines/counts`);
    const report = await api.ok(org.admin, 'POST', `${org.base}/imports/statement`, upload(text, 'acme.sta'), 200);
    expect(report).toMatchObject({ committed: true, matchedAutomatically: 1, queuedForReview: 1 });
    const after = await api.ok(org.admin, 'GET', `${org.base}/statement-lines/counts`);
    expect(after).toEqual({ ...before, review: before.review + 1, matched: before.matched + 1 });

    const queue = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=review`);
    const waiting = queue.find((line: { title: string }) => line.title.includes('FV/2026/03/0174'));
    expect(waiting.payment).toBeNull();
    expect(waiting.suggestions[0]).toMatchObject({
      customerId,
      customerName: 'Acme Handel sp. z o.o.',
      allocations: [{ invoiceId: typo, amountMinor: 48_730, invoiceNumber: 'FV/2026/03/0147', openAmountMinor: 48_730 }],
    });

    const matched = await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=matched`);
    const automatic = matched.find((line: { amountMinor: number; title: string }) => line.title.startsWith('RF'));
    expect(automatic.payment).toMatchObject({
      id: automatic.paymentId,
      customerId,
      customerName: 'Acme Handel sp. z o.o.',
      unallocatedMinor: 0,
      allocations: [{ invoiceId: paid, invoiceNumber: 'FV/2026/03/0101', amountMinor: 123_000 }],
    });
    // The suggestion it carried out now finds the invoice paid.
    expect(automatic.suggestions[0].allocations[0]).toMatchObject({ invoiceId: paid, openAmountMinor: 0 });

    await api.ok(org.admin, 'DELETE', `${org.base}/allocations/${automatic.payment.allocations[0].id}`);
    const [undone] = (await api.ok(org.admin, 'GET', `${org.base}/statement-lines?status=matched`)).filter(
      (line: { id: string }) => line.id === automatic.id,
    );
    expect(undone.payment).toMatchObject({ unallocatedMinor: 123_000, allocations: [] });
  });

  it('shows the lines and their counts to every role and lets only collectors and admins match', async () => {
    const viewer = (await addMember(api, org, 'viewer')).caller;
    const collector = (await addMember(api, org, 'collector')).caller;
    for (const caller of [viewer, collector]) {
      expect((await api.call(caller, 'GET', `${org.base}/statement-lines?status=review`)).statusCode).toBe(200);
      expect((await api.call(caller, 'GET', `${org.base}/statement-lines/counts`)).statusCode).toBe(200);
    }
    const match = { allocations: [{ invoiceId: '00000000-0000-4000-8000-000000000000', amountMinor: 1 }] };
    const line = '00000000-0000-4000-8000-000000000001';
    expect((await api.call(viewer, 'POST', `${org.base}/statement-lines/${line}/match`, match)).statusCode).toBe(403);
    expect((await api.call(collector, 'POST', `${org.base}/statement-lines/${line}/match`, match)).statusCode).toBe(404);
  });

  it('answers a file it cannot read with a 422 problem naming the line', async () => {
    const response = await api.call(org.admin, 'POST', `${org.base}/imports/statement`, upload(statement('4x0,00', 'BROKEN'), 'broken.sta'));
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body).toMatchObject({ code: 'invalid_input', report: { committed: false, fileName: 'broken.sta' } });
    expect(body.issues[0]).toMatchObject({ file: 'broken.sta', line: 5 });
  });
});
