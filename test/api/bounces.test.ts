// A mail server's bounce posted whole: the address is marked, the message bounced
// when Duly sent it, and anything that is not a bounce is refused naming the body.
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { findUnreachable } from '../../src/store/unreachable-addresses';
import { describeEachDatabase } from '../databases';
import { runSetup, startApi, type Api, type TestOrg } from './api-harness';

const fixture = (name: string) => readFile(new URL(`../channels/fixtures/${name}`, import.meta.url), 'utf8');

describeEachDatabase('API: bounces', (database) => {
  let api: Api;
  let org: TestOrg;
  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
  });

  const post = (body: string, contentType = 'message/rfc822') =>
    api.app.inject({ method: 'POST', url: `${org.base}/bounces`, headers: { ...org.admin.headers, 'content-type': contentType }, payload: body });

  it('marks the address of a bounce for a message it does not know unreachable', async () => {
    const response = await post(await fixture('postfix-user-unknown.eml'));
    expect(response.statusCode).toBe(200);
    const outcome = response.json();
    expect(outcome).toMatchObject({ outcome: 'unmatched' });
    expect(outcome.unreachable).toHaveLength(1);
    const marked = await findUnreachable(database().db, org.id, 'email', outcome.unreachable);
    expect(marked.size).toBe(1);
  });

  it('changes nothing for a delay, taken as plain text too', async () => {
    const response = await post(await fixture('postfix-delayed.eml'), 'text/plain');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ outcome: 'nothing_failed' });
  });

  it('refuses a message that is not a bounce, naming the body', async () => {
    const response = await post('From: someone@example.com\r\nSubject: hello\r\n\r\nJust a letter.\r\n');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ issues: [{ field: 'body.message' }] });
  });

  it('refuses a caller who has not signed in', async () => {
    const response = await api.app.inject({ method: 'POST', url: `${org.base}/bounces`, headers: { 'content-type': 'message/rfc822' }, payload: 'x' });
    expect(response.statusCode).toBe(401);
  });
});
