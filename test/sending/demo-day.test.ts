// The demo organization's day, end to end: the run decides, the sender sends — real
// e-mails into the mail catcher, each payment QR code carrying exactly what its
// message asks for, SMS requests to the provider, letters as PDFs, calls in the queue.
import { and, eq, inArray } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { PDFParse } from 'pdf-parse';
import { expect, it } from 'vitest';
import { runFollowUp } from '../../src/app/follow-up/run-follow-up';
import { updateMessageSettings } from '../../src/app/message-settings';
import { sendDueActions, type SendSummary } from '../../src/app/sending/send-due-actions';
import { isBusinessDay } from '../../src/domain/calendar';
import { addDays } from '../../src/domain/dates';
import { sql } from '../../src/store/database';
import { createDemoOrganization } from '../../src/app/demo/write-demo';
import { invoicePaymentReference } from '../../src/domain/creditor-reference';
import { readZbpPayload } from '../../src/formats/qr/zbp-transfer';
import { findCaughtMailRaw, listCaughtMail } from '../../src/store/caught-mail';
import { attachments, bankAccounts, invoices, sentMessages } from '../../src/store/schema';
import { baseUrlsOf, providerSettings, startFakeProviders } from '../channels/sms-fake-providers';
import { senderPorts } from '../../src/worker/sender-ports';
import { describeEachDatabase } from '../databases';
import { expectOk, unique } from '../ledger-fixtures';
import { readQrPng } from '../qr-images';

const day = '2026-03-19';

function addUp(total: SendSummary, summary: SendSummary): void {
  for (const part of ['sent', 'tasks', 'effects', 'held', 'cancelled'] as const) {
    for (const [key, count] of Object.entries(summary[part])) total[part][key] = (total[part][key] ?? 0) + count;
  }
  total.retrying += summary.retrying;
  total.failed.push(...summary.failed);
}

describeEachDatabase('the demo organization’s weeks', (database) => {
  it('sends real e-mails with correct QR codes, SMS to the provider, renders letters and queues calls', { timeout: 120_000 }, async () => {
    const { db } = database();
    const demo = expectOk(await createDemoOrganization(db, { today: day, slug: unique('demo') }));
    const fake = await startFakeProviders();
    try {
      expectOk(
        await updateMessageSettings(
          db,
          demo.orgId,
          { senderEmail: null, senderName: null, replyTo: null, smtpUrl: null, signatures: {}, customerPageBaseUrl: null, sms: providerSettings.smsapi, statementFreshnessDays: 2 },
          new Date(),
        ),
      );
      // Three weeks of working days: the ladders climb from e-mails to SMS, calls and letters.
      const total: SendSummary = { sent: {}, tasks: {}, effects: {}, held: {}, cancelled: {}, retrying: 0, failed: [] };
      for (let date = day; date <= '2026-04-09'; date = addDays(date, 1)) {
        if (!isBusinessDay(date, 'PL')) continue;
        expectOk(await runFollowUp(db, { orgId: demo.orgId, date }));
        // Letters wait for a collector's approval: here the collector approves each one.
        await db.execute(sql`update follow_up_actions set status = 'pending' where org_id = ${demo.orgId} and status = 'awaitingApproval' and channel = 'letter'`);
        const summary = await sendDueActions(db, {
          orgId: demo.orgId,
          now: new Date(`${date}T10:00:00Z`),
          ports: senderPorts({ defaultSmtpUrl: null, sms: { baseUrls: baseUrlsOf(fake) } }),
        });
        addUp(total, summary);
      }
      expect(total.failed).toEqual([]);
      expect(total.sent.email ?? 0).toBeGreaterThan(20);
      expect(total.sent.sms ?? 0).toBeGreaterThan(0);
      expect(total.sent.letter ?? 0).toBeGreaterThan(0);
      expect(total.tasks.call ?? 0).toBeGreaterThan(0);

      const caught = await listCaughtMail(db, demo.orgId, { page: 1, pageSize: 1000 });
      expect(caught.items).toHaveLength(total.sent.email!);
      const [plnAccount] = await db.select().from(bankAccounts).where(and(eq(bankAccounts.orgId, demo.orgId), eq(bankAccounts.currency, 'PLN')));
      let withQr = 0;
      for (const item of caught.items) {
        const mail = await simpleParser((await findCaughtMailRaw(db, demo.orgId, item.id))!);
        const [sent] = await db.select().from(sentMessages).where(and(eq(sentMessages.orgId, demo.orgId), eq(sentMessages.messageId, mail.messageId!)));
        const items = await db.select().from(invoices).where(and(eq(invoices.orgId, demo.orgId), inArray(invoices.id, sent!.invoiceIds)));
        for (const invoice of items) expect(mail.text).toContain(invoice.number);
        const png = mail.attachments.find((a) => a.contentType === 'image/png');
        if (!png) {
          // No single transfer to encode: the items are in more than one currency, or not in PLN or EUR.
          expect(new Set(items.map((i) => i.currency)).size !== 1 || !['PLN', 'EUR'].includes(items[0]!.currency)).toBe(true);
          continue;
        }
        withQr++;
        if (items[0]!.currency !== 'PLN') continue;
        const qr = readZbpPayload(readQrPng(new Uint8Array(png.content))!.text)!;
        const open = items.reduce((sum, i) => sum + Number(i.openAmountMinor), 0);
        // Six digits of grosze hold at most 9 999,99 zł: above that the payer types the amount.
        expect(qr.amountMinor).toBe(open <= 999_999 ? open : null);
        expect(`PL${qr.account}`).toBe(plnAccount!.iban);
        // The code's title holds 32 characters: one invoice's payment reference first, or the invoice numbers as far as they fit.
        if (items.length === 1) expect(qr.title.startsWith(invoicePaymentReference(items[0]!.id))).toBe(true);
        else expect(items.some((invoice) => qr.title.includes(invoice.number))).toBe(true);
      }
      expect(withQr).toBeGreaterThan(0);

      expect(fake.requests.length).toBe(total.sent.sms);
      const smsRecords = await db.select().from(sentMessages).where(and(eq(sentMessages.orgId, demo.orgId), eq(sentMessages.channel, 'sms')));
      for (const request of fake.requests) {
        expect(request.path).toBe('/sms.do');
        expect(smsRecords.some((record) => record.recipient === `+${request.form.get('to')}` && record.text === request.form.get('message'))).toBe(true);
      }

      const letters = await db.select().from(sentMessages).where(and(eq(sentMessages.orgId, demo.orgId), eq(sentMessages.channel, 'letter')));
      expect(letters).toHaveLength(total.sent.letter!);
      for (const letter of letters) {
        const [pdf] = await db.select().from(attachments).where(eq(attachments.id, letter.attachmentId!));
        const text = (await new PDFParse({ data: new Uint8Array(pdf!.content) }).getText()).text;
        expect(text).toContain(letter.subject!.slice(0, 20));
      }
    } finally {
      await fake.close();
    }
  });
});
