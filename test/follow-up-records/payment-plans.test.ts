import { expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor';
import { cancelPaymentPlan } from '../../src/app/cancel-payment-plan';
import { createPaymentPlan, type CreatePaymentPlanInput } from '../../src/app/create-payment-plan';
import { getPaymentPlan, listCustomerPaymentPlans } from '../../src/app/follow-up-queries';
import { listActivities } from '../../src/app/queries';
import { recordPayment } from '../../src/app/record-payment';
import { refreshPaymentPlans } from '../../src/app/refresh-payment-plans';
import { updateCustomer } from '../../src/store/customers';
import { instalmentsOfPlans } from '../../src/store/payment-plans';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeInvoice, makeOrganization } from '../ledger-fixtures';

const actor: Actor = { userId: null, via: 'system' };
const schedule = [
  { dueDate: '2026-04-20', amountMinor: 1_000_00 },
  { dueDate: '2026-05-20', amountMinor: 1_000_00 },
  { dueDate: '2026-06-20', amountMinor: 1_000_00 },
];

describeEachDatabase('payment plans', (database) => {
  const setup = async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    // Chosen by hand so routing cannot move it: the standard procedure allows seven days.
    await updateCustomer(db, org.id, customerId, { procedureKey: 'standard' });
    const first = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 2_000_00 });
    const second = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 1_000_00 });
    const plan = (values: Partial<CreatePaymentPlanInput> = {}) =>
      createPaymentPlan(db, org.id, { customerId, invoiceIds: [first, second], instalments: schedule, ...values }, actor);
    const pay = (invoiceId: string, amountMinor: number, day: string) =>
      recordPayment(db, org.id, { customerId, paymentDate: day, amountMinor, currency: 'PLN', allocations: [{ invoiceId, amountMinor }] }, 'manual', actor, day);
    const view = async (id: string, today: string) => (await getPaymentPlan(db, org.id, id, today))!;
    const rows = async (id: string, today: string) => (await view(id, today)).instalments.map((i) => [i.dueDate, i.paidMinor, i.status]);
    const timeline = async () => (await listActivities(db, org.id, customerId, { page: 1, pageSize: 50 })).items.map((a) => a.summary);
    return { db, orgId: org.id, customerId, first, second, plan, pay, view, rows, timeline };
  };

  it('refuses instalments that do not add up, dates that do not increase, and mixed currencies', async () => {
    const { db, orgId, customerId, first, plan } = await setup();
    const short = await plan({ instalments: schedule.slice(0, 2) });
    expect(short).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(short.ok ? [] : short.issues).toEqual([{ field: 'instalments', message: expect.stringContaining('add up to 200000 but the plan covers 300000') }]);
    const backwards = await plan({ instalments: [schedule[1]!, schedule[0]!, schedule[2]!] });
    expect(backwards.ok ? [] : backwards.issues?.map((i) => i.field)).toEqual(['instalments[1].dueDate']);
    const none = await plan({ instalments: [] });
    expect(none.ok ? [] : none.issues?.map((i) => i.field)).toEqual(['instalments']);
    const euros = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 100_00, currency: 'EUR' });
    const mixed = await plan({ invoiceIds: [first, euros] });
    expect(mixed.ok ? [] : mixed.issues).toEqual([{ field: 'invoiceIds[1]', message: expect.stringContaining('one plan, one currency') }]);
    expect((await plan({ invoiceIds: [] })).ok).toBe(false);
  });

  it('stores the schedule and notes the agreement on the timeline', async () => {
    const { customerId, plan, view, timeline } = await setup();
    const { id } = expectOk(await plan({ note: 'three monthly instalments' }));
    const stored = await view(id, '2026-04-15');
    expect(stored).toMatchObject({ customerId, currency: 'PLN', totalMinor: 3_000_00, paidMinor: 0, status: 'active', endedOn: null, note: 'three monthly instalments' });
    expect(stored.instalments).toEqual([
      { sequence: 1, dueDate: '2026-04-20', amountMinor: 1_000_00, paidMinor: 0, status: 'due' },
      { sequence: 2, dueDate: '2026-05-20', amountMinor: 1_000_00, paidMinor: 0, status: 'due' },
      { sequence: 3, dueDate: '2026-06-20', amountMinor: 1_000_00, paidMinor: 0, status: 'due' },
    ]);
    expect((await timeline())[0]).toMatch(/^Payment plan agreed: 3 instalments, 3000,00 zł from 2026-04-20 to 2026-06-20 for FV-/);
  });

  it('applies payments to the instalments in date order: paid, due, late', async () => {
    const { first, second, plan, pay, rows, view } = await setup();
    const { id } = expectOk(await plan());
    expectOk(await pay(second, 1_000_00, '2026-04-19'));
    expect(await rows(id, '2026-04-21')).toEqual([
      ['2026-04-20', 1_000_00, 'paid'],
      ['2026-05-20', 0, 'due'],
      ['2026-06-20', 0, 'due'],
    ]);
    expectOk(await pay(first, 400_00, '2026-05-18'));
    expect(await rows(id, '2026-05-21')).toEqual([
      ['2026-04-20', 1_000_00, 'paid'],
      ['2026-05-20', 400_00, 'late'],
      ['2026-06-20', 0, 'due'],
    ]);
    expect(await view(id, '2026-05-21')).toMatchObject({ status: 'active', paidMinor: 1_400_00 });
    // Seven days' allowance (the standard procedure) after the day of the missed instalment.
    expect((await view(id, '2026-05-27')).status).toBe('active');
    expect((await view(id, '2026-05-28')).status).toBe('defaulted');
  });

  it('stores paid amounts and the default on refresh, with a timeline entry, once', async () => {
    const { db, orgId, customerId, second, plan, pay, view, timeline } = await setup();
    const { id } = expectOk(await plan());
    expectOk(await pay(second, 1_000_00, '2026-04-19'));
    const stored = await instalmentsOfPlans(db, orgId, [id]);
    expect(stored.get(id)!.map((i) => i.paidMinor)).toEqual([1_000_00, 0, 0]);
    expect(await refreshPaymentPlans(db, orgId, '2026-05-27')).toEqual([]);
    expect(await refreshPaymentPlans(db, orgId, '2026-05-28', [customerId], { markDefaulted: false })).toEqual([]);
    expect(await refreshPaymentPlans(db, orgId, '2026-05-29', [customerId])).toEqual([{ planId: id, customerId, status: 'defaulted', endedOn: '2026-05-28' }]);
    expect(await refreshPaymentPlans(db, orgId, '2026-05-30', [customerId])).toEqual([]);
    expect(await view(id, '2026-05-30')).toMatchObject({ status: 'defaulted', endedOn: '2026-05-28' });
    expect((await timeline())[0]).toMatch(/^Payment plan of 3000,00 zł for .* defaulted/);
  });

  it('completes when everything is paid, and counts nothing allocated before it was agreed', async () => {
    const { first, second, plan, pay, view, timeline } = await setup();
    expectOk(await pay(first, 500_00, '2026-04-10'));
    const { id } = expectOk(await plan({ instalments: [{ dueDate: '2026-04-20', amountMinor: 1_500_00 }, { dueDate: '2026-05-20', amountMinor: 1_000_00 }] }));
    expect(await view(id, '2026-04-15')).toMatchObject({ totalMinor: 2_500_00, paidMinor: 0 });
    expectOk(await pay(first, 1_500_00, '2026-04-20'));
    expectOk(await pay(second, 1_000_00, '2026-05-02'));
    const done = await view(id, '2026-05-02');
    expect(done).toMatchObject({ status: 'completed', endedOn: '2026-05-02', paidMinor: 2_500_00 });
    expect(done.instalments.map((i) => i.status)).toEqual(['paid', 'paid']);
    expect(await timeline()).toContainEqual(expect.stringMatching(/^Payment plan of 2500,00 zł for .* completed$/));
  });

  it('allows one running plan per invoice; a cancelled plan frees its invoices', async () => {
    const { db, orgId, customerId, first, second, plan } = await setup();
    const running = expectOk(await plan());
    const again = await plan({ invoiceIds: [second], instalments: [{ dueDate: '2026-05-01', amountMinor: 1_000_00 }] });
    expect(again).toMatchObject({ ok: false, code: 'conflict' });
    expect(again.ok ? [] : again.issues?.map((i) => i.field)).toEqual(['invoiceIds[0]']);
    expectOk(await cancelPaymentPlan(db, orgId, running.id, actor, '2026-04-16'));
    expect(await cancelPaymentPlan(db, orgId, running.id, actor, '2026-04-16')).toMatchObject({ ok: false, code: 'conflict' });
    const replacement = expectOk(await plan({ invoiceIds: [first, second] }));
    const listed = (await listCustomerPaymentPlans(db, orgId, customerId, '2026-04-16'))!;
    expect(listed.map((p) => [p.id, p.status])).toEqual([
      [replacement.id, 'active'],
      [running.id, 'cancelled'],
    ]);
    const other = await makeOrganization(db);
    expect(await getPaymentPlan(db, other.id, running.id, '2026-04-16')).toBeNull();
    expect(await cancelPaymentPlan(db, other.id, replacement.id, actor, '2026-04-16')).toMatchObject({ ok: false, code: 'not_found' });
  });
});
