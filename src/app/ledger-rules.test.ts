import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { expectOk, makeCustomer, makeInvoice, makeOrganization } from '../../test/ledger-fixtures';
import type { Actor } from './actor';
import { allocate } from './allocate';
import { createCreditNote } from './create-credit-note';
import { deleteInvoice } from './delete-invoice';
import { getCreditNoteDetail, getInvoiceDetail, getPaymentDetail, listActivities } from './queries';
import { recordPayment } from './record-payment';
import { reopenInvoice } from './reopen-invoice';
import { undoAllocation } from './undo-allocation';
import { updateInvoice } from './update-invoice';
import { writeOffInvoice } from './write-off-invoice';

const actor: Actor = { userId: null, via: 'system' };
const asOf = '2026-04-15';

describeEachDatabase('ledger rules', (database) => {
  const setup = async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    const invoiceId = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 100_00 });
    const pay = async (amountMinor: number, currency = 'PLN') =>
      expectOk(await recordPayment(db, org.id, { paymentDate: '2026-04-01', amountMinor, currency, allocations: [] }, 'manual', actor)).id;
    const invoice = async () => (await getInvoiceDetail(db, org.id, invoiceId, asOf))!;
    return { db, orgId: org.id, customerId, invoiceId, pay, invoice };
  };

  it('partial and full allocations change open amount and status, and keep the payment rest', async () => {
    const { db, orgId, invoiceId, pay, invoice } = await setup();
    const paymentId = await pay(150_00);
    expectOk(await allocate(db, orgId, { invoiceId, paymentId, amountMinor: 40_00 }, actor));
    expect(await invoice()).toMatchObject({ openAmountMinor: 60_00, status: 'partially_paid' });
    expect((await getPaymentDetail(db, orgId, paymentId))!.unallocatedMinor).toBe(110_00);
    expectOk(await allocate(db, orgId, { invoiceId, paymentId, amountMinor: 60_00 }, actor));
    const paid = await invoice();
    expect(paid).toMatchObject({ openAmountMinor: 0, status: 'paid', daysOverdue: 0 });
    expect(paid.allocations.map((a) => a.amountMinor)).toEqual([40_00, 60_00]);
    const payment = (await getPaymentDetail(db, orgId, paymentId))!;
    expect(payment.unallocatedMinor).toBe(50_00);
    expect(payment.allocations).toHaveLength(2);
  });

  it('refuses to allocate more than is open or more than the payment has left', async () => {
    const { db, orgId, invoiceId, pay, invoice } = await setup();
    const big = await pay(500_00);
    const over = await allocate(db, orgId, { invoiceId, paymentId: big, amountMinor: 100_01 }, actor);
    expect(over).toMatchObject({ ok: false, code: 'ledger_rule' });
    expect(!over.ok && over.message).toContain('100.00 PLN open');
    const small = await pay(30_00);
    const tooMuch = await allocate(db, orgId, { invoiceId, paymentId: small, amountMinor: 30_01 }, actor);
    expect(tooMuch).toMatchObject({ ok: false, code: 'ledger_rule' });
    expect(!tooMuch.ok && tooMuch.message).toContain('30.00 PLN left');
    expect(await invoice()).toMatchObject({ openAmountMinor: 100_00, status: 'open', allocations: [] });
    expect((await getPaymentDetail(db, orgId, small))!.unallocatedMinor).toBe(30_00);
  });

  it('refuses another currency and an allocation with neither or both sources', async () => {
    const { db, orgId, invoiceId, pay } = await setup();
    const euros = await pay(100_00, 'EUR');
    expect(await allocate(db, orgId, { invoiceId, paymentId: euros, amountMinor: 10_00 }, actor)).toMatchObject({ ok: false, code: 'ledger_rule' });
    expect(await allocate(db, orgId, { invoiceId, amountMinor: 10_00 }, actor)).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it('undoing an allocation restores invoice and payment and notes it on the timeline', async () => {
    const { db, orgId, customerId, invoiceId, pay, invoice } = await setup();
    const paymentId = await pay(100_00);
    const { id } = expectOk(await allocate(db, orgId, { invoiceId, paymentId, amountMinor: 100_00 }, actor));
    expect((await invoice()).status).toBe('paid');
    expectOk(await undoAllocation(db, orgId, id, actor));
    expect(await invoice()).toMatchObject({ openAmountMinor: 100_00, status: 'open', allocations: [] });
    expect((await getPaymentDetail(db, orgId, paymentId))!.unallocatedMinor).toBe(100_00);
    const timeline = await listActivities(db, orgId, customerId, { page: 1, pageSize: 10 });
    expect(timeline.items.map((a) => a.type)).toEqual(['system', 'payment']);
    expect(await undoAllocation(db, orgId, id, actor)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('a payment with allocations writes a payment entry on the timeline, and a refused allocation refuses the payment', async () => {
    const { db, orgId, customerId, invoiceId, invoice } = await setup();
    const recorded = expectOk(
      await recordPayment(db, orgId, { paymentDate: '2026-04-02', amountMinor: 70_00, currency: 'PLN', transferTitle: 'FV 1', allocations: [{ invoiceId, amountMinor: 70_00 }] }, 'api', actor),
    );
    const payment = (await getPaymentDetail(db, orgId, recorded.id))!;
    expect(payment).toMatchObject({ unallocatedMinor: 0, customerId, source: 'api' });
    const timeline = await listActivities(db, orgId, customerId, { page: 1, pageSize: 10 });
    expect(timeline.items[0]).toMatchObject({ type: 'payment', invoiceIds: [invoiceId], body: 'FV 1' });
    expect(timeline.items[0]!.summary).toContain('70.00 PLN');
    const refused = await recordPayment(db, orgId, { paymentDate: '2026-04-03', amountMinor: 50_00, currency: 'PLN', allocations: [{ invoiceId, amountMinor: 50_00 }] }, 'manual', actor);
    expect(refused).toMatchObject({ ok: false, code: 'ledger_rule' });
    expect(!refused.ok && refused.issues?.[0]?.field).toBe('allocations.0.amountMinor');
    expect((await invoice()).openAmountMinor).toBe(30_00);
  });

  it('writes off and reopens an invoice; a written-off invoice takes no allocation', async () => {
    const { db, orgId, invoiceId, pay, invoice } = await setup();
    const paymentId = await pay(100_00);
    expectOk(await allocate(db, orgId, { invoiceId, paymentId, amountMinor: 25_00 }, actor));
    expectOk(await writeOffInvoice(db, orgId, invoiceId, actor, new Date()));
    expect((await invoice()).status).toBe('written_off');
    expect(await writeOffInvoice(db, orgId, invoiceId, actor, new Date())).toMatchObject({ ok: false, code: 'ledger_rule' });
    expect(await allocate(db, orgId, { invoiceId, paymentId, amountMinor: 1_00 }, actor)).toMatchObject({ ok: false, code: 'ledger_rule' });
    expectOk(await reopenInvoice(db, orgId, invoiceId, actor));
    expect(await invoice()).toMatchObject({ status: 'partially_paid', openAmountMinor: 75_00 });
    expect(await reopenInvoice(db, orgId, invoiceId, actor)).toMatchObject({ ok: false, code: 'ledger_rule' });
  });

  it('a full credit note makes the invoice credited; a partial one and a payment make it paid', async () => {
    const { db, orgId, customerId, invoiceId, pay, invoice } = await setup();
    const note = expectOk(
      await createCreditNote(db, orgId, { customerId, number: `KOR-${invoiceId.slice(0, 6)}`, issueDate: '2026-04-01', currency: 'PLN', totalMinor: 120_00, invoiceId }, 'manual', actor),
    );
    expect(await invoice()).toMatchObject({ status: 'credited', openAmountMinor: 0 });
    const detail = (await getCreditNoteDetail(db, orgId, note.id))!;
    expect(detail).toMatchObject({ allocatedMinor: 100_00, unallocatedMinor: 20_00 });
    expect((await invoice()).creditNotes.map((c) => c.id)).toEqual([note.id]);

    const second = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 50_00 });
    expectOk(await allocate(db, orgId, { invoiceId: second, creditNoteId: note.id, amountMinor: 20_00 }, actor));
    expect(await allocate(db, orgId, { invoiceId: second, creditNoteId: note.id, amountMinor: 1 }, actor)).toMatchObject({ ok: false, code: 'ledger_rule' });
    const paymentId = await pay(30_00);
    expectOk(await allocate(db, orgId, { invoiceId: second, paymentId, amountMinor: 30_00 }, actor));
    expect((await getInvoiceDetail(db, orgId, second, asOf))!).toMatchObject({ status: 'paid', openAmountMinor: 0 });
  });

  it('keeps the total at least what is allocated, and deletes only an invoice with nothing allocated', async () => {
    const { db, orgId, invoiceId, pay, invoice } = await setup();
    const paymentId = await pay(60_00);
    expectOk(await allocate(db, orgId, { invoiceId, paymentId, amountMinor: 60_00 }, actor));
    const lower = await updateInvoice(db, orgId, invoiceId, { grossTotalMinor: 59_99 });
    expect(lower).toMatchObject({ ok: false, code: 'ledger_rule', issues: [{ field: 'grossTotalMinor' }] });
    expectOk(await updateInvoice(db, orgId, invoiceId, { grossTotalMinor: 60_00 }));
    expect(await invoice()).toMatchObject({ status: 'paid', openAmountMinor: 0 });
    expectOk(await updateInvoice(db, orgId, invoiceId, { grossTotalMinor: 80_00, dueDate: '2026-04-10' }));
    expect(await invoice()).toMatchObject({ status: 'partially_paid', openAmountMinor: 20_00, daysOverdue: 5 });
    expect(await deleteInvoice(db, orgId, invoiceId)).toMatchObject({ ok: false, code: 'ledger_rule' });
    const { customerId } = await invoice();
    const spare = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 1_00 });
    expectOk(await deleteInvoice(db, orgId, spare));
    expect(await getInvoiceDetail(db, orgId, spare, asOf)).toBeNull();
  });

  it('lets only one of two racing allocations take the last open amount', async () => {
    const { db, orgId, invoiceId, pay, invoice } = await setup();
    const first = await pay(60_00);
    const second = await pay(60_00);
    const results = await Promise.all([
      allocate(db, orgId, { invoiceId, paymentId: first, amountMinor: 60_00 }, actor),
      allocate(db, orgId, { invoiceId, paymentId: second, amountMinor: 60_00 }, actor),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'ledger_rule')).toHaveLength(1);
    expect(await invoice()).toMatchObject({ openAmountMinor: 40_00, status: 'partially_paid' });
  });

  it('never touches another organization', async () => {
    const { db, invoiceId, pay } = await setup();
    const other = await makeOrganization(db);
    const paymentId = await pay(10_00);
    expect(await allocate(db, other.id, { invoiceId, paymentId, amountMinor: 1_00 }, actor)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await writeOffInvoice(db, other.id, invoiceId, actor, new Date())).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getInvoiceDetail(db, other.id, invoiceId, asOf)).toBeNull();
  });
});
