// Approvals over HTTP: the list with previews, who may approve or reject (roles at the
// door, the step's approval inside), the answers for twice and for nonsense, and the
// timeline entry as the customer page reads it.
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../databases';
import { addDebtor, holdContact, type Debtor } from '../approvals/approval-fixtures';
import { addMember, addToken, runSetup, startApi, testToday, type Api, type Caller, type TestOrg } from './api-harness';

describeEachDatabase('API: approvals', (database) => {
  let api: Api;
  let org: TestOrg;
  let owner: { caller: Caller; userId: string };
  const callers: Record<string, Caller> = {};

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    owner = await addMember(api, org, 'account_owner');
    for (const role of ['viewer', 'collector'] as const) callers[role] = (await addMember(api, org, role)).caller;
    callers.token = await addToken(api, org, 'collector');
  });

  const letterFor = async (name: string): Promise<{ debtor: Debtor; ids: Record<string, string> }> => {
    const debtor = await addDebtor(database().db, org.id, name);
    const ids = await holdContact(database().db, org.id, debtor, {
      channel: 'letter',
      approval: 'collector',
      stepKey: 'payment-demand',
      templateKey: 'standard.payment-demand',
      tone: 'formal',
      plannedFor: testToday,
      effects: ['holdCredit'],
    });
    return { debtor, ids };
  };

  it('lists waiting contacts with their preview to anyone, and says who may decide', async () => {
    const { debtor, ids } = await letterFor('Lista sp. z o.o.');
    const asViewer = await api.ok(callers.viewer!, 'GET', `${org.base}/approvals`);
    expect(asViewer).toMatchObject({ asOf: testToday, page: 1, pageSize: 25 });
    const item = asViewer.items.find((i: { id: string }) => i.id === ids.sendMessage);
    expect(item).toMatchObject({ customer: { name: 'Lista sp. z o.o.' }, channel: 'letter', mayApprove: false, effects: ['holdCredit'], preview: { rendered: true, subject: 'Wezwanie do zapłaty' } });
    expect(item.invoices.map((i: { number: string }) => i.number)).toEqual(debtor.invoiceNumbers);
    const asCollector = await api.ok(callers.collector!, 'GET', `${org.base}/approvals?pageSize=1`);
    expect(asCollector.pageSize).toBe(1);
    expect(asCollector.items[0].mayApprove).toBe(true);
    const tooMany = await api.call(callers.collector!, 'GET', `${org.base}/approvals?pageSize=1000`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().issues[0].field).toBe('query.pageSize');
  });

  it('approves once for a collector; viewers and tokens may not', async () => {
    const { debtor, ids } = await letterFor('Zatwierdzany sp. z o.o.');
    const url = `${org.base}/approvals/${ids.sendMessage}/approve`;
    const asViewer = await api.call(callers.viewer!, 'POST', url);
    expect(asViewer.statusCode).toBe(403);
    const asToken = await api.call(callers.token!, 'POST', url);
    expect(asToken.statusCode).toBe(403);
    expect(asToken.json().detail).toBe('an approval records who gave it: an API token cannot approve or reject');

    const approved = await api.ok(callers.collector!, 'POST', url, undefined, 200);
    expect(approved).toMatchObject({ id: ids.sendMessage, status: 'pending', effectIds: [ids.holdCredit] });
    const twice = await api.call(org.admin, 'POST', url);
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');
    expect(twice.json()).toMatchObject({ code: 'conflict', detail: expect.stringMatching(/already approved/) });

    const timeline = await api.ok(org.admin, 'GET', `${org.base}/customers/${debtor.customerId}/activities?type=system`);
    expect(timeline.items[0]).toMatchObject({ userName: 'collector user', summary: expect.stringMatching(/^Approved the letter of 2026-04-15/) });
  });

  it("refuses a collector an account owner's step and lets the owner approve it", async () => {
    const debtor = await addDebtor(database().db, org.id, 'Kluczowy S.A.', { accountOwnerUserId: owner.userId });
    const ids = await holdContact(database().db, org.id, debtor, {
      channel: 'email',
      approval: 'account_owner',
      stepKey: 'firm-request',
      templateKey: 'key-account.firm-request',
      tone: 'firm',
      plannedFor: testToday,
      procedureKey: 'key-account',
    });
    const url = `${org.base}/approvals/${ids.sendMessage}/approve`;
    const refused = await api.call(callers.collector!, 'POST', url);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe("only the customer's account owner or an admin may decide on this contact");
    expect((await api.ok(owner.caller, 'POST', url, undefined, 200)).status).toBe('pending');
  });

  it('rejects only with a reason, and answers unknown and malformed ids', async () => {
    const { debtor, ids } = await letterFor('Odrzucany sp. z o.o.');
    const url = `${org.base}/approvals/${ids.sendMessage}/reject`;
    const missing = await api.call(callers.collector!, 'POST', url, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues.map((i: { field: string }) => i.field)).toEqual(['body.reason']);
    const blank = await api.call(callers.collector!, 'POST', url, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues).toEqual([{ field: 'body.reason', message: 'say why the contact must not happen' }]);

    const rejected = await api.ok(callers.collector!, 'POST', url, { reason: 'Faktury skorygowane' }, 200);
    expect(rejected).toMatchObject({ status: 'cancelled', effectIds: [ids.holdCredit] });
    const timeline = await api.ok(org.admin, 'GET', `${org.base}/customers/${debtor.customerId}/activities?type=system`);
    expect(timeline.items[0]).toMatchObject({ body: 'Faktury skorygowane', summary: expect.stringMatching(/^Rejected /) });
    expect((await api.call(callers.collector!, 'POST', `${org.base}/approvals/${ids.sendMessage}/approve`)).statusCode).toBe(409);

    expect((await api.call(org.admin, 'POST', `${org.base}/approvals/00000000-0000-4000-8000-000000000000/approve`)).statusCode).toBe(404);
    const malformed = await api.call(org.admin, 'POST', `${org.base}/approvals/not-an-id/approve`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues[0].field).toBe('params.id');
  });

  it('documents the routes in OpenAPI', async () => {
    const document = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/v1/orgs/{org}/approvals', '/api/v1/orgs/{org}/approvals/{id}/approve', '/api/v1/orgs/{org}/approvals/{id}/reject']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});
