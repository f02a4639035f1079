// A sent letter's postal tracking number: recorded by hand once the registered
// letter is posted, so the proof of dispatch sits beside the letter itself.
import { and, eq } from 'drizzle-orm';
import type { Db } from './database';
import { sentMessages } from './schema';

export type SentMessageTrackingRow = Pick<
  typeof sentMessages.$inferSelect,
  'id' | 'customerId' | 'channel' | 'recipient' | 'subject' | 'invoiceIds' | 'trackingNumber' | 'sentAt'
>;

const trackingColumns = {
  id: sentMessages.id,
  customerId: sentMessages.customerId,
  channel: sentMessages.channel,
  recipient: sentMessages.recipient,
  subject: sentMessages.subject,
  invoiceIds: sentMessages.invoiceIds,
  trackingNumber: sentMessages.trackingNumber,
  sentAt: sentMessages.sentAt,
};

/** The sent message, or null when not the organization's; `lock` holds it to the transaction's end. */
export async function findSentMessageForTracking(
  db: Db,
  orgId: string,
  sentMessageId: string,
  options: { lock?: boolean } = {},
): Promise<SentMessageTrackingRow | null> {
  const query = db
    .select(trackingColumns)
    .from(sentMessages)
    .where(and(eq(sentMessages.orgId, orgId), eq(sentMessages.id, sentMessageId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Sets the letter's tracking number. */
export async function setLetterTrackingNumber(db: Db, orgId: string, sentMessageId: string, trackingNumber: string): Promise<void> {
  await db
    .update(sentMessages)
    .set({ trackingNumber })
    .where(and(eq(sentMessages.orgId, orgId), eq(sentMessages.id, sentMessageId), eq(sentMessages.channel, 'letter')));
}
