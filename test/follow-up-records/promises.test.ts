import { expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor';
import { allocate } from '../../src/app/allocate';
import { cancelPromise } from '../../src/app/cancel-promise';
import { getPromise, listCustomerPromises } from '../../src/app/follow-up-queries';
import { listActivities, listAllocations } from '../../src/app/queries';
import { recordPayment } from '../../src/app/record-payment';
import { recordPromise, type RecordPromiseInput } from '../../src/app/record-promise';
import { refreshPromises } from '../../src/app/refresh-promises';
import { undoAllocation } from '../../src/app/undo-allocation';
import { updateCustomer } from '../../src/store/customers';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeInvoice, makeOrganization } from '../ledger-fixtures';

const actor: Actor = { userId: null, via: 'system' };
const today = '2026-04-15';
const now = new Date('2026-04-15T10:00:00Z');

describeEachDatabase('promises to pay', (database) => {
  const setup = async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    // Chosen by hand so routing cannot move it: the standard procedure gives three days' grace.
    await updateCustomer(db, org.id, customerId, { procedureKey: 'standard' });
    const invoiceId = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 1_230_00, number: `FV/${Math.random().toString(36).slice(2, 8)}` });
    const promise = (values: Partial<RecordPromiseInput> = {}) =>
      recordPromise(db, org.id, { customerId, invoiceIds: [invoiceId], promisedDate: '2026-04-20', amountMinor: 1_230_00, currency: 'PLN', ...values }, actor, today, now);
    const timeline = async () => (await listActivities(db, org.id, customerId, { page: 1, pageSize: 50 })).items.map((a) => a.summary);
    const view = async (id: string, on = today) => (await getPromise(db, org.id, id, on))!;
    return { db, orgId: org.id, customerId, invoiceId, promise, timeline, view };
  };

  it('refuses a promise without a date or without an amount, naming the fields', async () => {
    const { promise } = await setup();
    const noDate = await promise({ promisedDate: null });
    expect(noDate).toMatchObject({ ok: false, code: 'invalid_input' });
    if (noDate.ok) return;
    expect(noDate.issues?.map((i) => i.field)).toEqual(['promisedDate']);
    const noAmount = await promise({ amountMinor: undefined });
    expect(noAmount.ok ? [] : noAmount.issues?.map((i) => i.field)).toEqual(['amountMinor']);
    const neither = await promise({ promisedDate: undefined, amountMinor: null });
    expect(neither.ok ? [] : neither.issues?.map((i) => i.field)).toEqual(['promisedDate', 'amountMinor']);
    const past = await promise({ promisedDate: '2026-04-14', amountMinor: 0 });
    expect(past.ok ? [] : past.issues?.map((i) => i.field)).toEqual(['promisedDate', 'amountMinor']);
  });

  it("refuses invoices of another customer, settled ones and ones in another currency", async () => {
    const { db, orgId, customerId, promise } = await setup();
    const otherCustomer = await makeCustomer(db, orgId);
    const foreign = await makeInvoice(db, orgId, otherCustomer, { grossTotalMinor: 100_00 });
    const euros = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 100_00, currency: 'EUR' });
    const paid = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 100_00 });
    expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-01', amountMinor: 100_00, currency: 'PLN', allocations: [{ invoiceId: paid, amountMinor: 100_00 }] }, 'manual', actor));
    const refused = await promise({ invoiceIds: [foreign, euros, paid] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues).toEqual([
      { field: 'invoiceIds[0]', message: 'not an invoice of this customer' },
      { field: 'invoiceIds[1]', message: expect.stringContaining('is in EUR, the promise in PLN') },
      { field: 'invoiceIds[2]', message: expect.stringContaining('is paid') },
    ]);
  });

  it('records the promise with the grace of the procedure and notes it on the timeline', async () => {
    const { promise, timeline, view, invoiceId } = await setup();
    const { id } = expectOk(await promise({ note: 'CFO on the phone' }));
    const recorded = await view(id);
    expect(recorded).toMatchObject({ status: 'open', graceDays: 3, pausesUntil: '2026-04-23', paidMinor: 0, amountMinor: 1_230_00, note: 'CFO on the phone' });
    expect(recorded.invoices).toEqual([{ id: invoiceId, number: expect.stringMatching(/^FV\//) }]);
    const [entry] = await timeline();
    expect(entry).toBe(`Promised 1230,00 zł by 2026-04-20 for ${recorded.invoices[0]!.number}`);
  });

  it("takes the grace of the procedure the customer is routed to", async () => {
    const { db, orgId, customerId, promise, view } = await setup();
    await updateCustomer(db, orgId, customerId, { procedureKey: null, segment: 'key_account' });
    const keyAccount = expectOk(await promise());
    expect(await view(keyAccount.id)).toMatchObject({ graceDays: 5, pausesUntil: '2026-04-25' });
    // First invoiced in January, the customer is under six months old: new, one day's grace.
    await updateCustomer(db, orgId, customerId, { segment: null });
    const newCustomer = expectOk(await promise());
    expect(await view(newCustomer.id)).toMatchObject({ graceDays: 1, pausesUntil: '2026-04-21' });
  });

  it('is kept when a payment recorded against its invoice covers it, with a timeline entry', async () => {
    const { db, orgId, customerId, invoiceId, promise, timeline, view } = await setup();
    const { id } = expectOk(await promise());
    expectOk(
      await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-18', amountMinor: 1_230_00, currency: 'PLN', allocations: [{ invoiceId, amountMinor: 1_230_00 }] }, 'manual', actor, '2026-04-18'),
    );
    expect(await view(id, '2026-04-18')).toMatchObject({ status: 'kept', resolvedOn: '2026-04-18', paidMinor: 1_230_00 });
    // Written in the payment's transaction, so it shares the payment entry's instant.
    expect(await timeline()).toContainEqual(expect.stringMatching(/^Promise of 1230,00 zł by 2026-04-20 \(FV\/\w+\) kept$/));
  });

  it('is partly kept when only part came by the end of its grace', async () => {
    const { db, orgId, customerId, invoiceId, promise, timeline, view } = await setup();
    const { id } = expectOk(await promise());
    const payment = expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-21', amountMinor: 500_00, currency: 'PLN', allocations: [] }, 'manual', actor, '2026-04-21'));
    expectOk(await allocate(db, orgId, { invoiceId, paymentId: payment.id, amountMinor: 500_00 }, actor, '2026-04-21'));
    expect(await view(id, '2026-04-21')).toMatchObject({ status: 'open', paidMinor: 500_00 });
    expect(await refreshPromises(db, orgId, '2026-04-23')).toEqual([]);
    const changes = await refreshPromises(db, orgId, '2026-04-24');
    expect(changes).toEqual([{ promiseId: id, customerId, status: 'partlyKept', resolvedOn: '2026-04-24' }]);
    expect(await view(id, '2026-04-24')).toMatchObject({ status: 'partlyKept', resolvedOn: '2026-04-24' });
    expect((await timeline())[0]).toMatch(/partly kept: 500,00 zł paid$/);
  });

  it('is broken when nothing came, once, however often it is refreshed', async () => {
    const { db, orgId, customerId, promise, timeline, view } = await setup();
    const { id } = expectOk(await promise());
    expect(await refreshPromises(db, orgId, '2026-04-23', [customerId])).toEqual([]);
    const later = await refreshPromises(db, orgId, '2026-04-30', [customerId]);
    expect(later).toEqual([{ promiseId: id, customerId, status: 'broken', resolvedOn: '2026-04-24' }]);
    expect(await refreshPromises(db, orgId, '2026-05-01', [customerId])).toEqual([]);
    expect(await view(id)).toMatchObject({ status: 'broken', resolvedOn: '2026-04-24' });
    const entries = await timeline();
    expect(entries.filter((s) => s.endsWith(' broken'))).toHaveLength(1);
    expect(entries[0]).toMatch(/^Promise of 1230,00 zł by 2026-04-20 \(FV\/\w+\) broken$/);
  });

  it('counts only payments from the day it was recorded, and not after its grace', async () => {
    const { db, orgId, customerId, invoiceId, promise, view } = await setup();
    const { id } = expectOk(await promise());
    expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-14', amountMinor: 600_00, currency: 'PLN', allocations: [{ invoiceId, amountMinor: 600_00 }] }, 'manual', actor, today));
    expect(await view(id)).toMatchObject({ status: 'open', paidMinor: 0 });
    expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-25', amountMinor: 630_00, currency: 'PLN', allocations: [{ invoiceId, amountMinor: 630_00 }] }, 'manual', actor, '2026-04-25'));
    expect(await view(id, '2026-04-25')).toMatchObject({ status: 'broken', paidMinor: 0 });
  });

  it('on no invoices, counts every payment of the customer in its currency', async () => {
    const { db, orgId, customerId, promise, view } = await setup();
    const { id } = expectOk(await promise({ invoiceIds: [], amountMinor: 300_00 }));
    expect((await view(id)).invoices).toEqual([]);
    expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-16', amountMinor: 200_00, currency: 'EUR', allocations: [] }, 'manual', actor, '2026-04-16'));
    expect(await view(id, '2026-04-16')).toMatchObject({ status: 'open', paidMinor: 0 });
    expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-16', amountMinor: 300_00, currency: 'PLN', allocations: [] }, 'manual', actor, '2026-04-16'));
    expect(await view(id, '2026-04-16')).toMatchObject({ status: 'kept', resolvedOn: '2026-04-16' });
  });

  it('leaves a kept promise kept when an allocation is undone, and judges open ones again', async () => {
    const { db, orgId, customerId, invoiceId, promise, view } = await setup();
    const first = expectOk(await promise({ amountMinor: 100_00 }));
    const second = expectOk(await promise({ amountMinor: 1_230_00, promisedDate: '2026-04-16' }));
    const payment = expectOk(await recordPayment(db, orgId, { customerId, paymentDate: '2026-04-15', amountMinor: 100_00, currency: 'PLN', allocations: [{ invoiceId, amountMinor: 100_00 }] }, 'manual', actor, today));
    expect(await view(first.id)).toMatchObject({ status: 'kept' });
    const detail = await listActivities(db, orgId, customerId, { page: 1, pageSize: 50 });
    expect(detail.items.some((a) => a.type === 'payment')).toBe(true);
    const [allocation] = await listAllocations(db, orgId, { paymentId: payment.id });
    expectOk(await undoAllocation(db, orgId, allocation!.id, actor, '2026-04-20'));
    expect(await view(first.id, '2026-04-20')).toMatchObject({ status: 'kept' });
    expect(await view(second.id, '2026-04-20')).toMatchObject({ status: 'broken', resolvedOn: '2026-04-20' });
  });

  it('cancels an open promise once, and lists promises latest first', async () => {
    const { db, orgId, customerId, promise, timeline } = await setup();
    const a = expectOk(await promise({ promisedDate: '2026-04-20' }));
    const b = expectOk(await promise({ promisedDate: '2026-05-20' }));
    expectOk(await cancelPromise(db, orgId, a.id, actor, today));
    expect(await cancelPromise(db, orgId, a.id, actor, today)).toMatchObject({ ok: false, code: 'conflict' });
    expect((await timeline())[0]).toMatch(/cancelled$/);
    const listed = (await listCustomerPromises(db, orgId, customerId, today))!;
    expect(listed.map((p) => [p.id, p.status])).toEqual([
      [b.id, 'open'],
      [a.id, 'cancelled'],
    ]);
    const other = await makeOrganization(db);
    expect(await cancelPromise(db, other.id, b.id, actor, today)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await getPromise(db, other.id, b.id, today)).toBeNull();
    expect(await listCustomerPromises(db, other.id, customerId, today)).toBeNull();
  });
});
