import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

describeEachDatabase('API: customers and contacts', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  it('creates a Polish customer with its NIP and VAT id normalized, shows and changes it', async () => {
    const created = await api.ok(org.admin, 'POST', `${org.base}/customers`, {
      name: 'Hurtownia Kowalski sp. j.',
      country: 'PL',
      taxId: 'PL 526-000-12-46',
      vatId: 'pl 5260001246',
      segment: 'wholesale',
      tags: ['key', 'key', 'north'],
      paymentTermsDays: 14,
      creditLimitMinor: 5_000_000,
      creditLimitCurrency: 'PLN',
    });
    expect(created).toMatchObject({ taxId: '5260001246', vatId: 'PL5260001246', tags: ['key', 'north'], creditHold: false });
    const detail = await api.ok(org.admin, 'GET', `${org.base}/customers/${created.id}`);
    expect(detail).toMatchObject({ id: created.id, contacts: [], balances: [], accountOwner: null });
    const changed = await api.ok(org.admin, 'PATCH', `${org.base}/customers/${created.id}`, { creditHold: true, notes: 'pays late in summer', creditLimitMinor: 100 });
    expect(changed).toMatchObject({ creditHold: true, notes: 'pays late in summer', name: 'Hurtownia Kowalski sp. j.', taxId: '5260001246', creditLimitMinor: 100 });
    const toGermany = await api.call(org.admin, 'PATCH', `${org.base}/customers/${created.id}`, { country: 'DE', taxId: 'DE-123' });
    expect(toGermany.json()).toMatchObject({ country: 'DE', taxId: 'DE-123' });
    const backWithoutNip = await api.call(org.admin, 'PATCH', `${org.base}/customers/${created.id}`, { country: 'PL' });
    expect(backWithoutNip.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.taxId' }] });
    const limitAlone = await api.call(org.admin, 'POST', `${org.base}/customers`, { name: 'Limit', country: 'DE', creditLimitMinor: 5 });
    expect(limitAlone.json().issues[0].field).toBe('body.creditLimitCurrency');
  });

  it('refuses a wrong NIP naming the field, and a taken external id as a conflict', async () => {
    const bad = await api.call(org.admin, 'POST', `${org.base}/customers`, { name: 'Bad NIP', country: 'PL', taxId: '1234567890' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.taxId' }] });
    await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'First', country: 'DE', externalId: 'ERP-1' });
    const taken = await api.call(org.admin, 'POST', `${org.base}/customers`, { name: 'Second', country: 'DE', externalId: 'ERP-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().issues).toEqual([{ field: 'body.externalId', message: 'taken' }]);
  });

  it('sets an account owner only among members and shows them on the detail', async () => {
    const me = await api.ok(org.admin, 'GET', '/api/v1/auth/me');
    const customer = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Owned', country: 'DE', accountOwnerUserId: me.user.id });
    const detail = await api.ok(org.admin, 'GET', `${org.base}/customers/${customer.id}`);
    expect(detail.accountOwner).toEqual({ id: me.user.id, name: 'First Admin', email: me.user.email });
    const stranger = await api.call(org.admin, 'PATCH', `${org.base}/customers/${customer.id}`, { accountOwnerUserId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.accountOwnerUserId' }] });
  });

  it('keeps contacts with roles, e-mails, phones and addresses; changes only what is sent', async () => {
    const customer = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'With contacts', country: 'PL' });
    const contact = await api.ok(org.admin, 'POST', `${org.base}/customers/${customer.id}/contacts`, {
      name: 'Anna Nowak',
      roles: ['chief_accountant', 'payables'],
      emails: [{ address: 'anna@example.com', label: 'work' }],
      phones: [{ number: '+48 600 100 200', kind: 'mobile' }],
      addresses: [{ street: 'Prosta 1', postalCode: '00-001', city: 'Warszawa', country: 'PL' }],
      preferredChannel: 'email',
      optedOutChannels: ['sms'],
    });
    expect(contact).toMatchObject({ kind: 'person', roles: ['chief_accountant', 'payables'], optedOutChannels: ['sms'] });
    const changed = await api.ok(org.admin, 'PATCH', `${org.base}/contacts/${contact.id}`, { jobTitle: 'Chief accountant' });
    expect(changed).toMatchObject({ jobTitle: 'Chief accountant', roles: ['chief_accountant', 'payables'], emails: [{ address: 'anna@example.com' }] });
    const listed = await api.ok(org.admin, 'GET', `${org.base}/customers/${customer.id}/contacts`);
    expect(listed.map((c: { id: string }) => c.id)).toEqual([contact.id]);
    const badPhone = await api.call(org.admin, 'POST', `${org.base}/customers/${customer.id}/contacts`, { name: 'X', phones: [{ number: 'call me', kind: 'work' }] });
    expect(badPhone.json().issues[0].field).toBe('body.phones.0.number');
    await api.ok(org.admin, 'DELETE', `${org.base}/contacts/${contact.id}`);
    expect(await api.ok(org.admin, 'GET', `${org.base}/customers/${customer.id}/contacts`)).toEqual([]);
  });

  it('deletes a customer without records, and refuses one with invoices', async () => {
    const empty = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Empty', country: 'PL' });
    await api.ok(org.admin, 'DELETE', `${org.base}/customers/${empty.id}`);
    expect((await api.call(org.admin, 'GET', `${org.base}/customers/${empty.id}`)).statusCode).toBe(404);
    const busy = await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Busy', country: 'PL' });
    await api.ok(org.admin, 'POST', `${org.base}/invoices`, {
      customerId: busy.id, number: 'FV/BUSY/1', issueDate: '2026-04-01', dueDate: '2026-04-15', currency: 'PLN', grossTotalMinor: 100,
    });
    const refused = await api.call(org.admin, 'DELETE', `${org.base}/customers/${busy.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('invoices');
  });

  it('lists customers with balances, search, segment and tag filters, sorting and pages', async () => {
    const make = async (name: string, extra: Record<string, unknown> = {}) =>
      (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name, country: 'DE', segment: 'list', ...extra })).id as string;
    const a = await make('List Alpha', { tags: ['vip'] });
    const b = await make('List Beta');
    const c = await make('List Gamma', { tags: ['vip'] });
    const invoice = (customerId: string, number: string, dueDate: string, grossTotalMinor: number, currency = 'PLN') =>
      api.ok(org.admin, 'POST', `${org.base}/invoices`, { customerId, number, issueDate: '2026-01-01', dueDate, currency, grossTotalMinor });
    await invoice(a, 'L-1', '2026-04-05', 10_00);
    await invoice(a, 'L-2', '2026-05-01', 5_00);
    await invoice(b, 'L-3', '2026-03-01', 50_00);
    await invoice(c, 'L-4', '2026-04-14', 20_00, 'EUR');

    const { segments } = await api.ok(org.admin, 'GET', `${org.base}/segments`);
    expect(segments).toContain('list');
    expect(segments).toEqual([...new Set(segments)].sort());
    const { tags: customerTags } = await api.ok(org.admin, 'GET', `${org.base}/tags`);
    expect(customerTags).toEqual(expect.arrayContaining(['key', 'north', 'vip']));
    expect(customerTags).toEqual([...new Set(customerTags)].sort());

    const bySegment = await api.ok(org.admin, 'GET', `${org.base}/customers?segment=list`);
    expect(bySegment.items.map((i: { name: string }) => i.name)).toEqual(['List Alpha', 'List Beta', 'List Gamma']);
    expect(bySegment.total).toBe(3);
    const alpha = bySegment.items[0];
    expect(alpha.balances).toEqual([{ currency: 'PLN', openMinor: 15_00, overdueMinor: 10_00, openInvoices: 2 }]);
    expect(alpha.maxDaysOverdue).toBe(10);

    const overdue = await api.ok(org.admin, 'GET', `${org.base}/customers?segment=list&sort=overdue`);
    // Base currency first: Beta 50 PLN, Alpha 10 PLN, then Gamma with EUR only.
    expect(overdue.items.map((i: { name: string }) => i.name)).toEqual(['List Beta', 'List Alpha', 'List Gamma']);
    const late = await api.ok(org.admin, 'GET', `${org.base}/customers?segment=list&sort=daysOverdue&order=asc`);
    expect(late.items.map((i: { maxDaysOverdue: number }) => i.maxDaysOverdue)).toEqual([1, 10, 45]);
    const tagged = await api.ok(org.admin, 'GET', `${org.base}/customers?tag=vip`);
    expect(tagged.items.map((i: { id: string }) => i.id).sort()).toEqual([a, c].sort());
    const searched = await api.ok(org.admin, 'GET', `${org.base}/customers?search=gam`);
    expect(searched.items.map((i: { id: string }) => i.id)).toEqual([c]);
    const asOf = await api.ok(org.admin, 'GET', `${org.base}/customers?segment=list&asOf=2026-06-01`);
    expect(asOf.items[0].balances[0].overdueMinor).toBe(15_00);

    const page2 = await api.ok(org.admin, 'GET', `${org.base}/customers?segment=list&pageSize=2&page=2`);
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((i: { name: string }) => i.name)).toEqual(['List Gamma']);
    const beyond = await api.ok(org.admin, 'GET', `${org.base}/customers?segment=list&pageSize=2&page=5`);
    expect(beyond).toMatchObject({ items: [], total: 3 });
  });
});
