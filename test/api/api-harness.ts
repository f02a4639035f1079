// Drives the API in tests through inject(): no socket. A session is a cookie header;
// a token is a bearer header.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../src/http/contract';
import { buildServer } from '../../src/http/server';
import type { Database } from '../../src/store/database';
import { unique } from '../ledger-fixtures';

/** The instant tests run at: 2026-04-15 noon in Warsaw. */
export const testNow = new Date('2026-04-15T10:00:00Z');
export const testToday = '2026-04-15';
export const password = 'correct horse battery';

export type Caller = { headers: Record<string, string> };
export type Method = NonNullable<InjectOptions['method']>;

export type Api = {
  app: FastifyInstance;
  call(caller: Caller | null, method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  /** Calls and expects the status (201 for POST, 204 for DELETE, else 200 unless told); returns the body. */
  ok<T = any>(caller: Caller | null, method: Method, url: string, payload?: unknown, status?: number): Promise<T>;
};

/** A server on the test database with the clock fixed at testNow. */
export async function startApi(database: Database): Promise<Api> {
  const app = await buildServer({ database, clock: () => testNow });
  const call: Api['call'] = (caller, method, url, payload) =>
    app.inject({
      method,
      url,
      headers: caller?.headers ?? {},
      ...(payload === undefined ? {} : { payload: payload as never }),
    });
  return {
    app,
    call,
    async ok(caller, method, url, payload, status) {
      const response = await call(caller, method, url, payload);
      const expected = status ?? (method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200);
      if (response.statusCode !== expected) {
        expect.fail(`${method} ${url}: expected ${expected}, got ${response.statusCode} ${response.body}`);
      }
      return (response.body ? response.json() : undefined) as never;
    },
  };
}

/** The session cookie a response set, as a caller. */
export function sessionFrom(response: LightMyRequestResponse): Caller {
  const cookie = response.cookies.find((c) => c.name === 'duly_session');
  if (!cookie) expect.fail(`no session cookie in the answer: ${response.statusCode} ${response.body}`);
  return { headers: { cookie: `duly_session=${cookie.value}` } };
}

/** A bearer-token caller. */
export const bearer = (token: string): Caller => ({ headers: { authorization: `Bearer ${token}` } });

export type TestOrg = { slug: string; id: string; base: string; admin: Caller };

/** Runs the one-time setup; its admin is signed in. */
export async function runSetup(api: Api, email = `${unique('admin')}@example.com`): Promise<TestOrg & { email: string }> {
  const slug = unique('org');
  const response = await api.call(null, 'POST', '/api/v1/setup', {
    organization: { slug, legalName: 'Setup sp. z o.o.', country: 'PL', baseCurrency: 'PLN' },
    admin: { email, name: 'First Admin', password },
  });
  expect(response.statusCode, response.body).toBe(201);
  const org = response.json().organizations[0];
  return { slug, id: org.id, base: `/api/v1/orgs/${slug}`, admin: sessionFrom(response), email };
}

/** A new organization opened by the caller, who becomes its admin. */
export async function openOrganization(api: Api, caller: Caller, values: Record<string, unknown> = {}): Promise<TestOrg> {
  const slug = unique('org');
  const created = await api.ok(caller, 'POST', '/api/v1/orgs', { slug, legalName: `${slug} sp. z o.o.`, country: 'PL', baseCurrency: 'PLN', ...values });
  return { slug, id: created.id, base: `/api/v1/orgs/${slug}`, admin: caller };
}

/** A new user with a role in the organization, signed in. */
export async function addMember(api: Api, org: TestOrg, role: Role): Promise<{ caller: Caller; userId: string; email: string }> {
  const email = `${unique(role)}@example.com`;
  const member = await api.ok(org.admin, 'POST', `${org.base}/members`, { email, name: `${role} user`, password, role });
  const response = await api.call(null, 'POST', '/api/v1/auth/login', { email, password });
  return { caller: sessionFrom(response), userId: member.userId, email };
}

/** An API token of the organization with a role, as a caller. */
export async function addToken(api: Api, org: TestOrg, role: Role): Promise<Caller> {
  const created = await api.ok(org.admin, 'POST', `${org.base}/api-tokens`, { name: `${role} integration`, role });
  return bearer(created.token);
}
