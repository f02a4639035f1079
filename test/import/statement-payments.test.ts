// The sure matches of a statement import recorded a batch at a time: payments with the
// customer's credit left over, open amounts and statuses, one timeline entry per
// allocation — and a match whose invoice no longer has the money open (someone
// allocated meanwhile) is handed back untouched rather than over-allocating.
import { expect, it } from 'vitest';
import { createCustomer } from '../../src/app/create-customer';
import { recordMatchedPayments, type SureMatch } from '../../src/app/statement-payments';
import { queryRows, sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { expectOk, makeInvoice } from '../ledger-fixtures';
import { newOrganization } from './import-helpers';

function sure(fingerprint: string, customerId: string, amountMinor: number, allocations: { invoiceId: string; amountMinor: number }[]): SureMatch {
  const allocated = allocations.reduce((sum, a) => sum + a.amountMinor, 0);
  return {
    line: {
      fingerprint,
      bookingDate: '2026-03-20',
      amountMinor,
      currency: 'PLN',
      counterpartyName: 'ACME HANDEL',
      counterpartyAccount: 'PL49102055581111123412341234',
      title: `zaplata ${fingerprint}`,
      bankReference: null,
    },
    proposal: { customerId, allocations, creditMinor: amountMinor - allocated, confidence: 1, reasons: [] },
  };
}

const invoiceState = (db: Db, orgId: string) =>
  queryRows<{ number: string; open: number; status: string }>(
    db,
    sql`select number, open_amount_minor::int as open, status from invoices where org_id = ${orgId}::uuid order by number`,
  );

describeEachDatabase('recording sure matches in batches', (database) => {
  it('allocates, keeps the overpayment as credit, writes the timeline, and hands back a match that no longer fits', async () => {
    const { db } = database();
    const orgId = await newOrganization(db);
    const customerId = expectOk(await createCustomer(db, orgId, { name: 'Acme Handel sp. z o.o.', country: 'PL' })).id;
    const a = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 100_00, number: 'FV/1' });
    const b = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 250_00, number: 'FV/2' });
    const c = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 40_00, number: 'FV/3' });

    const matches = [
      sure('one', customerId, 120_00, [{ invoiceId: a, amountMinor: 100_00 }]), // 20,00 over: credit
      sure('two', customerId, 100_00, [{ invoiceId: b, amountMinor: 100_00 }]), // part of FV/2
      sure('three', customerId, 200_00, [{ invoiceId: b, amountMinor: 200_00 }]), // FV/2 has only 150,00 left by now
      sure('four', customerId, 40_00, [{ invoiceId: c, amountMinor: 40_00 }]),
    ];
    const recorded = await db.transaction(async (tx) => recordMatchedPayments(tx as unknown as Db, orgId, matches, null));

    expect([...recorded.paymentIds.keys()].sort()).toEqual(['four', 'one', 'two']);
    expect(recorded.stale.map((m) => m.line.fingerprint)).toEqual(['three']);
    expect(await invoiceState(db, orgId)).toEqual([
      { number: 'FV/1', open: 0, status: 'paid' },
      { number: 'FV/2', open: 150_00, status: 'partially_paid' },
      { number: 'FV/3', open: 0, status: 'paid' },
    ]);
    const payments = await queryRows<{ fingerprint: string; unallocated: number; customer: string; source: string }>(
      db,
      sql`select fingerprint, unallocated_minor::int as unallocated, customer_id as customer, source from payments where org_id = ${orgId}::uuid order by fingerprint`,
    );
    expect(payments).toEqual([
      { fingerprint: 'statement:four', unallocated: 0, customer: customerId, source: 'statement' },
      { fingerprint: 'statement:one', unallocated: 20_00, customer: customerId, source: 'statement' },
      { fingerprint: 'statement:two', unallocated: 0, customer: customerId, source: 'statement' },
    ]);
    const timeline = await queryRows<{ summary: string; body: string }>(
      db,
      sql`select summary, body from activities where org_id = ${orgId}::uuid and type = 'payment' order by summary`,
    );
    expect(timeline).toEqual([
      { summary: 'Payment of 100.00 PLN from 2026-03-20 allocated to invoice FV/1', body: 'zaplata one' },
      { summary: 'Payment of 100.00 PLN from 2026-03-20 allocated to invoice FV/2', body: 'zaplata two' },
      { summary: 'Payment of 40.00 PLN from 2026-03-20 allocated to invoice FV/3', body: 'zaplata four' },
    ]);
  });
});
