import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

// asOf 2026-06-30. Days overdue = asOf − due date; each invoice sits on a bucket edge.
const asOf = '2026-06-30';
const ledger = [
  { number: 'E-0', dueDate: '2026-06-30', days: 0, amount: 1 }, // not due (due today)
  { number: 'E-neg', dueDate: '2026-07-10', days: -10, amount: 2 }, // not due
  { number: 'E-1', dueDate: '2026-06-29', days: 1, amount: 4 }, // 1–30
  { number: 'E-30', dueDate: '2026-05-31', days: 30, amount: 8 }, // 1–30
  { number: 'E-31', dueDate: '2026-05-30', days: 31, amount: 16 }, // 31–60
  { number: 'E-60', dueDate: '2026-05-01', days: 60, amount: 32 }, // 31–60
  { number: 'E-61', dueDate: '2026-04-30', days: 61, amount: 64 }, // 61–90
  { number: 'E-90', dueDate: '2026-04-01', days: 90, amount: 128 }, // 61–90
  { number: 'E-91', dueDate: '2026-03-31', days: 91, amount: 256 }, // 90+
];

describeEachDatabase('API: overview', (database) => {
  let api: Api;
  let org: TestOrg;
  let first: string;
  let second: string;

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    first = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Edge Customer', country: 'PL' })).id;
    second = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Euro Customer', country: 'DE' })).id;
    for (const item of ledger) {
      await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
        customerId: first, number: item.number, issueDate: '2026-01-01', dueDate: item.dueDate, currency: 'PLN', grossTotalMinor: item.amount * 100,
      });
    }
    // Settled invoices are not counted: a paid one and a written-off one, both long overdue.
    const paid = await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
      customerId: first, number: 'PAID', issueDate: '2026-01-01', dueDate: '2026-02-01', currency: 'PLN', grossTotalMinor: 999_00,
    });
    await api.ok(org.admin, 'POST', `${org.base}/payments`, { paymentDate: '2026-03-01', amountMinor: 999_00, currency: 'PLN', allocations: [{ invoiceId: paid.id, amountMinor: 999_00 }] });
    const lost = await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
      customerId: first, number: 'LOST', issueDate: '2026-01-01', dueDate: '2026-02-01', currency: 'PLN', grossTotalMinor: 777_00,
    });
    await api.ok(org.admin, 'POST', `${org.base}/invoices/${lost.id}/write-off`, undefined, 200);
    // A partly paid EUR invoice counts with what is still open.
    const euro = await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
      customerId: second, number: 'EUR-1', issueDate: '2026-01-01', dueDate: '2026-06-15', currency: 'EUR', grossTotalMinor: 500_00,
    });
    await api.ok(org.admin, 'POST', `${org.base}/payments`, { paymentDate: '2026-06-20', amountMinor: 200_00, currency: 'EUR', allocations: [{ invoiceId: euro.id, amountMinor: 200_00 }] });
  });

  it('ages every bucket edge: 0/30/31/60/61/90/91 days', async () => {
    const overview = await api.ok(org.admin, 'GET', `${org.base}/overview?asOf=${asOf}`);
    expect(overview.asOf).toBe(asOf);
    const pln = overview.currencies.find((c: { currency: string }) => c.currency === 'PLN');
    expect(pln.buckets).toEqual({ notDue: 3_00, d1to30: 12_00, d31to60: 48_00, d61to90: 192_00, d90plus: 256_00 });
    expect(pln.bucketCounts).toEqual({ notDue: 2, d1to30: 2, d31to60: 2, d61to90: 2, d90plus: 1 });
    expect(pln).toMatchObject({ openMinor: 511_00, overdueMinor: 508_00, openInvoices: 9, overdueInvoices: 7 });
    const eur = overview.currencies.find((c: { currency: string }) => c.currency === 'EUR');
    expect(eur).toMatchObject({ openMinor: 300_00, overdueMinor: 300_00, openInvoices: 1, overdueInvoices: 1 });
    expect(eur.buckets).toEqual({ notDue: 0, d1to30: 300_00, d31to60: 0, d61to90: 0, d90plus: 0 });
  });

  it('ranks the top overdue customers with their oldest days overdue', async () => {
    const overview = await api.ok(org.admin, 'GET', `${org.base}/overview?asOf=${asOf}`);
    expect(overview.topOverdueCustomers).toEqual([
      { customerId: first, name: 'Edge Customer', currency: 'PLN', overdueMinor: 508_00, maxDaysOverdue: 91 },
      { customerId: second, name: 'Euro Customer', currency: 'EUR', overdueMinor: 300_00, maxDaysOverdue: 15 },
    ]);
  });

  it('defaults asOf to today in the organization and moves buckets with it', async () => {
    const today = await api.ok(org.admin, 'GET', `${org.base}/overview`);
    expect(today.asOf).toBe('2026-04-15');
    const pln = today.currencies.find((c: { currency: string }) => c.currency === 'PLN');
    // On 2026-04-15 only E-91 (15 days) and E-90 (14 days) are overdue.
    expect(pln.bucketCounts).toEqual({ notDue: 7, d1to30: 2, d31to60: 0, d61to90: 0, d90plus: 0 });
  });

  it('is empty for an organization without invoices', async () => {
    const empty = await api.ok(org.admin, 'POST', '/api/v1/orgs', { slug: 'empty-books', legalName: 'Empty', country: 'PL', baseCurrency: 'PLN' });
    const overview = await api.ok(org.admin, 'GET', `/api/v1/orgs/${empty.slug}/overview?asOf=${asOf}`);
    expect(overview).toEqual({ asOf, currencies: [], topOverdueCustomers: [] });
  });
});
