// The local mail catcher's mailbox: every e-mail an organization would have sent when
// no SMTP server is set, kept whole so it reads back exactly as a mail client would
// have received it.
import { and, desc, eq, sql } from 'drizzle-orm';
import { simpleParser, type AddressObject } from 'mailparser';
import type { CaughtMail, CaughtMailSummary } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { caughtMails } from './schema';

export type NewCaughtMail = { messageId: string; sender: string; recipients: string[]; subject: string; raw: string };

/** Keeps a caught message; returns its id, or the id of the message kept before with the same Message-ID. */
export async function insertCaughtMail(db: Db, orgId: string, mail: NewCaughtMail, receivedAt: Date): Promise<string> {
  const [row] = await db
    .insert(caughtMails)
    .values({ ...mail, orgId, receivedAt })
    .onConflictDoNothing({ target: [caughtMails.orgId, caughtMails.messageId] })
    .returning({ id: caughtMails.id });
  if (row) return row.id;
  const [kept] = await db
    .select({ id: caughtMails.id })
    .from(caughtMails)
    .where(and(eq(caughtMails.orgId, orgId), eq(caughtMails.messageId, mail.messageId)));
  return kept!.id;
}

const summaryColumns = {
  id: caughtMails.id,
  messageId: caughtMails.messageId,
  sender: caughtMails.sender,
  recipients: caughtMails.recipients,
  subject: caughtMails.subject,
  receivedAt: caughtMails.receivedAt,
};

type SummaryRow = { id: string; messageId: string; sender: string; recipients: string[]; subject: string; receivedAt: Date };

function toSummary(row: SummaryRow): CaughtMailSummary {
  return {
    id: row.id,
    messageId: row.messageId,
    from: row.sender,
    to: row.recipients,
    subject: row.subject,
    receivedAt: isoInstant(row.receivedAt),
  };
}

/** One page of the organization's caught mail, newest first. */
export async function listCaughtMail(
  db: Db,
  orgId: string,
  options: { page: number; pageSize: number },
): Promise<{ items: CaughtMailSummary[]; total: number }> {
  const where = eq(caughtMails.orgId, orgId);
  const [rows, [counted]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(caughtMails)
      .where(where)
      .orderBy(desc(caughtMails.receivedAt), desc(caughtMails.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(caughtMails).where(where),
  ]);
  return { items: rows.map(toSummary), total: counted?.n ?? 0 };
}

/** The whole message as it would have gone over SMTP, or null when not the organization's. */
export async function findCaughtMailRaw(db: Db, orgId: string, caughtMailId: string): Promise<string | null> {
  const [row] = await db
    .select({ raw: caughtMails.raw })
    .from(caughtMails)
    .where(and(eq(caughtMails.orgId, orgId), eq(caughtMails.id, caughtMailId)));
  return row?.raw ?? null;
}

/** Each mailbox of an address header, as "Name <address>" or the bare address. */
function mailboxes(value: AddressObject | AddressObject[] | undefined): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((header) => header.value)
    .map((mailbox) => (mailbox.name ? `${mailbox.name} <${mailbox.address ?? ''}>` : (mailbox.address ?? '')));
}

/** A caught message read back as a mail client shows it, or null when not the organization's. */
export async function getCaughtMail(db: Db, orgId: string, caughtMailId: string): Promise<CaughtMail | null> {
  const [row] = await db
    .select({ ...summaryColumns, raw: caughtMails.raw })
    .from(caughtMails)
    .where(and(eq(caughtMails.orgId, orgId), eq(caughtMails.id, caughtMailId)));
  if (!row) return null;
  // Inline images (the payment QR code) come back as data: URLs, so the HTML shows as sent.
  const parsed = await simpleParser(row.raw);
  const to = mailboxes(parsed.to);
  return {
    ...toSummary(row),
    from: mailboxes(parsed.from)[0] ?? row.sender,
    to: to.length > 0 ? to : row.recipients,
    replyTo: mailboxes(parsed.replyTo)[0] ?? null,
    subject: parsed.subject ?? row.subject,
    date: parsed.date ? parsed.date.toISOString() : null,
    text: parsed.text ?? '',
    html: parsed.html || null,
    attachments: parsed.attachments.map((attachment) => ({
      fileName: attachment.filename ?? null,
      contentType: attachment.contentType,
      sizeBytes: attachment.size,
      contentId: attachment.contentId ? attachment.contentId.replace(/^<|>$/g, '') : null,
    })),
  };
}

export type CaughtMailAttachmentContent = { fileName: string | null; contentType: string; content: Buffer };

/** One attachment of a caught message, by its place in the message's list, or null when there is none such. */
export async function findCaughtMailAttachment(db: Db, orgId: string, caughtMailId: string, index: number): Promise<CaughtMailAttachmentContent | null> {
  const raw = await findCaughtMailRaw(db, orgId, caughtMailId);
  if (raw === null) return null;
  const attachment = (await simpleParser(raw)).attachments[index];
  return attachment ? { fileName: attachment.filename ?? null, contentType: attachment.contentType, content: attachment.content } : null;
}
