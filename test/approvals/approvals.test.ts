// Approving and rejecting held contacts through the use cases, on both databases: the
// list with its previews and tone findings, who may decide on what, the effects of the
// same steps going (or stopping) with their contact, and the timeline saying who did.
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import type { Approver } from '../../src/app/approvals/approval-rights';
import { approveAction } from '../../src/app/approvals/approve-action';
import { listApprovals } from '../../src/app/approvals/list-approvals';
import { rejectAction } from '../../src/app/approvals/reject-action';
import { recordPayment } from '../../src/app/record-payment';
import { setToneRules } from '../../src/app/set-tone-rules';
import type { Role } from '../../src/http/contract';
import { sql, type Db } from '../../src/store/database';
import { describeEachDatabase } from '../databases';
import { expectOk, makeOrganization, unique } from '../ledger-fixtures';
import { actionStatus, addDebtor, holdContact, system, timelineOf, type Debtor } from './approval-fixtures';

const today = '2026-04-15';
const now = new Date('2026-04-15T08:30:00Z');
const page = { page: 1, pageSize: 25 };

type People = Record<'admin' | 'collector' | 'owner' | 'otherOwner' | 'viewer', Approver>;

async function addPerson(db: Db, orgId: string, role: Role): Promise<Approver> {
  const added = expectOk(await addUser(db, { email: `${unique(role)}@example.com`, name: `${role} person`, password: 'correct horse battery', orgId, role }));
  return { userId: added.userId, role };
}

