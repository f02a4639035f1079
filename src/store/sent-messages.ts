// Messages as they went out: the exact subject, HTML and text, the recipient, the
// Message-ID or the provider's id, a letter's PDF. One row per outbox action at most.
import { and, eq } from 'drizzle-orm';
import type { Db } from './database';
import { sentMessages } from './schema';

export type NewSentMessage = Omit<typeof sentMessages.$inferInsert, 'id' | 'orgId' | 'createdAt'>;
export type SentMessageRow = typeof sentMessages.$inferSelect;

/** Records a sent message; returns its id. */
export async function insertSentMessage(db: Db, orgId: string, message: NewSentMessage): Promise<string> {
  const [row] = await db
    .insert(sentMessages)
    .values({ ...message, orgId })
    .returning({ id: sentMessages.id });
  return row!.id;
}

/** The message an outbox action sent, if any. */
export async function findSentMessageOfAction(db: Db, orgId: string, actionId: string): Promise<SentMessageRow | null> {
  const [row] = await db
    .select()
    .from(sentMessages)
    .where(and(eq(sentMessages.orgId, orgId), eq(sentMessages.actionId, actionId)));
  return row ?? null;
}
