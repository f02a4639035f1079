import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, addToken, runSetup, startApi, testToday, type Api, type Caller, type Method, type TestOrg } from './api-harness';

// Promises, payment plans, disputes and snoozes over HTTP: the rules a client meets,
// who may do what, and that another organization's records do not exist for you.
describeEachDatabase('API: follow-up records', (database) => {
  let api: Api;
  let org: TestOrg;
  let customerId: string;
  const callers: Record<string, Caller> = {};
  let invoiceNumber = 0;

  const newInvoice = async (o: TestOrg, customer: string, grossTotalMinor = 1_230_00) =>
    (await api.ok(o.admin, 'POST', `${o.base}/invoices`, {
      customerId: customer,
      number: `FV/API/${(invoiceNumber += 1)}`,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
      currency: 'PLN',
      grossTotalMinor,
    })).id as string;

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    customerId = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Follow-up Customer', country: 'PL' })).id;
    for (const role of ['viewer', 'account_owner', 'collector'] as const) callers[role] = (await addMember(api, org, role)).caller;
    callers.admin = org.admin;
  });

  it('refuses a promise without a date or an amount, naming the body fields', async () => {
    const response = await api.call(org.admin, 'POST', `${org.base}/customers/${customerId}/promises`, { currency: 'PLN' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.promisedDate' }, { field: 'body.amountMinor' }] });
  });

  it('records a promise and keeps it when the payment comes through the API', async () => {
    const invoiceId = await newInvoice(org, customerId);
    const promise = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/promises`, {
      invoiceIds: [invoiceId],
      promisedDate: '2026-04-20',
      amountMinor: 1_230_00,
      currency: 'PLN',
    });
    // A customer first invoiced weeks ago is new: its procedure gives one day's grace.
    expect(promise).toMatchObject({ status: 'open', graceDays: 1, pausesUntil: '2026-04-21', invoices: [{ id: invoiceId }], recordedBy: { name: 'First Admin' } });
    await api.ok(org.admin, 'POST', `${org.base}/payments`, {
      customerId,
      paymentDate: testToday,
      amountMinor: 1_230_00,
      currency: 'PLN',
      allocations: [{ invoiceId, amountMinor: 1_230_00 }],
    });
    const listed = await api.ok(org.admin, 'GET', `${org.base}/customers/${customerId}/promises`);
    expect(listed.find((p: { id: string }) => p.id === promise.id)).toMatchObject({ status: 'kept', resolvedOn: testToday, paidMinor: 1_230_00 });
    const timeline = await api.ok(org.admin, 'GET', `${org.base}/customers/${customerId}/activities?type=promise`);
    expect(timeline.items.map((a: { summary: string }) => a.summary)).toContainEqual(expect.stringMatching(/kept$/));
  });

  it('returns a plan as a schedule of due date, amount, paid and status', async () => {
    const invoiceId = await newInvoice(org, customerId, 900_00);
    const plan = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/payment-plans`, {
      invoiceIds: [invoiceId],
      instalments: [
        { dueDate: '2026-04-10', amountMinor: 300_00 },
        { dueDate: '2026-04-30', amountMinor: 300_00 },
        { dueDate: '2026-05-30', amountMinor: 300_00 },
      ],
    });
    const payment = await api.ok(org.admin, 'POST', `${org.base}/payments`, { customerId, paymentDate: testToday, amountMinor: 100_00, currency: 'PLN' });
    await api.ok(org.admin, 'POST', `${org.base}/allocations`, { invoiceId, paymentId: payment.id, amountMinor: 100_00 });
    const shown = await api.ok(org.admin, 'GET', `${org.base}/payment-plans/${plan.id}`);
    expect(shown.instalments.map((i: Record<string, unknown>) => [i.dueDate, i.amountMinor, i.paidMinor, i.status])).toEqual([
      ['2026-04-10', 300_00, 100_00, 'late'],
      ['2026-04-30', 300_00, 0, 'due'],
      ['2026-05-30', 300_00, 0, 'due'],
    ]);
    const refused = await api.call(org.admin, 'POST', `${org.base}/customers/${customerId}/payment-plans`, {
      invoiceIds: [invoiceId],
      instalments: [{ dueDate: '2026-05-01', amountMinor: 100_00 }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ field: 'body.instalments', message: expect.stringContaining('add up to 10000 but the plan covers 80000') }]);
    expect((await api.ok(org.admin, 'POST', `${org.base}/payment-plans/${plan.id}/cancel`, undefined, 200)).status).toBe('cancelled');
  });

  it('keeps one open dispute per invoice, and validates snoozes', async () => {
    const invoiceId = await newInvoice(org, customerId);
    const dispute = await api.ok(org.admin, 'POST', `${org.base}/invoices/${invoiceId}/disputes`, { reason: 'Wrong quantity' });
    expect(dispute).toMatchObject({ status: 'open', openedOn: testToday, invoice: { id: invoiceId, number: expect.stringMatching(/^FV\/API\//) } });
    const twice = await api.call(org.admin, 'POST', `${org.base}/invoices/${invoiceId}/disputes`, { reason: 'Again' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('conflict');
    const resolved = await api.ok(org.admin, 'POST', `${org.base}/disputes/${dispute.id}/resolve`, { resolution: 'Corrected invoice issued' }, 200);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: testToday });

    const badSnooze = await api.call(org.admin, 'POST', `${org.base}/customers/${customerId}/snoozes`, { reason: '', until: testToday });
    expect(badSnooze.statusCode).toBe(400);
    expect(badSnooze.json().issues.map((i: { field: string }) => i.field)).toEqual(['body.reason', 'body.until']);
    const snooze = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/snoozes`, { invoiceId, reason: 'Owner away', until: '2026-05-01' });
    expect(snooze).toMatchObject({ status: 'active', invoice: { id: invoiceId } });
    expect((await api.ok(org.admin, 'POST', `${org.base}/snoozes/${snooze.id}/end`, undefined, 200)).status).toBe('ended');
  });

  it('lets viewers read, account owners record promises and disputes, collectors and admins do everything', async () => {
    const invoiceId = await newInvoice(org, customerId);
    const promiseBody = () => ({ promisedDate: '2026-05-01', amountMinor: 10_00, currency: 'PLN' });
    const attempts = async (): Promise<Record<string, [Method, string, unknown?]>> => {
      const promise = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/promises`, promiseBody());
      const planInvoice = await newInvoice(org, customerId, 50_00);
      const plan = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/payment-plans`, { invoiceIds: [planInvoice], instalments: [{ dueDate: '2026-05-01', amountMinor: 50_00 }] });
      const disputed = await newInvoice(org, customerId);
      const dispute = await api.ok(org.admin, 'POST', `${org.base}/invoices/${disputed}/disputes`, { reason: 'x' });
      const snooze = await api.ok(org.admin, 'POST', `${org.base}/customers/${customerId}/snoozes`, { reason: 'x', until: '2026-05-01' });
      return {
        readPromises: ['GET', `/customers/${customerId}/promises`],
        readPlans: ['GET', `/customers/${customerId}/payment-plans`],
        readPlan: ['GET', `/payment-plans/${plan.id}`],
        readDisputes: ['GET', `/invoices/${invoiceId}/disputes`],
        readSnoozes: ['GET', `/customers/${customerId}/snoozes`],
        recordPromise: ['POST', `/customers/${customerId}/promises`, promiseBody()],
        cancelPromise: ['POST', `/promises/${promise.id}/cancel`],
        openDispute: ['POST', `/invoices/${await newInvoice(org, customerId)}/disputes`, { reason: 'role check' }],
        createPlan: ['POST', `/customers/${customerId}/payment-plans`, { invoiceIds: [await newInvoice(org, customerId, 20_00)], instalments: [{ dueDate: '2026-05-01', amountMinor: 20_00 }] }],
        cancelPlan: ['POST', `/payment-plans/${plan.id}/cancel`],
        resolveDispute: ['POST', `/disputes/${dispute.id}/resolve`, { resolution: 'role check' }],
        snooze: ['POST', `/customers/${customerId}/snoozes`, { reason: 'role check', until: '2026-05-01' }],
        endSnooze: ['POST', `/snoozes/${snooze.id}/end`],
      };
    };
    const reads = ['readPromises', 'readPlans', 'readPlan', 'readDisputes', 'readSnoozes'];
    const records = ['recordPromise', 'cancelPromise', 'openDispute'];
    const writes = ['createPlan', 'cancelPlan', 'resolveDispute', 'snooze', 'endSnooze'];
    const allowed: Record<string, string[]> = {
      viewer: reads,
      account_owner: [...reads, ...records],
      collector: [...reads, ...records, ...writes],
      admin: [...reads, ...records, ...writes],
    };
    for (const [role, permitted] of Object.entries(allowed)) {
      const token = role === 'collector' ? await addToken(api, org, 'collector') : null;
      for (const caller of token ? [callers[role]!, token] : [callers[role]!]) {
        const tried = await attempts();
        expect(Object.keys(tried).sort()).toEqual([...reads, ...records, ...writes].sort());
        for (const [name, [method, path, body]] of Object.entries(tried)) {
          const response = await api.call(caller, method, `${org.base}${path}`, body);
          if (permitted.includes(name)) expect(response.statusCode, `${role} ${name}: ${response.body}`).toBeLessThan(300);
          else expect([response.statusCode, response.json().code], `${role} ${name}`).toEqual([403, 'forbidden']);
        }
      }
    }
  });

  it("answers 404 for another organization's records, under either path", async () => {
    const b = await (async () => {
      const created = await api.ok(org.admin, 'POST', '/api/v1/orgs', { slug: `b-${Date.now()}`, legalName: 'B', country: 'PL', baseCurrency: 'PLN' });
      const bAdmin: TestOrg = { slug: created.slug, id: created.id, base: `/api/v1/orgs/${created.slug}`, admin: org.admin };
      const bob = await addMember(api, bAdmin, 'admin');
      return { ...bAdmin, admin: bob.caller };
    })();
    // The first admin made B, so A's view is tested by a member of A only.
    const alice = (await addMember(api, org, 'admin')).caller;
    const bCustomer = (await api.ok(b.admin, 'POST', `${b.base}/customers`, { name: 'Secret', country: 'PL' })).id;
    const bInvoice = await newInvoice(b, bCustomer);
    const bPlanInvoice = await newInvoice(b, bCustomer, 10_00);
    const promise = await api.ok(b.admin, 'POST', `${b.base}/customers/${bCustomer}/promises`, { invoiceIds: [bInvoice], promisedDate: '2026-05-01', amountMinor: 1_00, currency: 'PLN' });
    const plan = await api.ok(b.admin, 'POST', `${b.base}/customers/${bCustomer}/payment-plans`, { invoiceIds: [bPlanInvoice], instalments: [{ dueDate: '2026-05-01', amountMinor: 10_00 }] });
    const dispute = await api.ok(b.admin, 'POST', `${b.base}/invoices/${bInvoice}/disputes`, { reason: 'secret' });
    const snooze = await api.ok(b.admin, 'POST', `${b.base}/customers/${bCustomer}/snoozes`, { reason: 'secret', until: '2026-05-01' });
    const attempts: [Method, string, unknown?][] = [
      ['GET', `/customers/${bCustomer}/promises`],
      ['POST', `/customers/${bCustomer}/promises`, { promisedDate: '2026-05-01', amountMinor: 1_00, currency: 'PLN' }],
      ['POST', `/promises/${promise.id}/cancel`],
      ['GET', `/customers/${bCustomer}/payment-plans`],
      ['POST', `/customers/${bCustomer}/payment-plans`, { invoiceIds: [bPlanInvoice], instalments: [{ dueDate: '2026-05-01', amountMinor: 10_00 }] }],
      ['GET', `/payment-plans/${plan.id}`],
      ['POST', `/payment-plans/${plan.id}/cancel`],
      ['GET', `/invoices/${bInvoice}/disputes`],
      ['POST', `/invoices/${bInvoice}/disputes`, { reason: 'planted' }],
      ['POST', `/disputes/${dispute.id}/resolve`, { resolution: 'stolen' }],
      ['GET', `/customers/${bCustomer}/snoozes`],
      ['POST', `/customers/${bCustomer}/snoozes`, { reason: 'planted', until: '2026-05-01' }],
      ['POST', `/snoozes/${snooze.id}/end`],
    ];
    for (const base of [org.base, b.base]) {
      for (const [method, path, body] of attempts) {
        const response = await api.call(alice, method, `${base}${path}`, body);
        expect(response.statusCode, `${method} ${base}${path}: ${response.body}`).toBe(404);
        expect(response.json().code).toBe('not_found');
      }
    }
    expect((await api.ok(b.admin, 'GET', `${b.base}/customers/${bCustomer}/promises`)).map((p: { status: string }) => p.status)).toEqual(['open']);
    expect((await api.ok(b.admin, 'GET', `${b.base}/payment-plans/${plan.id}`)).status).toBe('active');
    expect((await api.ok(b.admin, 'GET', `${b.base}/invoices/${bInvoice}/disputes`)).map((d: { status: string }) => d.status)).toEqual(['open']);
    expect((await api.ok(b.admin, 'GET', `${b.base}/customers/${bCustomer}/snoozes`)).map((s: { status: string }) => s.status)).toEqual(['active']);
  });
});