describeEachDatabase('approvals', (database) => {
  let orgId = '';
  let people: People;

  beforeAll(async () => {
    const { db } = database();
    orgId = (await makeOrganization(db)).id;
    people = {
      admin: await addPerson(db, orgId, 'admin'),
      collector: await addPerson(db, orgId, 'collector'),
      owner: await addPerson(db, orgId, 'account_owner'),
      otherOwner: await addPerson(db, orgId, 'account_owner'),
      viewer: await addPerson(db, orgId, 'viewer'),
    };
  });

  const debtor = (name: string, accountOwner: 'owner' | null = null) => addDebtor(database().db, orgId, `${name} ${unique('sp')}`, { accountOwnerUserId: accountOwner ? people[accountOwner].userId : null });

  const demand = (d: Debtor, plannedFor = today) =>
    holdContact(database().db, orgId, d, {
      channel: 'letter',
      approval: 'collector',
      stepKey: 'payment-demand',
      templateKey: 'standard.payment-demand',
      tone: 'formal',
      plannedFor,
      effects: ['holdCredit'],
    });

  const keyAccountRequest = (d: Debtor) =>
    holdContact(database().db, orgId, d, {
      channel: 'email',
      approval: 'account_owner',
      stepKey: 'firm-request',
      templateKey: 'key-account.firm-request',
      tone: 'firm',
      plannedFor: today,
      procedureKey: 'key-account',
      effects: ['notifyAccountOwner'],
    });

  it('lists what waits, the earliest planned first, with invoices, previews, effects and who may decide', async () => {
    const { db } = database();
    const ownOrg = (await makeOrganization(db)).id;
    const collector = await addPerson(db, ownOrg, 'collector');
    const owner = await addPerson(db, ownOrg, 'account_owner');
    const early = await addDebtor(db, ownOrg, 'Wcześniejszy sp. z o.o.');
    const keyAccount = await addDebtor(db, ownOrg, 'Kluczowy S.A.', { accountOwnerUserId: owner.userId });
    const late = await holdContact(db, ownOrg, keyAccount, {
      channel: 'email',
      approval: 'account_owner',
      stepKey: 'firm-request',
      templateKey: 'key-account.firm-request',
      tone: 'firm',
      plannedFor: today,
      procedureKey: 'key-account',
      effects: ['notifyAccountOwner'],
    });
    const first = await holdContact(db, ownOrg, early, {
      channel: 'letter',
      approval: 'collector',
      stepKey: 'payment-demand',
      templateKey: 'standard.payment-demand',
      tone: 'formal',
      plannedFor: '2026-04-14',
      effects: ['holdCredit'],
    });

    const asCollector = expectOk(await listApprovals(db, ownOrg, collector, today, page));
    expect(asCollector).toMatchObject({ asOf: today, total: 2, page: 1, pageSize: 25 });
    expect(asCollector.items.map((i) => i.id)).toEqual([first.sendMessage, late.sendMessage]);
    const [letter, email] = asCollector.items;
    expect(letter).toMatchObject({
      kind: 'sendMessage',
      channel: 'letter',
      plannedFor: '2026-04-14',
      customer: { id: early.customerId, name: 'Wcześniejszy sp. z o.o.' },
      contact: { id: early.contactId, name: 'Anna Księgowa' },
      addresseeRole: 'payables',
      procedureKey: 'standard',
      stepKeys: ['payment-demand'],
      tone: 'formal',
      approval: 'collector',
      accountOwner: null,
      mayApprove: true,
      effects: ['holdCredit'],
    });
    expect(letter!.invoices.map((i) => [i.number, i.openAmountMinor, i.currency, i.status])).toEqual([
      [early.invoiceNumbers[0], 123_000, 'PLN', 'open'],
      [early.invoiceNumbers[1], 45_050, 'PLN', 'open'],
    ]);
    if (!letter!.preview.rendered) expect.fail(`the letter did not render: ${letter!.preview.reason}`);
    expect(letter!.preview).toMatchObject({ language: 'pl', subject: 'Wezwanie do zapłaty', html: '' });
    expect(letter!.preview.text).toContain(early.invoiceNumbers[0]);
    expect(letter!.preview.text).toContain('Wcześniejszy sp. z o.o.');
    expect(letter!.preview.tone.blocked).toBe(false);

    // The key account's e-mail waits for its account owner: the collector may not decide.
    expect(email).toMatchObject({ channel: 'email', approval: 'account_owner', accountOwner: { id: owner.userId, name: 'account_owner person' }, mayApprove: false, effects: ['notifyAccountOwner'] });
    if (!email!.preview.rendered) expect.fail('the e-mail did not render');
    expect(email!.preview.subject).toContain(keyAccount.invoiceNumbers[0]);
    expect(email!.preview.html).toMatch(/^<!DOCTYPE html>/i);
    expect(email!.preview.html).toContain(keyAccount.invoiceNumbers[1]);
    const asOwner = expectOk(await listApprovals(db, ownOrg, owner, today, page));
    expect(asOwner.items.map((i) => i.mayApprove)).toEqual([false, true]);

    // Pages: one item a page, the total stays.
    const second = expectOk(await listApprovals(db, ownOrg, collector, today, { page: 2, pageSize: 1 }));
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((i) => i.id)).toEqual([late.sendMessage]);
  });

  it("shows the tone guard's findings, the organization's own rules included, and leaves names from records alone", async () => {
    const { db } = database();
    const ownOrg = (await makeOrganization(db)).id;
    const collector = await addPerson(db, ownOrg, 'collector');
    expectOk(
      await setToneRules(
        db,
        ownOrg,
        [{ id: 'org.no-interest-talk', category: 'legal_jargon', severity: 'forbidden', language: 'pl', match: { kind: 'phrases', patterns: ['odsetki ustawowe'] }, suggestion: 'Nie straszymy odsetkami.' }],
        now,
      ),
    );
    await holdContact(db, ownOrg, await addDebtor(db, ownOrg, 'PRZEDSIĘBIORSTWO HANDLOWE ODSETKI SP. Z O.O.'), {
      channel: 'letter',
      approval: 'collector',
      stepKey: 'payment-demand',
      templateKey: 'standard.payment-demand',
      tone: 'formal',
      plannedFor: today,
    });
    const [item] = expectOk(await listApprovals(db, ownOrg, collector, today, page)).items;
    if (!item!.preview.rendered) expect.fail('the letter did not render');
    const finding = item!.preview.tone.findings.find((f) => f.ruleId === 'org.no-interest-talk');
    expect(finding).toMatchObject({ severity: 'forbidden', phrase: 'odsetki ustawowe', suggestion: 'Nie straszymy odsetkami.' });
    const checked = `${item!.preview.subject}\n${item!.preview.text}`;
    expect(checked.slice(finding!.offset, finding!.offset + finding!.phrase.length)).toBe('odsetki ustawowe');
    expect(item!.preview.tone.blocked).toBe(true);
    // The customer's name in capitals is its name, not shouting.
    expect(item!.preview.text).toContain('PRZEDSIĘBIORSTWO HANDLOWE ODSETKI');
    expect(item!.preview.tone.findings.filter((f) => f.category === 'shouting')).toEqual([]);
  });

  it("refuses to list unchecked messages while the organization's own tone rules are broken", async () => {
    const { db } = database();
    const ownOrg = (await makeOrganization(db)).id;
    const collector = await addPerson(db, ownOrg, 'collector');
    expectOk(await setToneRules(db, ownOrg, [], now));
    await db.execute(sql`update message_settings set tone_rules = '[{"id": "Not An Id"}]'::jsonb where org_id = ${ownOrg}`);
    const listed = await listApprovals(db, ownOrg, collector, today, page);
    expect(listed).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(listed.ok ? '' : listed.message).toMatch(/^the organization's own tone rules are broken/);
  });

  it('says why a preview cannot be written instead of failing the list', async () => {
    const { db } = database();
    const ownOrg = (await makeOrganization(db)).id;
    const collector = await addPerson(db, ownOrg, 'collector');
    const paid = await addDebtor(db, ownOrg, 'Zapłacone sp. z o.o.');
    const open = await addDebtor(db, ownOrg, 'Otwarte sp. z o.o.');
    await holdContact(db, ownOrg, paid, { channel: 'letter', approval: 'collector', stepKey: 'payment-demand', templateKey: 'standard.payment-demand', tone: 'formal', plannedFor: '2026-04-14' });
    await holdContact(db, ownOrg, open, { channel: 'letter', approval: 'collector', stepKey: 'payment-demand', templateKey: 'standard.payment-demand', tone: 'formal', plannedFor: today });
    for (const [index, invoiceId] of paid.invoiceIds.entries()) {
      const amountMinor = index === 0 ? 123_000 : 45_050;
      expectOk(await recordPayment(db, ownOrg, { customerId: paid.customerId, paymentDate: '2026-04-10', amountMinor, currency: 'PLN', allocations: [{ invoiceId, amountMinor }] }, 'manual', system));
    }
    const list = expectOk(await listApprovals(db, ownOrg, collector, today, page));
    expect(list.items.map((i) => i.preview.rendered)).toEqual([false, true]);
    expect(list.items[0]!.preview).toEqual({ rendered: false, reason: 'none of the invoices is still open' });
    expect(list.items[0]!.invoices.map((i) => [i.openAmountMinor, i.status])).toEqual([
      [0, 'paid'],
      [0, 'paid'],
    ]);
  });

  it('approves a collector step with its credit hold, once, and writes who approved what on the timeline', async () => {
    const { db } = database();
    const d = await debtor('Wezwanie');
    const ids = await demand(d);
    // An effect of another day is not this contact's.
    const other = await demand(d, '2026-04-20');

    const approved = expectOk(await approveAction(db, orgId, ids.sendMessage!, people.collector, now));
    expect(approved).toMatchObject({ id: ids.sendMessage, status: 'pending', effectIds: [ids.holdCredit] });
    for (const id of [ids.sendMessage!, ids.holdCredit!]) {
      const stored = await actionStatus(db, orgId, id);
      expect(stored.status).toBe('pending');
      expect(stored.approved_by_user_id).toBe(people.collector.userId);
      expect(new Date(stored.approved_at!).toISOString()).toBe(now.toISOString());
    }
    expect((await actionStatus(db, orgId, other.holdCredit!)).status).toBe('awaitingApproval');
    expect((await actionStatus(db, orgId, other.sendMessage!)).status).toBe('awaitingApproval');

    const timeline = await timelineOf(db, orgId, d.customerId);
    expect(timeline).toEqual([
      {
        type: 'system',
        channel: null,
        direction: 'internal',
        user_id: people.collector.userId,
        summary: `Approved the letter of ${today} (standard.payment-demand, formal) on ${d.invoiceNumbers.join(', ')}, with credit hold`,
        body: null,
        invoice_ids: d.invoiceIds,
      },
    ]);

    const again = await approveAction(db, orgId, ids.sendMessage!, people.admin, now);
    expect(again).toMatchObject({ ok: false, code: 'conflict' });
    expect(again.ok ? '' : again.message).toMatch(/already approved at 2026-04-15T08:30:00\.000Z; it is pending now/);
    expect(await rejectAction(db, orgId, ids.sendMessage!, { reason: 'too late' }, people.admin, now)).toMatchObject({ ok: false, code: 'conflict' });
    // The effect cannot be decided on by itself.
    expect(await approveAction(db, orgId, other.holdCredit!, people.collector, now)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it("lets only the customer's account owner or an admin decide on an account owner's step", async () => {
    const { db } = database();
    const d = await debtor('Kluczowy', 'owner');
    const ids = await keyAccountRequest(d);
    for (const who of ['collector', 'otherOwner', 'viewer'] as const) {
      const refused = await approveAction(db, orgId, ids.sendMessage!, people[who], now);
      expect(refused, who).toMatchObject({ ok: false, code: 'forbidden', message: "only the customer's account owner or an admin may decide on this contact" });
    }
    expect(await approveAction(db, orgId, ids.sendMessage!, { userId: null, role: 'admin' }, now)).toMatchObject({ ok: false, code: 'forbidden' });
    expect((await actionStatus(db, orgId, ids.sendMessage!)).status).toBe('awaitingApproval');

    expectOk(await approveAction(db, orgId, ids.sendMessage!, people.owner, now));
    expect(await actionStatus(db, orgId, ids.notifyAccountOwner!)).toMatchObject({ status: 'pending', approved_by_user_id: people.owner.userId });

    // An admin may decide on any step.
    const another = await keyAccountRequest(await debtor('Kluczowy drugi', 'owner'));
    expect(expectOk(await approveAction(db, orgId, another.sendMessage!, people.admin, now)).status).toBe('pending');
  });

  it("keeps a collector's step from account owners and viewers", async () => {
    const { db } = database();
    const ids = await demand(await debtor('Zakazany', 'owner'));
    for (const who of ['owner', 'viewer'] as const) {
      expect(await approveAction(db, orgId, ids.sendMessage!, people[who], now), who).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('rejects with a reason: the contact and its effects are cancelled and the reason is on the timeline', async () => {
    const { db } = database();
    const d = await debtor('Odrzucony');
    const ids = await demand(d);
    const noReason = await rejectAction(db, orgId, ids.sendMessage!, { reason: '  ' }, people.collector, now);
    expect(noReason).toMatchObject({ ok: false, code: 'invalid_input', issues: [{ field: 'reason', message: 'say why the contact must not happen' }] });

    const rejected = expectOk(await rejectAction(db, orgId, ids.sendMessage!, { reason: 'Klient zadzwonił, płaci w piątek' }, people.collector, now));
    expect(rejected).toMatchObject({ status: 'cancelled', effectIds: [ids.holdCredit] });
    expect((await actionStatus(db, orgId, ids.sendMessage!)).status).toBe('cancelled');
    expect(await actionStatus(db, orgId, ids.holdCredit!)).toMatchObject({ status: 'cancelled', approved_by_user_id: null });
    const [entry] = await timelineOf(db, orgId, d.customerId);
    expect(entry).toMatchObject({ type: 'system', user_id: people.collector.userId, body: 'Klient zadzwonił, płaci w piątek' });
    expect(entry!.summary).toMatch(/^Rejected the letter of 2026-04-15 \(standard\.payment-demand, formal\)/);

    const approveRejected = await approveAction(db, orgId, ids.sendMessage!, people.collector, now);
    expect(approveRejected).toMatchObject({ ok: false, code: 'conflict', message: 'the action was rejected or cancelled; it no longer waits for approval' });
    const list = expectOk(await listApprovals(db, orgId, people.collector, today, { page: 1, pageSize: 100 }));
    expect(list.items.map((i) => i.id)).not.toContain(ids.sendMessage);
  });

  describe('an action of another organization', () => {
    it('is not found', async () => {
      const { db } = database();
      const foreignOrg = (await makeOrganization(db)).id;
      const ids = await holdContact(db, foreignOrg, await addDebtor(db, foreignOrg, 'Obcy sp. z o.o.'), {
        channel: 'letter',
        approval: 'collector',
        stepKey: 'payment-demand',
        templateKey: 'standard.payment-demand',
        tone: 'formal',
        plannedFor: today,
      });
      expect(await approveAction(db, orgId, ids.sendMessage!, people.admin, now)).toMatchObject({ ok: false, code: 'not_found' });
      expect(await rejectAction(db, orgId, ids.sendMessage!, { reason: 'no' }, people.admin, now)).toMatchObject({ ok: false, code: 'not_found' });
      expect((await actionStatus(db, foreignOrg, ids.sendMessage!)).status).toBe('awaitingApproval');
    });
  });
});
