// Users are global: one person may work for several organizations. What a user may
// do in an organization lives in memberships (see memberships.ts).
import { count, eq, sql } from 'drizzle-orm';
import type { Db } from './database';
import { users } from './schema';

export type UserRow = typeof users.$inferSelect;

/** E-mail addresses compare without regard to case or surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The user with this e-mail address, or null. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, normalizeEmail(email)));
  return row ?? null;
}

/** The user with this id, or null. */
export async function findUser(db: Db, userId: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row ?? null;
}

/** Inserts a user; null when the e-mail address is taken. */
export async function insertUser(
  db: Db,
  values: { email: string; name: string; passwordHash: string; language: string },
): Promise<UserRow | null> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: normalizeEmail(values.email) })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** How many users exist at all: zero means the installation awaits its setup. */
export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}
