// Browser sign-in: e-mail and password give a session token for an httpOnly cookie.
import type { SessionInfo } from '../http/contract';
import type { Db } from '../store/database';
import { listUserOrganizations } from '../store/memberships';
import { deleteExpiredSessions, deleteSession, insertSession } from '../store/sessions';
import { findUser, findUserByEmail } from '../store/users';
import { fail, ok, type Result } from './errors';
import { checkPassword } from './passwords';
import { newSecretToken, tokenHash } from './secret-tokens';

/** How long a browser session lasts. */
export const sessionDays = 30;

/** Checks the password and opens a session; unauthenticated for a wrong e-mail or password alike. */
export async function signIn(
  db: Db,
  input: { email: string; password: string },
  now: Date,
): Promise<Result<{ token: string; expiresAt: Date; userId: string }>> {
  const user = await findUserByEmail(db, input.email);
  const matches = await checkPassword(user?.passwordHash ?? null, input.password);
  if (!user || !matches) return fail('unauthenticated', 'wrong e-mail or password');
  return ok(await openSession(db, user.id, now));
}

/** Opens a session for a user who has just proved who they are. */
export async function openSession(db: Db, userId: string, now: Date): Promise<{ token: string; expiresAt: Date; userId: string }> {
  await deleteExpiredSessions(db, now);
  const token = newSecretToken('dses');
  const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
  await insertSession(db, tokenHash(token), userId, expiresAt);
  return { token, expiresAt, userId };
}

/** Ends the session of this token (nothing happens for an unknown one). */
export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, tokenHash(token));
}

/** Who the user is and which organizations they may open. */
export async function getSessionInfo(db: Db, userId: string): Promise<Result<SessionInfo>> {
  const user = await findUser(db, userId);
  if (!user) return fail('unauthenticated', 'the user no longer exists');
  return ok({
    user: { id: user.id, email: user.email, name: user.name, language: user.language },
    organizations: await listUserOrganizations(db, userId),
  });
}
