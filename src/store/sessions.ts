// Browser sessions. The cookie carries a random token; only its SHA-256 is stored,
// so a copy of the database does not sign anyone in.
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './database';
import { sessions } from './schema';

/** Stores a new session by the hash of its token. */
export async function insertSession(db: Db, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

/** The user of a live session, or null when the token is unknown or expired. */
export async function findSessionUserId(db: Db, tokenHash: string, now: Date): Promise<string | null> {
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row?.userId ?? null;
}

/** Ends a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Forgets the sessions that expired before `now`. */
export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
