// The sender over a real day: the run decides, the sender sends — e-mails into the mail
// catcher with the payment QR code, SMS to a provider, calls into the queue — and
// records each message exactly as it went. It looks again before each message, waits
// for the send window, retries a server that is down, and never sends twice.
import { and, eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { beforeAll, expect, it } from 'vitest';
import { addBankAccount } from '../../src/app/add-bank-account';
import { updateMessageSettings } from '../../src/app/message-settings';
import { sendDueActions } from '../../src/app/sending/send-due-actions';
import { readZbpPayload } from '../../src/formats/qr/zbp-transfer';
import { listActivities } from '../../src/store/activities';
import { listCaughtMail, findCaughtMailRaw } from '../../src/store/caught-mail';
import { queryRows, sql, type Db } from '../../src/store/database';
import { sentMessages, tasks } from '../../src/store/schema';
import { startSmtpReceiver } from '../channels/smtp-receiver';
import { baseUrlsOf, providerSettings, startFakeProviders } from '../channels/sms-fake-providers';
import { senderPorts } from '../../src/worker/sender-ports';
import { startSenderLoop } from '../../src/worker/sender-loop';
import { describeEachDatabase } from '../databases';
import { expectOk } from '../ledger-fixtures';
import { readQrPng } from '../qr-images';
import { buildFollowUpLedger, pay, run, type FollowUpLedger } from '../follow-up/follow-up-ledger';

// Thursday 19 March 2026: the run plans first reminders for the ledger's invoices due on Monday.
const runDay = '2026-03-19';
const inWindow = new Date('2026-03-19T09:30:00Z'); // 10:30 in Warsaw
const catcher = senderPorts({ defaultSmtpUrl: null });
const iban = 'PL61109010140000071219812874';

async function outboxStatuses(db: Db, orgId: string) {
  return queryRows<{ id: string; customer_id: string; kind: string; channel: string | null; status: string; held_reason: string | null; attempts: number; next_attempt_at: Date | null; last_error: string | null }>(
    db,
    sql`select id, customer_id, kind, channel, status, held_reason, attempts, next_attempt_at, last_error
          from follow_up_actions where org_id = ${orgId} order by customer_id, kind`,
  );
}

async function ledgerWithAccount(db: Db, regular: number): Promise<FollowUpLedger> {
  const ledger = await buildFollowUpLedger(db, regular);
  expectOk(await addBankAccount(db, ledger.orgId, { iban, currency: 'PLN', bankName: 'Bank Testowy', isDefault: true }));
  await run(db, ledger.orgId, runDay);
  return ledger;
}

describeEachDatabase('the sender', (database) => {
  let ledger: FollowUpLedger;
  beforeAll(async () => {
    ledger = await ledgerWithAccount(database().db, 3);
  });

  it('sends the day’s e-mails to the mail catcher with a payment QR code, and records each as it went', async () => {
    const { db } = database();
    const planned = (await outboxStatuses(db, ledger.orgId)).filter((a) => a.kind === 'sendMessage');
    expect(planned.length).toBe(3);
    const summary = await sendDueActions(db, { orgId: ledger.orgId, now: inWindow, ports: catcher });
    expect(summary.sent).toEqual({ email: 3 });
    expect(summary.failed).toEqual([]);

    const caught = await listCaughtMail(db, ledger.orgId, { page: 1, pageSize: 10 });
    expect(caught.items).toHaveLength(3);
    const mail = await simpleParser((await findCaughtMailRaw(db, ledger.orgId, caught.items[0]!.id))!);
    expect(mail.to && 'value' in mail.to ? mail.to.value[0]!.address : '').toMatch(/^ap-/);
    expect(mail.messageId).toMatch(/^<action-[0-9a-f-]{36}@/);
    const qr = mail.attachments.find((a) => a.contentType === 'image/png');
    expect(qr).toBeDefined();
    const fields = readZbpPayload(readQrPng(new Uint8Array(qr!.content))!.text);
    expect(fields).toMatchObject({ account: iban.slice(2), amountMinor: 246_000, country: 'PL' });

    const [sent] = await db.select().from(sentMessages).where(and(eq(sentMessages.orgId, ledger.orgId), eq(sentMessages.messageId, mail.messageId!)));
    expect(sent).toMatchObject({ channel: 'email', status: 'sent', subject: mail.subject, text: mail.text?.trimEnd() });
    expect(sent!.invoiceIds.sort()).toEqual([...ledger.invoicesOf.get(sent!.customerId)!].sort());
    const timeline = await listActivities(db, ledger.orgId, sent!.customerId, { page: 1, pageSize: 20 });
    expect(timeline.items.find((a) => a.type === 'email' && a.direction === 'outbound')).toMatchObject({ body: sent!.text });

    const after = await outboxStatuses(db, ledger.orgId);
    expect(after.filter((a) => a.kind === 'sendMessage').map((a) => a.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('sends nothing twice: a second pass finds nothing due', async () => {
    const { db } = database();
    const again = await sendDueActions(db, { orgId: ledger.orgId, now: new Date(inWindow.getTime() + 60_000), ports: catcher });
    expect(again.sent).toEqual({});
    expect((await listCaughtMail(db, ledger.orgId, { page: 1, pageSize: 10 })).items).toHaveLength(3);
  });
});

describeEachDatabase('the sender looks again before each message', (database) => {
  it('leaves a paid invoice out, and drops a reminder whose invoices are all paid', async () => {
    const { db } = database();
    const ledger = await ledgerWithAccount(db, 2);
    const [first, second] = ledger.reminded as [string, string];
    const [a1, a2] = ledger.invoicesOf.get(first)! as [string, string];
    await pay(db, ledger.orgId, first, a1, runDay);
    for (const invoiceId of ledger.invoicesOf.get(second)!) await pay(db, ledger.orgId, second, invoiceId, runDay);

    const summary = await sendDueActions(db, { orgId: ledger.orgId, now: inWindow, ports: catcher });
    expect(summary.sent).toEqual({ email: 1 });
    expect(summary.cancelled).toEqual({ settled: 1 });
    const [sent] = await db.select().from(sentMessages).where(eq(sentMessages.orgId, ledger.orgId));
    expect(sent!.invoiceIds).toEqual([a2]);
    const statuses = await outboxStatuses(db, ledger.orgId);
    expect(statuses.find((s) => s.customer_id === second && s.kind === 'sendMessage')).toMatchObject({ status: 'cancelled', held_reason: 'settled' });
  });

  it('waits for the send window, and sends when it opens', async () => {
    const { db } = database();
    const ledger = await ledgerWithAccount(db, 1);
    const early = new Date('2026-03-19T06:00:00Z'); // 07:00 in Warsaw
    const held = await sendDueActions(db, { orgId: ledger.orgId, now: early, ports: catcher });
    expect(held.held).toEqual({ outsideSendWindow: 1 });
    const [row] = (await outboxStatuses(db, ledger.orgId)).filter((a) => a.kind === 'sendMessage');
    expect(row).toMatchObject({ status: 'pending', held_reason: 'outsideSendWindow', attempts: 0 });
    expect(new Date(row!.next_attempt_at!).toISOString()).toBe('2026-03-19T08:00:00.000Z');

    expect((await sendDueActions(db, { orgId: ledger.orgId, now: new Date('2026-03-19T07:59:00Z'), ports: catcher })).sent).toEqual({});
    expect((await sendDueActions(db, { orgId: ledger.orgId, now: new Date('2026-03-19T08:00:00Z'), ports: catcher })).sent).toEqual({ email: 1 });
  });

  it('retries a server that cannot be reached, later and later, and sends once it is back', async () => {
    const { db } = database();
    const ledger = await ledgerWithAccount(db, 1);
    const receiver = await startSmtpReceiver();
    try {
      const closedPort = `smtp://127.0.0.1:${receiver.port + 1}`;
      const down = { defaultSmtpUrl: closedPort, smtpTimeouts: { connectionMs: 2000, greetingMs: 2000, socketMs: 2000 } };
      expectOk(await updateMessageSettings(db, ledger.orgId, { senderEmail: 'windykacja@wierzyciel.example', senderName: null, replyTo: null, smtpUrl: null, signatures: {}, customerPageBaseUrl: null, sms: null, statementFreshnessDays: 2 }, inWindow));
      const first = await sendDueActions(db, { orgId: ledger.orgId, now: inWindow, ports: senderPorts(down) });
      expect(first.retrying).toBe(1);
      const [row] = (await outboxStatuses(db, ledger.orgId)).filter((a) => a.kind === 'sendMessage');
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(row!.last_error).toContain('e-mail to ap-');
      expect(new Date(row!.next_attempt_at!).getTime() - inWindow.getTime()).toBe(60_000);

      const up = { defaultSmtpUrl: receiver.url };
      expect((await sendDueActions(db, { orgId: ledger.orgId, now: new Date(inWindow.getTime() + 30_000), ports: senderPorts(up) })).sent).toEqual({});
      const second = await sendDueActions(db, { orgId: ledger.orgId, now: new Date(inWindow.getTime() + 61_000), ports: senderPorts(up) });
      expect(second.sent).toEqual({ email: 1 });
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.mailFrom).toBe('windykacja@wierzyciel.example');
    } finally {
      await receiver.close();
    }
  });

  it('sends an SMS step through the organization’s provider and puts a call step in the queue with its script', async () => {
    const { db } = database();
    const ledger = await ledgerWithAccount(db, 1);
    const fake = await startFakeProviders();
    try {
      expectOk(await updateMessageSettings(db, ledger.orgId, { senderEmail: null, senderName: null, replyTo: null, smtpUrl: null, signatures: {}, customerPageBaseUrl: null, sms: providerSettings.smsapi, statementFreshnessDays: 2 }, inWindow));
      const [action] = (await outboxStatuses(db, ledger.orgId)).filter((a) => a.kind === 'sendMessage');
      // The same day's contact, by SMS and then as a call: the run's choice of channel, carried out.
      await db.execute(sql`update follow_up_actions set channel = 'sms', action = jsonb_set(jsonb_set(action::jsonb, '{channel}', '"sms"'), '{templateKey}', '"standard.first-reminder-sms"')::json where id = ${action!.id}::uuid`);
      const summary = await sendDueActions(db, { orgId: ledger.orgId, now: inWindow, ports: senderPorts({ defaultSmtpUrl: null, sms: { baseUrls: baseUrlsOf(fake) } }) });
      expect(summary.sent).toEqual({ sms: 1 });
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]!.form.get('to')).toBe('48600100200');
      const [sms] = await db.select().from(sentMessages).where(eq(sentMessages.orgId, ledger.orgId));
      expect(sms).toMatchObject({ channel: 'sms', recipient: '+48600100200', text: fake.requests[0]!.form.get('message') });

      await db.execute(sql`update follow_up_actions set status = 'pending', kind = 'createCallTask', channel = 'call', action = jsonb_set(action::jsonb, '{channel}', '"call"')::json where id = ${action!.id}::uuid`);
      await db.delete(sentMessages).where(eq(sentMessages.orgId, ledger.orgId));
      const calls = await sendDueActions(db, { orgId: ledger.orgId, now: new Date('2026-03-23T09:30:00Z'), ports: catcher });
      expect(calls.tasks).toEqual({ call: 1 });
      const [task] = await db.select().from(tasks).where(and(eq(tasks.orgId, ledger.orgId), eq(tasks.kind, 'call')));
      expect(task).toMatchObject({ status: 'open', dueOn: '2026-03-23', actionId: action!.id });
      expect((task!.script as { items: unknown[] }).items).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });
});

describeEachDatabase('the sender inside npm start', (database) => {
  it('sends what is due on its first pass, and stops cleanly after the pass in progress', async () => {
    const { db } = database();
    const ledger = await ledgerWithAccount(db, 2);
    const lines: string[] = [];
    const loop = startSenderLoop(db, { channels: { defaultSmtpUrl: null }, intervalMs: 60_000, now: () => inWindow, log: (line) => lines.push(line) });
    await expect.poll(async () => (await listCaughtMail(db, ledger.orgId, { page: 1, pageSize: 10 })).total, { timeout: 20_000 }).toBe(2);
    await loop.stop();
    expect(lines.some((line) => line.startsWith('sender: ') && line.includes('"email":2'))).toBe(true);
    const statuses = (await outboxStatuses(db, ledger.orgId)).filter((a) => a.kind === 'sendMessage');
    expect(statuses.map((s) => s.status)).toEqual(['sent', 'sent']);
  });
});
