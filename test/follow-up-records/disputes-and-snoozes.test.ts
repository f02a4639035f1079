import { expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor';
import { endSnooze } from '../../src/app/end-snooze';
import { getDispute, listCustomerDisputes, listCustomerSnoozes, listInvoiceDisputes } from '../../src/app/follow-up-queries';
import { openDispute } from '../../src/app/open-dispute';
import { listActivities } from '../../src/app/queries';
import { resolveDispute } from '../../src/app/resolve-dispute';
import { snooze } from '../../src/app/snooze';
import { listSnoozeRows } from '../../src/store/snoozes';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeInvoice, makeOrganization } from '../ledger-fixtures';

const actor: Actor = { userId: null, via: 'system' };
const today = '2026-04-15';

describeEachDatabase('disputes and snoozes', (database) => {
  const setup = async () => {
    const { db } = database();
    const org = await makeOrganization(db);
    const customerId = await makeCustomer(db, org.id);
    const invoiceId = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 500_00, number: `FV/D/${Math.random().toString(36).slice(2, 7)}` });
    const timeline = async () => (await listActivities(db, org.id, customerId, { page: 1, pageSize: 50 })).items;
    return { db, orgId: org.id, customerId, invoiceId, timeline };
  };

  it('keeps one open dispute per invoice; a resolved one makes room for the next', async () => {
    const { db, orgId, customerId, invoiceId, timeline } = await setup();
    const first = expectOk(await openDispute(db, orgId, { invoiceId, reason: 'Pallets arrived damaged' }, actor, today));
    const again = await openDispute(db, orgId, { invoiceId, reason: 'Still damaged' }, actor, today);
    expect(again).toMatchObject({ ok: false, code: 'conflict' });
    expect(again.ok ? '' : again.message).toContain('already disputed since 2026-04-15');
    const [opened] = await timeline();
    expect(opened).toMatchObject({ type: 'dispute', direction: 'inbound', body: 'Pallets arrived damaged', invoiceIds: [invoiceId] });
    expect(opened!.summary).toMatch(/^Invoice FV\/D\/\w+ disputed: reminders paused until resolved$/);

    expectOk(await resolveDispute(db, orgId, first.id, { resolution: 'Credit note for two pallets' }, actor, '2026-04-20'));
    expect(await resolveDispute(db, orgId, first.id, { resolution: 'again' }, actor, '2026-04-21')).toMatchObject({ ok: false, code: 'conflict' });
    expect(await getDispute(db, orgId, first.id)).toMatchObject({ status: 'resolved', resolvedOn: '2026-04-20', resolution: 'Credit note for two pallets', openedOn: today });
    expect((await timeline())[0]).toMatchObject({ type: 'dispute', body: 'Credit note for two pallets' });

    const second = expectOk(await openDispute(db, orgId, { invoiceId, reason: 'Wrong price' }, actor, '2026-04-22'));
    expect((await listInvoiceDisputes(db, orgId, invoiceId))!.map((d) => [d.id, d.status])).toEqual([
      [second.id, 'open'],
      [first.id, 'resolved'],
    ]);
    expect((await listCustomerDisputes(db, orgId, customerId)).map((d) => d.invoice.id)).toEqual([invoiceId, invoiceId]);
  });

  it('opens one dispute when two people open it at the same moment', async () => {
    const { db, orgId, invoiceId } = await setup();
    const results = await Promise.all([
      openDispute(db, orgId, { invoiceId, reason: 'one' }, actor, today),
      openDispute(db, orgId, { invoiceId, reason: 'two' }, actor, today),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ code: 'conflict' }]);
  });

  it('needs a reason and a resolution, and an invoice of the organization', async () => {
    const { db, orgId, invoiceId } = await setup();
    expect(await openDispute(db, orgId, { invoiceId, reason: '  ' }, actor, today)).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'reason' }] });
    const { id } = expectOk(await openDispute(db, orgId, { invoiceId, reason: 'x' }, actor, today));
    expect(await resolveDispute(db, orgId, id, { resolution: '' }, actor, today)).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'resolution' }] });
    const other = await makeOrganization(db);
    expect(await openDispute(db, other.id, { invoiceId, reason: 'x' }, actor, today)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await resolveDispute(db, other.id, id, { resolution: 'x' }, actor, today)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await listInvoiceDisputes(db, other.id, invoiceId)).toBeNull();
  });

  it('snoozes a customer or one invoice for a reason, to a day after today', async () => {
    const { db, orgId, customerId, invoiceId, timeline } = await setup();
    const refused = await snooze(db, orgId, { customerId, reason: ' ', until: today }, actor, today);
    expect(refused).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(refused.ok ? [] : refused.issues?.map((i) => i.field)).toEqual(['reason', 'until']);
    const otherCustomer = await makeCustomer(db, orgId);
    const foreign = await makeInvoice(db, orgId, otherCustomer, { grossTotalMinor: 1_00 });
    expect(await snooze(db, orgId, { customerId, invoiceId: foreign, reason: 'x', until: '2026-05-01' }, actor, today)).toMatchObject({
      ok: false,
      issues: [{ field: 'invoiceId' }],
    });

    const whole = expectOk(await snooze(db, orgId, { customerId, reason: 'Owner in hospital', until: '2026-05-01' }, actor, today));
    const one = expectOk(await snooze(db, orgId, { customerId, invoiceId, reason: 'Waiting for the corrected PO', until: '2026-04-16' }, actor, today));
    const entries = await timeline();
    expect(entries.map((a) => a.summary)).toEqual(
      expect.arrayContaining(['Follow-up of the customer snoozed until 2026-05-01', expect.stringMatching(/^Reminders of invoice FV\/D\/\w+ snoozed until 2026-04-16$/)]),
    );
    const listed = (await listCustomerSnoozes(db, orgId, customerId, '2026-04-17'))!;
    expect(listed.map((s) => [s.id, s.status, s.invoice?.id ?? null])).toEqual([
      [one.id, 'expired', invoiceId],
      [whole.id, 'active', null],
    ]);
    expect((await listSnoozeRows(db, orgId, { customerIds: [customerId], activeOn: '2026-04-17' })).map((s) => s.id)).toEqual([whole.id]);
  });

  it('ends a snooze early once; an expired one cannot be ended', async () => {
    const { db, orgId, customerId, invoiceId, timeline } = await setup();
    const whole = expectOk(await snooze(db, orgId, { customerId, reason: 'Holidays', until: '2026-05-01' }, actor, today));
    const one = expectOk(await snooze(db, orgId, { customerId, invoiceId, reason: 'PO', until: '2026-04-16' }, actor, today));
    const now = new Date('2026-04-17T08:00:00Z');
    expectOk(await endSnooze(db, orgId, whole.id, actor, now, '2026-04-17'));
    expect(await endSnooze(db, orgId, whole.id, actor, now, '2026-04-17')).toMatchObject({ ok: false, code: 'conflict' });
    expect(await endSnooze(db, orgId, one.id, actor, now, '2026-04-17')).toMatchObject({ ok: false, code: 'conflict' });
    const [ended] = (await listCustomerSnoozes(db, orgId, customerId, '2026-04-17'))!.filter((s) => s.id === whole.id);
    expect(ended).toMatchObject({ status: 'ended', endedAt: now.toISOString() });
    expect((await timeline())[0]!.summary).toBe('Snooze of the customer ended before 2026-05-01');
    const other = await makeOrganization(db);
    expect(await endSnooze(db, other.id, one.id, actor, now, today)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snooze(db, other.id, { customerId, reason: 'x', until: '2026-05-01' }, actor, today)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
