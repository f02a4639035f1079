import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, password, runSetup, sessionFrom, startApi, type Api, type TestOrg } from './api-harness';

describeEachDatabase('API: organizations, members and bank accounts', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  it('lets a signed-in user open another organization and lists both', async () => {
    const created = await api.ok(org.admin, 'POST', '/api/v1/orgs', { slug: 'second-co', legalName: 'Second Co', country: 'DE', baseCurrency: 'EUR', defaultLanguage: 'de', timeZone: 'Europe/Berlin' });
    expect(created).toMatchObject({ slug: 'second-co', baseCurrency: 'EUR', timeZone: 'Europe/Berlin', bankAccounts: [] });
    const mine = await api.ok(org.admin, 'GET', '/api/v1/orgs');
    expect(mine.map((o: { slug: string; role: string }) => [o.slug, o.role]).sort()).toEqual([[org.slug, 'admin'], ['second-co', 'admin']].sort());
    const taken = await api.call(org.admin, 'POST', '/api/v1/orgs', { slug: 'second-co', legalName: 'Again', country: 'DE', baseCurrency: 'EUR' });
    expect(taken.statusCode).toBe(409);
    const badZone = await api.call(org.admin, 'POST', '/api/v1/orgs', { slug: 'zone-co', legalName: 'Z', country: 'DE', baseCurrency: 'EUR', timeZone: 'Mars/Olympus' });
    expect(badZone.json().issues[0].field).toBe('body.timeZone');
  });

  it('changes settings and keeps bank accounts with checked IBANs', async () => {
    const changed = await api.ok(org.admin, 'PATCH', org.base, { legalName: 'Renamed sp. z o.o.', timeZone: 'Europe/Warsaw' });
    expect(changed.legalName).toBe('Renamed sp. z o.o.');
    const account = await api.ok(org.admin, 'POST', `${org.base}/bank-accounts`, { iban: 'pl61 1090 1014 0000 0712 1981 2874', currency: 'PLN', isDefault: true });
    expect(account).toMatchObject({ iban: 'PL61109010140000071219812874', isDefault: true });
    const second = await api.ok(org.admin, 'POST', `${org.base}/bank-accounts`, { iban: 'DE89370400440532013000', currency: 'PLN', isDefault: true });
    const shown = await api.ok(org.admin, 'GET', org.base);
    expect(shown.bankAccounts.map((a: { id: string; isDefault: boolean }) => [a.id, a.isDefault])).toEqual([[second.id, true], [account.id, false]]);
    const bad = await api.call(org.admin, 'POST', `${org.base}/bank-accounts`, { iban: 'PL61109010140000071219812875', currency: 'PLN' });
    expect(bad.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.iban' }] });
    const again = await api.call(org.admin, 'POST', `${org.base}/bank-accounts`, { iban: 'DE89 3704 0044 0532 0130 00', currency: 'EUR' });
    expect(again.statusCode).toBe(409);
    await api.ok(org.admin, 'DELETE', `${org.base}/bank-accounts/${second.id}`);
    expect((await api.call(org.admin, 'DELETE', `${org.base}/bank-accounts/${second.id}`)).statusCode).toBe(404);
  });

  it('adds members (new users need a password), changes roles and keeps one admin', async () => {
    const noPassword = await api.call(org.admin, 'POST', `${org.base}/members`, { email: 'new@example.com', name: 'New', role: 'viewer' });
    expect(noPassword.json()).toMatchObject({ code: 'invalid_input', issues: [{ field: 'body.password' }] });
    const added = await addMember(api, org, 'collector');
    const members = await api.ok(org.admin, 'GET', `${org.base}/members`);
    expect(members.find((m: { userId: string }) => m.userId === added.userId)).toMatchObject({ role: 'collector', email: added.email });
    // The same user joins another organization without a new password.
    const other = await api.ok(org.admin, 'POST', '/api/v1/orgs', { slug: 'third-co', legalName: 'Third', country: 'PL', baseCurrency: 'PLN' });
    const joined = await api.ok(org.admin, 'POST', `/api/v1/orgs/${other.slug}/members`, { email: added.email.toUpperCase(), role: 'viewer' });
    expect(joined.userId).toBe(added.userId);
    const login = await api.call(null, 'POST', '/api/v1/auth/login', { email: added.email, password });
    const me = await api.ok(sessionFrom(login), 'GET', '/api/v1/auth/me');
    expect(me.organizations).toHaveLength(2);

    const promoted = await api.ok(org.admin, 'PATCH', `${org.base}/members/${added.userId}`, { role: 'admin' });
    expect(promoted.role).toBe('admin');
    const self = (await api.ok(org.admin, 'GET', '/api/v1/auth/me')).user.id;
    await api.ok(org.admin, 'PATCH', `${org.base}/members/${added.userId}`, { role: 'viewer' });
    const lastAdmin = await api.call(org.admin, 'PATCH', `${org.base}/members/${self}`, { role: 'viewer' });
    expect(lastAdmin.statusCode).toBe(409);
    expect((await api.call(org.admin, 'DELETE', `${org.base}/members/${self}`)).statusCode).toBe(409);
    await api.ok(org.admin, 'DELETE', `${org.base}/members/${added.userId}`);
    expect((await api.call(added.caller, 'GET', org.base)).statusCode).toBe(404);
  });
});
