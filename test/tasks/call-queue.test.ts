// The collectors' queue through the use cases, on both databases: what is due with its
// script and phone numbers, filters, completing a call (timeline, outbox action) and
// cancelling a task, each only once.
import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import type { Actor } from '../../src/app/actor';
import { cancelTask } from '../../src/app/tasks/cancel-task';
import { completeTask } from '../../src/app/tasks/complete-task';
import { listTasks } from '../../src/app/tasks/list-tasks';
import { showTask } from '../../src/app/tasks/show-task';
import { actionStatus, addDebtor, timelineOf, type Debtor } from '../approvals/approval-fixtures';
import { describeEachDatabase } from '../databases';
import { expectOk, makeOrganization, unique } from '../ledger-fixtures';
import { addCallTask, addInternalTask } from './task-fixtures';

const today = '2026-04-15';
const now = new Date('2026-04-15T09:15:00Z');
const page = { page: 1, pageSize: 50 };

describeEachDatabase('call queue', (database) => {
  let orgId = '';
  let collector: Actor & { userId: string };
  let debtor: Debtor;

  beforeAll(async () => {
    const { db } = database();
    orgId = (await makeOrganization(db)).id;
    const added = expectOk(await addUser(db, { email: `${unique('collector')}@example.com`, name: 'Kasia Windykatorka', password: 'correct horse battery', orgId, role: 'collector' }));
    collector = { userId: added.userId, via: 'session' };
    debtor = await addDebtor(db, orgId, 'Hurtownia Żółw sp.j.');
  });

  it('lists what is due with the script, items, totals and phone numbers, and filters by kind, day and person', async () => {
    const { db } = database();
    const ownOrg = (await makeOrganization(db)).id;
    const d = await addDebtor(db, ownOrg, 'Kolejka sp. z o.o.');
    const person = expectOk(await addUser(db, { email: `${unique('caller')}@example.com`, name: 'Piotr Telefon', password: 'correct horse battery', orgId: ownOrg, role: 'collector' }));
    const dueEarlier = await addCallTask(db, ownOrg, d, { dueOn: '2026-04-14', assignedUserId: person.userId });
    const dueToday = await addCallTask(db, ownOrg, d, { dueOn: today, withAction: false });
    const later = await addCallTask(db, ownOrg, d, { dueOn: '2026-04-22', withAction: false });
    const internal = await addInternalTask(db, ownOrg, d, today);

    const all = await listTasks(db, ownOrg, page, today);
    expect(all).toMatchObject({ asOf: today, total: 4 });
    expect(all.items.map((t) => t.id)).toEqual([dueEarlier.id, dueToday.id, internal.id, later.id]);

    const calls = await listTasks(db, ownOrg, { ...page, kind: 'call', dueOnOrBefore: 'today' }, today);
    expect(calls.items.map((t) => t.id)).toEqual([dueEarlier.id, dueToday.id]);
    const [call] = calls.items;
    expect(call).toMatchObject({
      kind: 'call',
      status: 'open',
      dueOn: '2026-04-14',
      title: 'Zadzwoń w sprawie zaległych faktur',
      customer: { id: d.customerId, name: 'Kolejka sp. z o.o.' },
      contact: {
        id: d.contactId,
        name: 'Anna Księgowa',
        phones: [
          { number: '+48 600 100 200', kind: 'mobile' },
          { number: '+48 22 100 20 30', kind: 'work' },
        ],
      },
      invoices: d.invoiceIds.map((id, i) => ({ id, number: d.invoiceNumbers[i] })),
      assignedTo: { id: person.userId, name: 'Piotr Telefon' },
      actionId: dueEarlier.actionId,
      outcome: null,
      completedBy: null,
      completedAt: null,
    });
    expect(call!.script).toMatchObject({ language: 'pl', templateKey: 'standard.payables-call' });
    expect(call!.script!.text).toContain(d.invoiceNumbers[0]);
    expect(call!.script!.items.map((i) => [i.number, i.openAmountMinor, i.daysOverdue])).toEqual([
      [d.invoiceNumbers[0], 123_000, 29],
      [d.invoiceNumbers[1], 45_050, 29],
    ]);
    expect(call!.script!.totals).toEqual([{ currency: 'PLN', openAmountMinor: 168_050, openAmount: expect.stringMatching(/^1\s?680,50\s?zł$/) }]);

    expect((await listTasks(db, ownOrg, { ...page, kind: 'internal' }, today)).items.map((t) => [t.id, t.script])).toEqual([[internal.id, null]]);
    expect((await listTasks(db, ownOrg, { ...page, dueOnOrBefore: '2026-04-14' }, today)).items.map((t) => t.id)).toEqual([dueEarlier.id]);
    expect((await listTasks(db, ownOrg, { ...page, assignedUserId: person.userId }, today)).items.map((t) => t.id)).toEqual([dueEarlier.id]);
    const paged = await listTasks(db, ownOrg, { page: 2, pageSize: 3 }, today);
    expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(paged.items.map((t) => t.id)).toEqual([later.id]);

    expect(expectOk(await showTask(db, ownOrg, dueToday.id)).script!.items).toHaveLength(2);
    expect(await showTask(db, orgId, dueToday.id)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('completes a call once: outcome on the task, an outbound call with the note on the timeline, the outbox action done', async () => {
    const { db } = database();
    const task = await addCallTask(db, orgId, debtor, { dueOn: today });
    const noOutcome = await completeTask(db, orgId, task.id, { note: 'nikt nie odebrał' }, collector, now, today);
    expect(noOutcome).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'outcome', message: 'say what the call came to' }] });
    const badOutcome = await completeTask(db, orgId, task.id, { outcome: 'maybe' as never }, collector, now, today);
    expect(badOutcome).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'outcome' }] });

    expectOk(await completeTask(db, orgId, task.id, { outcome: 'reachedPromised', note: '  Zapłacą całość w piątek 17.04.  ' }, collector, now, today));
    const done = expectOk(await showTask(db, orgId, task.id));
    expect(done).toMatchObject({ status: 'done', outcome: 'reachedPromised', completedBy: { id: collector.userId, name: 'Kasia Windykatorka' }, completedAt: now.toISOString() });
    const action = await actionStatus(db, orgId, task.actionId!);
    expect(action.status).toBe('done');
    expect(new Date(action.completed_at!).toISOString()).toBe(now.toISOString());
    expect((await timelineOf(db, orgId, debtor.customerId)).at(-1)).toEqual({
      type: 'call',
      channel: 'phone',
      direction: 'outbound',
      user_id: collector.userId,
      summary: 'Call to Anna Księgowa: reached, promised to pay',
      body: 'Zapłacą całość w piątek 17.04.',
      invoice_ids: debtor.invoiceIds,
    });
    expect((await listTasks(db, orgId, page, today)).items.map((t) => t.id)).not.toContain(task.id);
    expect((await listTasks(db, orgId, { ...page, status: 'done' }, today)).items.map((t) => t.id)).toContain(task.id);

    const again = await completeTask(db, orgId, task.id, { outcome: 'notReached' }, collector, now, today);
    expect(again).toMatchObject({ ok: false, code: 'conflict', message: `the task was already done at ${now.toISOString()}` });
    expect(await cancelTask(db, orgId, task.id, { reason: 'late' }, collector, now)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('closes an internal task with its note and no call outcome', async () => {
    const { db } = database();
    const task = await addInternalTask(db, orgId, debtor, today);
    expect(await completeTask(db, orgId, task.id, { outcome: 'wrongNumber' }, collector, now, today)).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'outcome' }] });
    expectOk(await completeTask(db, orgId, task.id, { note: 'Nowy adres: ksiegowosc@example.com' }, collector, now, today));
    expect(expectOk(await showTask(db, orgId, task.id))).toMatchObject({ status: 'done', outcome: null });
    expect((await timelineOf(db, orgId, debtor.customerId)).at(-1)).toMatchObject({ type: 'note', direction: 'internal', summary: 'Task done: Find a working e-mail address for Anna Księgowa', body: 'Nowy adres: ksiegowosc@example.com' });
  });

  it('cancels a task with a reason on the timeline, leaving its outbox action as it was', async () => {
    const { db } = database();
    // Another customer: the first one's call of the day is stored already.
    const other = await addDebtor(db, orgId, 'Odwołany sp. z o.o.');
    const task = await addCallTask(db, orgId, other, { dueOn: today });
    expect(await cancelTask(db, orgId, task.id, { reason: ' ' }, collector, now)).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'reason' }] });
    expectOk(await cancelTask(db, orgId, task.id, { reason: 'Zapłacili przelewem wczoraj' }, collector, now));
    expect(expectOk(await showTask(db, orgId, task.id))).toMatchObject({ status: 'cancelled', outcome: null, completedBy: { id: collector.userId } });
    expect((await actionStatus(db, orgId, task.actionId!)).status).toBe('pending');
    expect((await timelineOf(db, orgId, other.customerId)).at(-1)).toMatchObject({ type: 'note', summary: 'Call cancelled: Zadzwoń w sprawie zaległych faktur', body: 'Zapłacili przelewem wczoraj' });
    const again = await cancelTask(db, orgId, task.id, { reason: 'again' }, collector, now);
    expect(again).toMatchObject({ ok: false, code: 'conflict', message: `the task was cancelled at ${now.toISOString()}` });
  });

  it("does not find another organization's task", async () => {
    const { db } = database();
    const foreignOrg = (await makeOrganization(db)).id;
    const task = await addCallTask(db, foreignOrg, await addDebtor(db, foreignOrg, 'Obcy sp. z o.o.'), { dueOn: today });
    expect(await completeTask(db, orgId, task.id, { outcome: 'notReached' }, collector, now, today)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await cancelTask(db, orgId, task.id, { reason: 'no' }, collector, now)).toMatchObject({ ok: false, code: 'not_found' });
    expect((await listTasks(db, orgId, page, today)).items.map((t) => t.id)).not.toContain(task.id);
  });
});
