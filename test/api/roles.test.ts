import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addMember, addToken, runSetup, startApi, type Api, type Caller, type TestOrg } from './api-harness';

describeEachDatabase('API: roles', (database) => {
  let api: Api;
  let org: TestOrg;
  let customerId: string;
  const callers: Record<string, Caller> = {};

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    customerId = (await api.ok(org.admin, 'POST', `${org.base}/customers`, { name: 'Role Customer', country: 'PL' })).id;
    for (const role of ['viewer', 'account_owner', 'collector'] as const) callers[role] = (await addMember(api, org, role)).caller;
    callers.admin = org.admin;
  });

  const invoiceBody = () => ({ customerId, number: `R-${Math.random()}`, issueDate: '2026-04-01', dueDate: '2026-04-30', currency: 'PLN', grossTotalMinor: 100 });
  const attempts = () => ({
    read: ['GET', `${org.base}/customers`] as const,
    record: ['POST', `${org.base}/customers/${customerId}/activities`, { type: 'note', summary: 'role check' }] as const,
    write: ['POST', `${org.base}/invoices`, invoiceBody()] as const,
    admin: ['POST', `${org.base}/api-tokens`, { name: 'role check', role: 'viewer' }] as const,
  });
  const expected: Record<string, Record<string, boolean>> = {
    viewer: { read: true, record: false, write: false, admin: false },
    account_owner: { read: true, record: true, write: false, admin: false },
    collector: { read: true, record: true, write: true, admin: false },
    admin: { read: true, record: true, write: true, admin: true },
  };

  it('allows each role exactly its permissions', async () => {
    for (const [role, allowed] of Object.entries(expected)) {
      for (const [permission, [method, url, body]] of Object.entries(attempts())) {
        const response = await api.call(callers[role]!, method, url, body);
        if (allowed[permission]) expect(response.statusCode, `${role} ${permission}`).toBeLessThan(300);
        else {
          expect(response.statusCode, `${role} ${permission}`).toBe(403);
          expect(response.json()).toMatchObject({ code: 'forbidden', status: 403 });
        }
      }
    }
  });

  it('keeps members, tokens and settings to admins', async () => {
    const collector = callers.collector!;
    expect((await api.call(collector, 'POST', `${org.base}/members`, { email: 'x@example.com', name: 'X', password: 'long enough pw', role: 'admin' })).statusCode).toBe(403);
    expect((await api.call(collector, 'PATCH', org.base, { legalName: 'Taken over' })).statusCode).toBe(403);
    expect((await api.call(collector, 'GET', `${org.base}/api-tokens`)).statusCode).toBe(403);
    expect((await api.call(callers.viewer!, 'GET', org.base)).statusCode).toBe(200);
  });

  it('gives a token its role, and refuses it once revoked', async () => {
    const viewerToken = await addToken(api, org, 'viewer');
    expect((await api.call(viewerToken, 'GET', `${org.base}/invoices`)).statusCode).toBe(200);
    expect((await api.call(viewerToken, 'POST', `${org.base}/invoices`, invoiceBody())).statusCode).toBe(403);
    const created = await api.ok(org.admin, 'POST', `${org.base}/api-tokens`, { name: 'to revoke', role: 'collector' });
    const token = { headers: { authorization: `Bearer ${created.token}` } };
    expect((await api.call(token, 'POST', `${org.base}/invoices`, invoiceBody())).statusCode).toBe(201);
    const listed = await api.ok(org.admin, 'GET', `${org.base}/api-tokens`);
    const entry = listed.find((t: { id: string }) => t.id === created.id);
    expect(entry).toMatchObject({ name: 'to revoke', role: 'collector', revokedAt: null });
    expect(entry.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(created.token);
    await api.ok(org.admin, 'DELETE', `${org.base}/api-tokens/${created.id}`);
    const refused = await api.call(token, 'GET', `${org.base}/invoices`);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('unauthenticated');
    expect((await api.call({ headers: { authorization: 'Bearer made-up' } }, 'GET', `${org.base}/invoices`)).statusCode).toBe(401);
  });

  it('refuses everything under an organization to an anonymous caller', async () => {
    const response = await api.call(null, 'GET', `${org.base}/customers`);
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
