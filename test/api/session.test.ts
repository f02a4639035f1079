import { expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { password, runSetup, sessionFrom, startApi, type Api } from './api-harness';

describeEachDatabase('API: setup and session', (database) => {
  let api: Api;

  it('offers setup once on an empty database, signs the admin in, then refuses it', async () => {
    api = await startApi(database());
    expect((await api.ok(null, 'GET', '/api/v1/setup')).needsSetup).toBe(true);
    const first = await runSetup(api, 'Owner@Example.com');
    const me = await api.ok(first.admin, 'GET', '/api/v1/auth/me');
    expect(me.user.email).toBe('owner@example.com');
    expect(me.organizations).toEqual([expect.objectContaining({ slug: first.slug, role: 'admin', baseCurrency: 'PLN' })]);
    expect((await api.ok(null, 'GET', '/api/v1/setup')).needsSetup).toBe(false);
    const again = await api.call(null, 'POST', '/api/v1/setup', {
      organization: { slug: 'second-setup', legalName: 'X', country: 'PL', baseCurrency: 'PLN' },
      admin: { email: 'intruder@example.com', name: 'Intruder', password },
    });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({ code: 'conflict', status: 409 });
  });

  it('signs in with a cookie that scripts cannot read, answers me, and signs out', async () => {
    const login = await api.call(null, 'POST', '/api/v1/auth/login', { email: 'owner@example.com', password });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'duly_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const caller = sessionFrom(login);
    expect(login.json().user.name).toBe('First Admin');
    expect((await api.ok(caller, 'GET', '/api/v1/auth/me')).user.email).toBe('owner@example.com');
    await api.ok(caller, 'POST', '/api/v1/auth/logout', undefined, 204);
    const after = await api.call(caller, 'GET', '/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'unauthenticated', status: 401 });
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    const wrong = await api.call(null, 'POST', '/api/v1/auth/login', { email: 'owner@example.com', password: 'not the password' });
    const unknown = await api.call(null, 'POST', '/api/v1/auth/login', { email: 'nobody@example.com', password });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('answers me without a session with a 401 problem', async () => {
    const response = await api.call(null, 'GET', '/api/v1/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: 'urn:duly:problem:unauthenticated', title: 'Not signed in', code: 'unauthenticated' });
  });
});
