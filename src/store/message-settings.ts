// How an organization sends: one row per organization, absent until someone saves
// settings. Several parts of Duly keep their settings here (sending, signatures, the
// tone guard's own rules); each writes only its own columns.
import { eq } from 'drizzle-orm';
import type { Db } from './database';
import { messageSettings } from './schema';

export type MessageSettingsRow = typeof messageSettings.$inferSelect;
export type MessageSettingsChanges = Partial<Omit<typeof messageSettings.$inferInsert, 'orgId' | 'updatedAt'>>;

/** The organization's row, or null when nothing was saved yet (the defaults apply). */
export async function findMessageSettings(db: Db, orgId: string): Promise<MessageSettingsRow | null> {
  const [row] = await db.select().from(messageSettings).where(eq(messageSettings.orgId, orgId));
  return row ?? null;
}

/** Writes the columns given, creating the row on first save; other columns keep their values. */
export async function saveMessageSettings(db: Db, orgId: string, changes: MessageSettingsChanges, now: Date): Promise<MessageSettingsRow> {
  const [row] = await db
    .insert(messageSettings)
    .values({ ...changes, orgId, updatedAt: now })
    .onConflictDoUpdate({ target: messageSettings.orgId, set: { ...changes, updatedAt: now } })
    .returning();
  return row!;
}
