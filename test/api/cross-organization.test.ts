import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, addToken, runSetup, startApi, type Api, type Caller, type Method, type TestOrg } from './api-harness';

// Org A's people and tokens try every route family against org B's records, under
// A's path (must be 404: B's ids do not exist in A) and under B's path (404 too).
describeEachDatabase('API: organizations never see each other', (database) => {
  let api: Api;
  let a: TestOrg;
  let b: TestOrg;
  let aliceA: Caller;
  let tokenA: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(database());
    const first = await runSetup(api);
    const second = await api.ok(first.admin, 'POST', '/api/v1/orgs', { slug: 'org-b', legalName: 'B', country: 'PL', baseCurrency: 'PLN' });
    a = first;
    aliceA = (await addMember(api, a, 'admin')).caller;
    tokenA = await addToken(api, a, 'admin');
    const bAdmin: TestOrg = { slug: second.slug, id: second.id, base: `/api/v1/orgs/${second.slug}`, admin: first.admin };
    const bob = await addMember(api, bAdmin, 'admin');
    b = { ...bAdmin, admin: bob.caller };
    ids.bobUserId = bob.userId;

    const post = (url: string, body: unknown) => api.ok(b.admin, 'POST', `${b.base}${url}`, body);
    ids.customer = (await post('/customers', { name: 'Secret Customer B', country: 'PL' })).id;
    ids.contact = (await post(`/customers/${ids.customer}/contacts`, { name: 'Secret Contact' })).id;
    ids.invoice = (await post('/invoices', { customerId: ids.customer, number: 'B-1', issueDate: '2026-04-01', dueDate: '2026-04-10', currency: 'PLN', grossTotalMinor: 100_00 })).id;
    ids.invoice2 = (await post('/invoices', { customerId: ids.customer, number: 'B-2', issueDate: '2026-04-01', dueDate: '2026-04-10', currency: 'PLN', grossTotalMinor: 100_00 })).id;
    const payment = await post('/payments', { customerId: ids.customer, paymentDate: '2026-04-12', amountMinor: 50_00, currency: 'PLN', allocations: [{ invoiceId: ids.invoice, amountMinor: 10_00 }] });
    ids.payment = payment.id;
    ids.allocation = payment.allocations[0].id;
    ids.creditNote = (await post('/credit-notes', { customerId: ids.customer, number: 'BK-1', issueDate: '2026-04-01', currency: 'PLN', totalMinor: 5_00 })).id;
    ids.activity = (await post(`/customers/${ids.customer}/activities`, { type: 'note', summary: 'secret note' })).id;
    const form = new FormData();
    form.append('file', new Blob(['secret']), 'secret.txt');
    ids.attachment = (await post(`/customers/${ids.customer}/attachments`, form)).id;
    ids.bankAccount = (await post('/bank-accounts', { iban: 'PL61109010140000071219812874', currency: 'PLN' })).id;
    ids.token = (await post('/api-tokens', { name: 'b token', role: 'viewer' })).id;
  });

  const attempts = (): [Method, string, unknown?][] => [
    ['GET', `/customers/${ids.customer}`],
    ['PATCH', `/customers/${ids.customer}`, { name: 'Stolen' }],
    ['DELETE', `/customers/${ids.customer}`],
    ['GET', `/customers/${ids.customer}/contacts`],
    ['POST', `/customers/${ids.customer}/contacts`, { name: 'Planted' }],
    ['PATCH', `/contacts/${ids.contact}`, { name: 'Stolen' }],
    ['DELETE', `/contacts/${ids.contact}`],
    ['POST', '/invoices', { customerId: ids.customer, number: 'PLANT-1', issueDate: '2026-04-01', dueDate: '2026-04-10', currency: 'PLN', grossTotalMinor: 1 }],
    ['GET', `/invoices/${ids.invoice}`],
    ['PATCH', `/invoices/${ids.invoice}`, { grossTotalMinor: 999_00 }],
    ['POST', `/invoices/${ids.invoice}/write-off`],
    ['POST', `/invoices/${ids.invoice}/reopen`],
    ['DELETE', `/invoices/${ids.invoice2}`],
    ['POST', '/credit-notes', { customerId: ids.customer, number: 'PLANT-K', issueDate: '2026-04-01', currency: 'PLN', totalMinor: 1 }],
    ['GET', `/credit-notes/${ids.creditNote}`],
    ['POST', '/payments', { customerId: ids.customer, paymentDate: '2026-04-12', amountMinor: 1, currency: 'PLN' }],
    ['POST', '/payments', { paymentDate: '2026-04-12', amountMinor: 1, currency: 'PLN', allocations: [{ invoiceId: ids.invoice, amountMinor: 1 }] }],
    ['GET', `/payments/${ids.payment}`],
    ['POST', '/allocations', { invoiceId: ids.invoice, paymentId: ids.payment, amountMinor: 1 }],
    ['POST', '/allocations', { invoiceId: ids.invoice, creditNoteId: ids.creditNote, amountMinor: 1 }],
    ['DELETE', `/allocations/${ids.allocation}`],
    ['GET', `/customers/${ids.customer}/activities`],
    ['POST', `/customers/${ids.customer}/activities`, { type: 'note', summary: 'planted' }],
    ['GET', `/customers/${ids.customer}/attachments`],
    ['GET', `/attachments/${ids.attachment}/content`],
    ['DELETE', `/bank-accounts/${ids.bankAccount}`],
    ['DELETE', `/api-tokens/${ids.token}`],
    ['PATCH', `/members/${ids.bobUserId}`, { role: 'viewer' }],
    ['DELETE', `/members/${ids.bobUserId}`],
  ];

  for (const who of ['session', 'token'] as const) {
    it(`answers 404 to A's ${who} for B's ids under A's path, on every route`, async () => {
      const caller = who === 'session' ? aliceA : tokenA;
      for (const [method, path, body] of attempts()) {
        const response = await api.call(caller, method, `${a.base}${path}`, body);
        expect(response.statusCode, `${method} ${path}: ${response.body}`).toBe(404);
        expect(response.json().code).toBe('not_found');
      }
    });

    it(`answers 404 to A's ${who} on B's path`, async () => {
      const caller = who === 'session' ? aliceA : tokenA;
      for (const [method, path, body] of [...attempts(), ['GET', '/customers'], ['GET', '/overview'], ['GET', '']] as [Method, string, unknown?][]) {
        const response = await api.call(caller, method, `${b.base}${path}`, body);
        expect(response.statusCode, `${method} ${path}`).toBe(404);
      }
    });
  }

  it("does not list B's records in A's lists, and B's records are unchanged", async () => {
    const lists = ['/customers', '/invoices', '/payments', '/credit-notes', `/invoices?customerId=${ids.customer}`];
    for (const list of lists) expect((await api.ok(aliceA, 'GET', `${a.base}${list}`)).total, list).toBe(0);
    const overview = await api.ok(aliceA, 'GET', `${a.base}/overview`);
    expect(overview.currencies).toEqual([]);
    const invoice = await api.ok(b.admin, 'GET', `${b.base}/invoices/${ids.invoice}`);
    expect(invoice).toMatchObject({ grossTotalMinor: 100_00, openAmountMinor: 90_00, status: 'partially_paid' });
    const customer = await api.ok(b.admin, 'GET', `${b.base}/customers/${ids.customer}`);
    expect(customer.name).toBe('Secret Customer B');
    expect(customer.contacts.map((c: { name: string }) => c.name)).toEqual(['Secret Contact']);
    expect((await api.ok(b.admin, 'GET', `${b.base}/customers/${ids.customer}/activities`)).total).toBe(2);
    expect((await api.ok(b.admin, 'GET', `${b.base}/invoices/${ids.invoice2}`)).number).toBe('B-2');
    const orgsOfToken = await api.ok(tokenA, 'GET', '/api/v1/orgs');
    expect(orgsOfToken.map((o: { slug: string }) => o.slug)).toEqual([a.slug]);
  });
});
