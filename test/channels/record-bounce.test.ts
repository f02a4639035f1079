// Bounces recorded: the address marked unreachable, the message bounced, the timeline
// told and a collector asked to find a working address — once, however often the
// report arrives; a delay warning changes nothing.
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { createContact } from '../../src/app/create-contact';
import { recordBounce } from '../../src/app/record-bounce';
import { parseDeliveryStatus } from '../../src/formats/email/delivery-status';
import { listActivities } from '../../src/store/activities';
import type { Db } from '../../src/store/database';
import { activities, sentMessages, tasks, unreachableAddresses } from '../../src/store/schema';
import { findUnreachable } from '../../src/store/unreachable-addresses';
import { describeEachDatabase } from '../databases';
import { expectOk, makeCustomer, makeInvoice, makeOrganization } from '../ledger-fixtures';

const report = (name: string) => {
  const parsed = parseDeliveryStatus(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
  if (!parsed) throw new Error(`${name} is no delivery status notification`);
  return parsed;
};

const bouncedAt = new Date('2026-04-15T22:30:00Z');

async function sentEmail(db: Db, orgId: string, values: { customerId: string; contactId: string | null; recipient: string; messageId: string; invoiceIds: string[] }) {
  const [row] = await db
    .insert(sentMessages)
    .values({
      orgId,
      ...values,
      channel: 'email',
      language: 'pl',
      templateKey: 'reminder.first',
      subject: 'Przypomnienie o płatności',
      html: '<p>Dzień dobry</p>',
      text: 'Dzień dobry',
      status: 'sent',
      sentAt: new Date('2026-04-15T10:00:05Z'),
    })
    .returning({ id: sentMessages.id });
  return row!.id;
}

describeEachDatabase('recording a bounce', (database) => {
  let orgId: string;
  let customerId: string;
  let contactId: string;
  let invoiceId: string;
  let sentId: string;
  beforeAll(async () => {
    const db = database().db;
    orgId = (await makeOrganization(db)).id;
    customerId = await makeCustomer(db, orgId);
    invoiceId = await makeInvoice(db, orgId, customerId, { grossTotalMinor: 123_000 });
    const contact = expectOk(
      await createContact(db, orgId, customerId, {
        kind: 'person',
        name: 'Jan Kowalski',
        roles: ['payables'],
        emails: [{ address: 'Jan.Kowalski@klient.example' }],
        phones: [],
        addresses: [],
        optedOutChannels: [],
      }),
    );
    contactId = contact.id;
    sentId = await sentEmail(db, orgId, {
      customerId,
      contactId,
      recipient: 'Jan.Kowalski@klient.example',
      messageId: '<6f1c2b7e-8d7a-4d0b-9a51-3f1f7d2c9e10@acme.example>',
      invoiceIds: [invoiceId],
    });
  });

  it('marks the address and the message, tells the timeline and raises a task', async () => {
    const db = database().db;
    const outcome = expectOk(await recordBounce(db, orgId, report('postfix-user-unknown.eml'), bouncedAt));
    expect(outcome).toMatchObject({ outcome: 'recorded', sentMessageId: sentId, customerId, unreachable: ['jan.kowalski@klient.example'] });

    const marked = await findUnreachable(db, orgId, 'email', ['JAN.KOWALSKI@klient.example']);
    expect(marked.get('jan.kowalski@klient.example')).toContain('5.1.1 550 5.1.1');
    const [message] = await db.select().from(sentMessages).where(eq(sentMessages.id, sentId));
    expect(message).toMatchObject({ status: 'bounced' });
    expect(message!.statusReason).toContain('User unknown in virtual mailbox table');

    const timeline = await listActivities(db, orgId, customerId, { page: 1, pageSize: 10 });
    expect(timeline.items[0]).toMatchObject({
      type: 'system',
      channel: 'email',
      direction: 'inbound',
      summary: 'E-mail to jan.kowalski@klient.example bounced: 5.1.1',
      invoiceIds: [invoiceId],
    });
    expect(timeline.items[0]!.body).toContain('"Przypomnienie o płatności" of 2026-04-15T10:00:05.000Z was not delivered');

    const open = await db.select().from(tasks).where(and(eq(tasks.orgId, orgId), eq(tasks.customerId, customerId)));
    expect(open).toHaveLength(1);
    // Half past midnight in Warsaw: the task is due on the organization's calendar day.
    expect(open[0]).toMatchObject({
      kind: 'internal',
      status: 'open',
      title: 'Find a working e-mail address for Jan Kowalski (jan.kowalski@klient.example)',
      contactId,
      invoiceIds: [invoiceId],
      dueOn: '2026-04-16',
    });
  });

  it('records the same bounce once, however often it arrives', async () => {
    const db = database().db;
    const again = expectOk(await recordBounce(db, orgId, report('postfix-user-unknown.eml'), bouncedAt));
    expect(again).toEqual({ outcome: 'already_recorded', sentMessageId: sentId });
    expect(await db.select().from(tasks).where(eq(tasks.orgId, orgId))).toHaveLength(1);
    expect(await db.select().from(activities).where(eq(activities.orgId, orgId))).toHaveLength(1);
  });

  it('changes nothing for a delay warning', async () => {
    const db = database().db;
    const delayedId = await sentEmail(db, orgId, {
      customerId,
      contactId: null,
      recipient: 'biuro@klient.example',
      messageId: '<5d0e8b1a-7c4f-4b2e-9a3d-6e1f0c2b8a47@acme.example>',
      invoiceIds: [],
    });
    expect(expectOk(await recordBounce(db, orgId, report('postfix-delayed.eml'), bouncedAt))).toEqual({ outcome: 'nothing_failed' });
    const [message] = await db.select().from(sentMessages).where(eq(sentMessages.id, delayedId));
    expect(message!.status).toBe('sent');
    expect((await findUnreachable(db, orgId, 'email', ['biuro@klient.example'])).size).toBe(0);
  });

  it('still marks the address when the bounced message is not one Duly sent', async () => {
    const db = database().db;
    const outcome = expectOk(await recordBounce(db, orgId, report('exchange-recipient-not-found.eml'), bouncedAt));
    expect(outcome).toEqual({ outcome: 'unmatched', unreachable: ['a.nowak@klient.example'] });
    const [row] = await db.select().from(unreachableAddresses).where(and(eq(unreachableAddresses.orgId, orgId), eq(unreachableAddresses.address, 'a.nowak@klient.example')));
    expect(row).toMatchObject({ channel: 'email', sentMessageId: null });
    expect(row!.reason).toContain('RESOLVER.ADR.RecipientNotFound');
  });

  it("matches an Exchange report to the organization's message, and only that organization's", async () => {
    const db = database().db;
    const other = (await makeOrganization(db)).id;
    const otherCustomer = await makeCustomer(db, other);
    const exchangeId = await sentEmail(db, other, {
      customerId: otherCustomer,
      contactId: null,
      recipient: 'a.nowak@klient.example',
      messageId: '<0b8e1f4a-2c3d-4e5f-9a6b-7c8d9e0f1a2b@acme.example>',
      invoiceIds: [],
    });
    const outcome = expectOk(await recordBounce(db, other, report('exchange-recipient-not-found.eml'), bouncedAt));
    expect(outcome).toMatchObject({ outcome: 'recorded', sentMessageId: exchangeId, customerId: otherCustomer });
    const [task] = await db.select().from(tasks).where(eq(tasks.orgId, other));
    expect(task!.title).toBe('Find a working e-mail address for a.nowak@klient.example');
  });
});
