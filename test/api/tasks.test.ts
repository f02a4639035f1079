// The call queue over HTTP: the filtered list with scripts and phone numbers, one task,
// completing a call (with the promise it came to, or neither) and cancelling a task,
// who may, and the answers for twice and for input that makes no sense.
import { beforeAll, expect, it } from 'vitest';
import { actionStatus, addDebtor, type Debtor } from '../approvals/approval-fixtures';
import { describeEachDatabase } from '../databases';
import { addCallTask, addInternalTask } from '../tasks/task-fixtures';
import { addMember, runSetup, startApi, testToday, type Api, type Caller, type TestOrg } from './api-harness';

describeEachDatabase('API: call queue', (database) => {
  let api: Api;
  let org: TestOrg;
  let debtor: Debtor;
  const callers: Record<string, Caller> = {};

  beforeAll(async () => {
    api = await startApi(database());
    org = await runSetup(api);
    for (const role of ['viewer', 'collector'] as const) callers[role] = (await addMember(api, org, role)).caller;
    debtor = await addDebtor(database().db, org.id, 'Telefon sp. z o.o.');
  });

  it("lists the calls due by the organization's today, with script and phones, and shows one", async () => {
    const due = await addCallTask(database().db, org.id, debtor, { dueOn: '2026-04-14' });
    await addCallTask(database().db, org.id, debtor, { dueOn: '2026-04-30', withAction: false });
    await addInternalTask(database().db, org.id, debtor, testToday);

    const listed = await api.ok(callers.viewer!, 'GET', `${org.base}/tasks?kind=call&dueOnOrBefore=today`);
    expect(listed).toMatchObject({ asOf: testToday, total: 1, items: [{ id: due.id, dueOn: '2026-04-14', customer: { name: 'Telefon sp. z o.o.' } }] });
    expect(listed.items[0].contact.phones.map((p: { number: string }) => p.number)).toEqual(['+48 600 100 200', '+48 22 100 20 30']);
    expect(listed.items[0].script.items.map((i: { number: string }) => i.number)).toEqual(debtor.invoiceNumbers);
    expect((await api.ok(callers.viewer!, 'GET', `${org.base}/tasks?dueOnOrBefore=2026-04-30`)).total).toBe(3);

    const shown = await api.ok(callers.viewer!, 'GET', `${org.base}/tasks/${due.id}`);
    expect(shown).toMatchObject({ id: due.id, status: 'open', script: { templateKey: 'standard.payables-call' } });

    const badDay = await api.call(callers.viewer!, 'GET', `${org.base}/tasks?dueOnOrBefore=tomorrow`);
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().issues[0].field).toBe('query.dueOnOrBefore');
    expect((await api.call(callers.viewer!, 'GET', `${org.base}/tasks?kind=meeting`)).json().issues[0].field).toBe('query.kind');
    expect((await api.call(callers.viewer!, 'GET', `${org.base}/tasks/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it('completes a call for a collector, once; viewers may not', async () => {
    const other = await addDebtor(database().db, org.id, 'Wynik sp. z o.o.');
    const task = await addCallTask(database().db, org.id, other, { dueOn: testToday });
    const url = `${org.base}/tasks/${task.id}/complete`;
    expect((await api.call(callers.viewer!, 'POST', url, { outcome: 'notReached' })).statusCode).toBe(403);
    const noOutcome = await api.call(callers.collector!, 'POST', url, {});
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().issues).toEqual([{ field: 'body.outcome', message: 'say what the call came to' }]);
    const wrong = await api.call(callers.collector!, 'POST', url, { outcome: 'perhaps' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().issues[0].field).toBe('body.outcome');

    const done = await api.ok(callers.collector!, 'POST', url, { outcome: 'reachedDisputed', note: 'Reklamacja palet' }, 200);
    expect(done).toMatchObject({ status: 'done', outcome: 'reachedDisputed', completedBy: { name: 'collector user' } });
    const timeline = await api.ok(org.admin, 'GET', `${org.base}/customers/${other.customerId}/activities?type=call`);
    expect(timeline.items[0]).toMatchObject({ channel: 'phone', direction: 'outbound', summary: 'Call to Anna Księgowa: reached, disputes the invoices', body: 'Reklamacja palet', userName: 'collector user' });

    const twice = await api.call(callers.collector!, 'POST', url, { outcome: 'notReached' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'conflict', detail: expect.stringMatching(/^the task was already done at /) });
    expect((await api.ok(callers.viewer!, 'GET', `${org.base}/tasks?status=done`)).items.map((t: { id: string }) => t.id)).toContain(task.id);
  });

  it('records the promise a call came to, with its invoices, and closes the call in the same step', async () => {
    const promised = await addDebtor(database().db, org.id, 'Obietnica sp. z o.o.');
    const task = await addCallTask(database().db, org.id, promised, { dueOn: testToday });
    const done = await api.ok(
      callers.collector!,
      'POST',
      `${org.base}/tasks/${task.id}/complete`,
      {
        outcome: 'reachedPromised',
        note: 'Zapłacą pierwszą fakturę w poniedziałek',
        promise: { promisedDate: '2026-04-20', amountMinor: 100_000, currency: 'PLN', invoiceIds: [promised.invoiceIds[0]] },
      },
      200,
    );
    expect(done).toMatchObject({ id: task.id, status: 'done', outcome: 'reachedPromised' });
    expect((await actionStatus(database().db, org.id, task.actionId!)).status).toBe('done');

    const promises = await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${promised.customerId}/promises`);
    expect(promises).toHaveLength(1);
    expect(promises[0]).toMatchObject({
      invoices: [{ id: promised.invoiceIds[0], number: promised.invoiceNumbers[0] }],
      promisedDate: '2026-04-20',
      amountMinor: 100_000,
      currency: 'PLN',
      status: 'open',
      note: null,
      recordedBy: { name: 'collector user' },
    });
    const timeline = await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${promised.customerId}/activities`);
    expect(timeline.items.map((entry: { type: string; summary: string }) => [entry.type, entry.summary]).sort()).toEqual([
      ['call', 'Call to Anna Księgowa: reached, promised to pay'],
      ['promise', `Promised 1000,00 zł by 2026-04-20 for ${promised.invoiceNumbers[0]}`],
    ]);
  });

  it('refuses a promise without an amount (or with more than is open) at its field, leaving the task open and no promise', async () => {
    const promised = await addDebtor(database().db, org.id, 'Bez kwoty sp. z o.o.');
    const stranger = await addDebtor(database().db, org.id, 'Obcy sp. z o.o.');
    const task = await addCallTask(database().db, org.id, promised, { dueOn: testToday });
    const url = `${org.base}/tasks/${task.id}/complete`;
    const promise = { promisedDate: '2026-04-20', amountMinor: 168_050, currency: 'PLN', invoiceIds: promised.invoiceIds };
    const refusedAt = async (body: Record<string, unknown>) => {
      const response = await api.call(callers.collector!, 'POST', url, body);
      expect(response.statusCode, response.body).toBe(400);
      return response.json().issues as { field: string; message: string }[];
    };

    expect(await refusedAt({ outcome: 'reachedPromised', promise: { ...promise, amountMinor: undefined } })).toEqual([
      { field: 'body.promise.amountMinor', message: 'a promise to pay needs the amount that will be paid' },
    ]);
    expect(await refusedAt({ outcome: 'reachedPromised', promise: { ...promise, amountMinor: 168_051 } })).toEqual([
      { field: 'body.promise.amountMinor', message: 'the promised amount is more than the 1680.50 PLN still open on its invoices' },
    ]);
    expect(await refusedAt({ outcome: 'reachedPromised', promise: { ...promise, promisedDate: '2026-04-14', invoiceIds: [stranger.invoiceIds[0]] } })).toEqual([
      { field: 'body.promise.promisedDate', message: 'the promised day 2026-04-14 is before today (2026-04-15)' },
      { field: 'body.promise.invoiceIds[0]', message: 'not an invoice of this customer' },
    ]);
    expect(await refusedAt({ outcome: 'notReached', promise })).toEqual([{ field: 'body.promise', message: 'only a call that came to a promise to pay records one' }]);
    expect((await refusedAt({ outcome: 'reachedPromised', promise: { ...promise, invoiceIds: [] } }))[0]!.field).toBe('body.promise.invoiceIds');

    expect(await api.ok(callers.viewer!, 'GET', `${org.base}/tasks/${task.id}`)).toMatchObject({ status: 'open', outcome: null, completedAt: null });
    expect(await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${promised.customerId}/promises`)).toEqual([]);
    expect((await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${promised.customerId}/activities`)).items).toEqual([]);
    expect((await actionStatus(database().db, org.id, task.actionId!)).status).toBe('pending');

    // All that is open may be promised: the task is still there to complete.
    await api.ok(callers.collector!, 'POST', url, { outcome: 'reachedPromised', promise }, 200);
    expect(await api.ok(callers.viewer!, 'GET', `${org.base}/customers/${promised.customerId}/promises`)).toMatchObject([{ amountMinor: 168_050, invoices: [{}, {}] }]);
  });

  it('cancels a task only with a reason', async () => {
    const task = await addInternalTask(database().db, org.id, debtor, testToday);
    const url = `${org.base}/tasks/${task.id}/cancel`;
    const blank = await api.call(callers.collector!, 'POST', url, { reason: '' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().issues).toEqual([{ field: 'body.reason', message: 'say why the task is dropped' }]);
    expect(await api.ok(callers.collector!, 'POST', url, { reason: 'Adres poprawiony w kartotece' }, 200)).toMatchObject({ status: 'cancelled' });
    expect((await api.call(callers.collector!, 'POST', url, { reason: 'again' })).statusCode).toBe(409);
  });

  it('documents the routes in OpenAPI', async () => {
    const document = (await api.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.keys(document.paths);
    for (const path of ['/api/v1/orgs/{org}/tasks', '/api/v1/orgs/{org}/tasks/{id}', '/api/v1/orgs/{org}/tasks/{id}/complete', '/api/v1/orgs/{org}/tasks/{id}/cancel']) {
      expect(paths).toContain(path);
    }
    expect(document.paths['/api/v1/orgs/{org}/tasks'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['kind', 'dueOnOrBefore', 'assignedUserId', 'status']),
    );
  });
});
