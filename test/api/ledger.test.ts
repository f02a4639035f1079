import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addToken, runSetup, startApi, type Api, type Caller, type TestOrg } from './api-harness';

describeEachDatabase('API: invoices, payments, credit notes and allocations', (database) => {
  let api: Api;
  let org: TestOrg;
  let customerId: string;
  let counter = 0;
  const newInvoice = async (grossTotalMinor: number, extra: Record<string, unknown> = {}, caller: Caller = org.admin) => {
    counter += 1;
    return api.ok(caller, 'POST', `${org.base}/invoices`, {
      customerId, number: `FV/${counter}/2026`, issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'PLN', grossTotalMinor, ...extra,
    });
  };

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    customerId = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Ledger Buyer', country: 'PL' })).id;
  });

  it('creates an invoice as manual from a session and as api from a token, aged on today', async () => {
    const manual = await newInvoice(123_45);
    expect(manual).toMatchObject({ status: 'open', openAmountMinor: 123_45, source: 'manual', daysOverdue: 15, customerName: 'Ledger Buyer', allocations: [], creditNotes: [] });
    const token = await addToken(api, org, 'collector');
    const viaApi = await newInvoice(10_00, {}, token);
    expect(viaApi.source).toBe('api');
    const detail = await api.ok(org.admin, 'GET', `${org.base}/invoices/${manual.id}?asOf=2026-03-30`);
    expect(detail.daysOverdue).toBe(0);
  });

  it('refuses a taken number, a due date before the issue date and a non-positive total, naming fields', async () => {
    const first = await newInvoice(1_00);
    const taken = await api.call(org.admin, 'POST', `${org.base}/invoices`, {
      customerId, number: first.number, issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'PLN', grossTotalMinor: 1,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().issues).toEqual([{ field: 'body.number', message: 'taken' }]);
    const early = await api.call(org.admin, 'POST', `${org.base}/invoices`, {
      customerId, number: 'EARLY', issueDate: '2026-03-10', dueDate: '2026-03-01', currency: 'PLN', grossTotalMinor: 1,
    });
    expect(early.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.dueDate' }] });
    const zero = await api.call(org.admin, 'POST', `${org.base}/invoices`, {
      customerId, number: 'ZERO', issueDate: '2026-13-01', dueDate: '2026-03-01', currency: 'PLX', grossTotalMinor: 0,
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.headers['content-type']).toContain('application/problem+json');
    const fields = zero.json().issues.map((issue: { field: string }) => issue.field).sort();
    expect(fields).toEqual(['body.currency', 'body.grossTotalMinor', 'body.issueDate']);
  });

  it('records a payment with allocations, shows it, and lists unallocated payments', async () => {
    const invoice = await newInvoice(100_00);
    const payment = await api.ok(org.admin, 'POST', `${org.base}/payments`, {
      customerId, paymentDate: '2026-04-10', amountMinor: 150_00, currency: 'PLN', payerName: 'Ledger Buyer', transferTitle: invoice.number,
      allocations: [{ invoiceId: invoice.id, amountMinor: 100_00 }],
    });
    expect(payment).toMatchObject({ unallocatedMinor: 50_00, source: 'manual', customerName: 'Ledger Buyer' });
    expect(payment.allocations).toEqual([
      expect.objectContaining({ invoiceId: invoice.id, invoiceNumber: invoice.number, kind: 'payment', amountMinor: 100_00, date: '2026-04-10', reference: invoice.number }),
    ]);
    expect((await api.ok(org.admin, 'GET', `${org.base}/invoices/${invoice.id}`)).status).toBe('paid');
    const unallocated = await api.ok(org.admin, 'GET', `${org.base}/payments?unallocated=true`);
    expect(unallocated.items.map((p: { id: string }) => p.id)).toContain(payment.id);
    const settled = await api.ok(org.admin, 'GET', `${org.base}/payments?unallocated=false`);
    expect(settled.items.map((p: { id: string }) => p.id)).not.toContain(payment.id);
    const inRange = await api.ok(org.admin, 'GET', `${org.base}/payments?dateFrom=2026-04-10&dateTo=2026-04-10&customerId=${customerId}`);
    expect(inRange.items.map((p: { id: string }) => p.id)).toEqual([payment.id]);
    const outside = await api.ok(org.admin, 'GET', `${org.base}/payments?dateFrom=2026-04-11`);
    expect(outside.items.map((p: { id: string }) => p.id)).not.toContain(payment.id);
    const timeline = await api.ok(org.admin, 'GET', `${org.base}/customers/${customerId}/activities?type=payment`);
    expect(timeline.items[0]).toMatchObject({ type: 'payment', invoiceIds: [invoice.id], userName: 'First Admin' });
  });

  it('allocates, refuses an overpayment with a clear message, and undoes', async () => {
    const invoice = await newInvoice(80_00);
    const payment = await api.ok(org.admin, 'POST', `${org.base}/payments`, { paymentDate: '2026-04-11', amountMinor: 200_00, currency: 'PLN' });
    expect(payment.customerId).toBeNull();
    const over = await api.call(org.admin, 'POST', `${org.base}/allocations`, { invoiceId: invoice.id, paymentId: payment.id, amountMinor: 80_01 });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: 'ledger_rule', issues: [{ field: 'body.amountMinor', message: 'at most 8000' }] });
    expect(over.json().detail).toContain('80.00 PLN open');
    const allocation = await api.ok(org.admin, 'POST', `${org.base}/allocations`, { invoiceId: invoice.id, paymentId: payment.id, amountMinor: 30_00 });
    expect(allocation).toMatchObject({ kind: 'payment', amountMinor: 30_00, currency: 'PLN' });
    expect(await api.ok(org.admin, 'GET', `${org.base}/invoices/${invoice.id}`)).toMatchObject({ status: 'partially_paid', openAmountMinor: 50_00 });
    expect((await api.ok(org.admin, 'GET', `${org.base}/payments/${payment.id}`)).customerId).toBe(customerId);
    await api.ok(org.admin, 'DELETE', `${org.base}/allocations/${allocation.id}`);
    expect(await api.ok(org.admin, 'GET', `${org.base}/invoices/${invoice.id}`)).toMatchObject({ status: 'open', openAmountMinor: 80_00 });
    expect((await api.ok(org.admin, 'GET', `${org.base}/payments/${payment.id}`)).unallocatedMinor).toBe(200_00);
    const neither = await api.call(org.admin, 'POST', `${org.base}/allocations`, { invoiceId: invoice.id, amountMinor: 1 });
    expect(neither.json().code).toBe('invalid_input');
  });

  it('records a credit note allocated at once, making the invoice credited', async () => {
    const invoice = await newInvoice(40_00);
    const note = await api.ok(org.admin, 'POST', `${org.base}/credit-notes`, {
      customerId, number: 'KOR/1/2026', issueDate: '2026-04-01', currency: 'PLN', totalMinor: 40_00, invoiceId: invoice.id, reason: 'returned goods',
    });
    expect(note).toMatchObject({ allocatedMinor: 40_00, unallocatedMinor: 0, allocations: [expect.objectContaining({ kind: 'credit_note', reference: 'KOR/1/2026' })] });
    const detail = await api.ok(org.admin, 'GET', `${org.base}/invoices/${invoice.id}`);
    expect(detail).toMatchObject({ status: 'credited', openAmountMinor: 0, creditNotes: [expect.objectContaining({ id: note.id })] });
    expect((await api.ok(org.admin, 'GET', `${org.base}/credit-notes/${note.id}`)).reason).toBe('returned goods');
    const listed = await api.ok(org.admin, 'GET', `${org.base}/credit-notes?customerId=${customerId}`);
    expect(listed.items.map((n: { id: string }) => n.id)).toContain(note.id);
    const otherCurrency = await api.call(org.admin, 'POST', `${org.base}/credit-notes`, {
      customerId, number: 'KOR/2/2026', issueDate: '2026-04-01', currency: 'EUR', totalMinor: 1_00, invoiceId: invoice.id,
    });
    expect(otherCurrency.statusCode).toBe(422);
  });

  it('corrects, writes off, reopens and deletes invoices under the ledger rules', async () => {
    const invoice = await newInvoice(60_00);
    await api.ok(org.admin, 'POST', `${org.base}/payments`, { customerId, paymentDate: '2026-04-12', amountMinor: 20_00, currency: 'PLN', allocations: [{ invoiceId: invoice.id, amountMinor: 20_00 }] });
    const lower = await api.call(org.admin, 'PATCH', `${org.base}/invoices/${invoice.id}`, { grossTotalMinor: 19_99 });
    expect(lower.statusCode).toBe(422);
    expect(lower.json()).toMatchObject({ code: 'ledger_rule', issues: [{ field: 'body.grossTotalMinor' }] });
    const corrected = await api.ok(org.admin, 'PATCH', `${org.base}/invoices/${invoice.id}`, { grossTotalMinor: 70_00, dueDate: '2026-04-30', number: 'FV/CORRECTED' });
    expect(corrected).toMatchObject({ openAmountMinor: 50_00, number: 'FV/CORRECTED', daysOverdue: 0, status: 'partially_paid' });
    const written = await api.ok(org.admin, 'POST', `${org.base}/invoices/${invoice.id}/write-off`, undefined, 200);
    expect(written.status).toBe('written_off');
    expect((await api.call(org.admin, 'POST', `${org.base}/invoices/${invoice.id}/write-off`)).statusCode).toBe(422);
    const reopened = await api.ok(org.admin, 'POST', `${org.base}/invoices/${invoice.id}/reopen`, undefined, 200);
    expect(reopened.status).toBe('partially_paid');
    const refused = await api.call(org.admin, 'DELETE', `${org.base}/invoices/${invoice.id}`);
    expect(refused.statusCode).toBe(422);
    const spare = await newInvoice(5_00);
    await api.ok(org.admin, 'DELETE', `${org.base}/invoices/${spare.id}`);
    expect((await api.call(org.admin, 'GET', `${org.base}/invoices/${spare.id}`)).statusCode).toBe(404);
  });

  it('records notes and calls on the timeline, newest first, refusing another customer’s invoice', async () => {
    const other = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Timeline Other', country: 'PL' });
    const invoice = await newInvoice(1_00);
    const note = await api.ok(org.admin, 'POST', `${org.base}/customers/${other.id}/activities`, { type: 'note', summary: 'first note', occurredAt: '2026-04-01T09:00:00+02:00' });
    expect(note).toMatchObject({ type: 'note', direction: 'internal', userName: 'First Admin', occurredAt: '2026-04-01T07:00:00.000Z' });
    await api.ok(org.admin, 'POST', `${org.base}/customers/${other.id}/activities`, { type: 'call', channel: 'phone', direction: 'outbound', summary: 'called' });
    const timeline = await api.ok(org.admin, 'GET', `${org.base}/customers/${other.id}/activities?pageSize=1`);
    expect(timeline).toMatchObject({ total: 2, pageSize: 1, items: [{ type: 'call', summary: 'called' }] });
    const foreign = await api.call(org.admin, 'POST', `${org.base}/customers/${other.id}/activities`, { type: 'note', summary: 'x', invoiceIds: [invoice.id] });
    expect(foreign.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.invoiceIds.0' }] });
    const systemType = await api.call(org.admin, 'POST', `${org.base}/customers/${other.id}/activities`, { type: 'payment', summary: 'fake' });
    expect(systemType.json().issues[0].field).toBe('body.type');
  });
});
