import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

// Today is 2026-04-15. Five invoices, two customers:
//   A-1  due 2026-04-20  100.00 PLN  open           (not due)
//   A-2  due 2026-04-05  200.00 PLN  partially paid (10 days overdue, 150.00 open)
//   A-3  due 2026-01-15  300.00 EUR  open           (90 days overdue)
//   B-1  due 2026-03-16   50.00 PLN  paid           (settled: 0 days overdue)
//   B-2  due 2026-02-14   75.00 PLN  open           (60 days overdue)
describeEachDatabase('API: invoice list filters, sorting and pages', (database) => {
  let api: Api;
  let org: TestOrg;
  let a: string;
  let b: string;
  const numbers = async (query: string) => {
    const found = await api.ok(org.admin, 'GET', `${org.base}/invoices?${query}`);
    return found.items.map((i: { number: string }) => i.number);
  };

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    a = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Anna Trade', country: 'PL' })).id;
    b = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Bolek Trade', country: 'PL' })).id;
    const add = (customerId: string, number: string, dueDate: string, grossTotalMinor: number, currency = 'PLN') =>
      api.ok(org.admin, 'POST', `${org.base}/invoices`, { customerId, number, issueDate: '2026-01-01', dueDate, currency, grossTotalMinor });
    await add(a, 'A-1', '2026-04-20', 100_00);
    const a2 = await add(a, 'A-2', '2026-04-05', 200_00);
    await add(a, 'A-3', '2026-01-15', 300_00, 'EUR');
    const b1 = await add(b, 'B-1', '2026-03-16', 50_00);
    await add(b, 'B-2', '2026-02-14', 75_00);
    await api.ok(org.admin, 'POST', `${org.base}/payments`, {
      paymentDate: '2026-04-10', amountMinor: 100_00, currency: 'PLN',
      allocations: [{ invoiceId: a2.id, amountMinor: 50_00 }, { invoiceId: b1.id, amountMinor: 50_00 }],
    });
  });

  it('sorts by due date ascending by default and reports days overdue', async () => {
    const found = await api.ok(org.admin, 'GET', `${org.base}/invoices`);
    expect(found.items.map((i: { number: string; daysOverdue: number }) => [i.number, i.daysOverdue])).toEqual([
      ['A-3', 90], ['B-2', 60], ['B-1', 0], ['A-2', 10], ['A-1', 0],
    ]);
    expect(found).toMatchObject({ total: 5, page: 1, pageSize: 50 });
  });

  it('filters by customer, status, unsettled, currency and search', async () => {
    expect(await numbers(`customerId=${b}`)).toEqual(['B-2', 'B-1']);
    expect(await numbers('status=paid')).toEqual(['B-1']);
    expect(await numbers('status=paid,partially_paid')).toEqual(['B-1', 'A-2']);
    expect(await numbers('status=unsettled')).toEqual(['A-3', 'B-2', 'A-2', 'A-1']);
    expect(await numbers('currency=EUR')).toEqual(['A-3']);
    expect(await numbers('search=a-')).toEqual(['A-3', 'A-2', 'A-1']);
    const bad = await api.call(org.admin, 'GET', `${org.base}/invoices?status=lost`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('query.status');
  });

  it('filters by days overdue relative to asOf and by due-date range', async () => {
    expect(await numbers('minDaysOverdue=1')).toEqual(['A-3', 'B-2', 'A-2']);
    expect(await numbers('minDaysOverdue=11&maxDaysOverdue=60')).toEqual(['B-2']);
    expect(await numbers('minDaysOverdue=60&maxDaysOverdue=60')).toEqual(['B-2']);
    expect(await numbers('maxDaysOverdue=0')).toEqual(['B-1', 'A-1']);
    expect(await numbers('minDaysOverdue=1&asOf=2026-04-21')).toEqual(['A-3', 'B-2', 'A-2', 'A-1']);
    expect(await numbers('dueFrom=2026-02-14&dueTo=2026-04-05')).toEqual(['B-2', 'B-1', 'A-2']);
    const wrongDate = await api.call(org.admin, 'GET', `${org.base}/invoices?dueFrom=2026-02-30`);
    expect(wrongDate.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'query.dueFrom' }] });
  });

  it('sorts by each column in both directions', async () => {
    expect(await numbers('sort=number&order=desc')).toEqual(['B-2', 'B-1', 'A-3', 'A-2', 'A-1']);
    expect(await numbers('sort=openAmount&order=desc')).toEqual(['A-3', 'A-2', 'A-1', 'B-2', 'B-1']);
    expect(await numbers('sort=grossTotal')).toEqual(['B-1', 'B-2', 'A-1', 'A-2', 'A-3']);
    expect(await numbers('sort=daysOverdue&order=desc')).toEqual(['A-3', 'B-2', 'A-2', 'B-1', 'A-1']);
    expect(await numbers('sort=issueDate&order=asc')).toEqual(['A-1', 'A-2', 'A-3', 'B-1', 'B-2']);
  });

  it('pages through the list', async () => {
    const second = await api.ok(org.admin, 'GET', `${org.base}/invoices?pageSize=2&page=2`);
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items.map((i: { number: string }) => i.number)).toEqual(['B-1', 'A-2']);
    const tooBig = await api.call(org.admin, 'GET', `${org.base}/invoices?pageSize=501`);
    expect(tooBig.json().issues[0].field).toBe('query.pageSize');
  });
});
