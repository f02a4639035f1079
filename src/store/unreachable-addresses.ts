// Addresses that proved unreachable, and the sent messages that proved it: a bounced
// e-mail, a number the SMS provider refused. No step sends to a marked address until
// someone corrects the contact or clears the mark.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './database';
import { sentMessages, unreachableAddresses } from './schema';

export type UnreachableChannel = 'email' | 'sms';

/** An address as it is compared: e-mail addresses in lower case, numbers in E.164 as given. */
export function addressKey(channel: UnreachableChannel, address: string): string {
  return channel === 'email' ? address.trim().toLowerCase() : address.trim();
}

/** Marks the address unreachable; false when it already was (the first reason stays). */
export async function markUnreachable(
  db: Db,
  orgId: string,
  values: { channel: UnreachableChannel; address: string; reason: string; sentMessageId?: string | null; markedAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(unreachableAddresses)
    .values({
      orgId,
      channel: values.channel,
      address: addressKey(values.channel, values.address),
      reason: values.reason,
      sentMessageId: values.sentMessageId ?? null,
      markedAt: values.markedAt,
    })
    .onConflictDoNothing()
    .returning({ id: unreachableAddresses.id });
  return rows.length > 0;
}

/** Which of the addresses are marked unreachable, with the reason each was marked for. */
export async function findUnreachable(
  db: Db,
  orgId: string,
  channel: UnreachableChannel,
  addresses: readonly string[],
): Promise<Map<string, string>> {
  if (addresses.length === 0) return new Map();
  const keys = [...new Set(addresses.map((address) => addressKey(channel, address)))];
  const rows = await db
    .select({ address: unreachableAddresses.address, reason: unreachableAddresses.reason })
    .from(unreachableAddresses)
    .where(and(eq(unreachableAddresses.orgId, orgId), eq(unreachableAddresses.channel, channel), inArray(unreachableAddresses.address, keys)));
  return new Map(rows.map((row) => [row.address, row.reason]));
}

/** Clears the mark, e.g. after the customer confirmed the address works; false when it was not marked. */
export async function clearUnreachable(db: Db, orgId: string, channel: UnreachableChannel, address: string): Promise<boolean> {
  const rows = await db
    .delete(unreachableAddresses)
    .where(
      and(
        eq(unreachableAddresses.orgId, orgId),
        eq(unreachableAddresses.channel, channel),
        eq(unreachableAddresses.address, addressKey(channel, address)),
      ),
    )
    .returning({ id: unreachableAddresses.id });
  return rows.length > 0;
}

export type SentEmailRef = {
  id: string;
  customerId: string;
  contactId: string | null;
  recipient: string;
  subject: string | null;
  invoiceIds: string[];
  status: 'sent' | 'bounced' | 'failed';
  sentAt: Date;
};

/** The e-mail that went out with this Message-ID (angle brackets or not), or null. */
export async function findSentEmailByMessageId(db: Db, orgId: string, messageId: string): Promise<SentEmailRef | null> {
  const bare = messageId.trim().replace(/^<|>$/g, '');
  const [row] = await db
    .select({
      id: sentMessages.id,
      customerId: sentMessages.customerId,
      contactId: sentMessages.contactId,
      recipient: sentMessages.recipient,
      subject: sentMessages.subject,
      invoiceIds: sentMessages.invoiceIds,
      status: sentMessages.status,
      sentAt: sentMessages.sentAt,
    })
    .from(sentMessages)
    .where(
      and(
        eq(sentMessages.orgId, orgId),
        eq(sentMessages.channel, 'email'),
        inArray(sentMessages.messageId, [bare, `<${bare}>`]),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Marks a sent message bounced with the reason; false when it was not in the sent state any more. */
export async function markSentMessageBounced(db: Db, orgId: string, sentMessageId: string, reason: string): Promise<boolean> {
  const rows = await db
    .update(sentMessages)
    .set({ status: 'bounced', statusReason: reason })
    .where(and(eq(sentMessages.orgId, orgId), eq(sentMessages.id, sentMessageId), eq(sentMessages.status, 'sent')))
    .returning({ id: sentMessages.id });
  return rows.length > 0;
}
