// Who is asking: a browser session (a user, in any of their organizations) or an
// API token (one organization, one role).
import type { Role } from '../http/contract';
import type { Db } from '../store/database';
import { findLiveApiToken, touchApiToken } from '../store/api-tokens';
import { findSessionUserId } from '../store/sessions';
import { tokenHash } from './secret-tokens';

export type Principal =
  | { kind: 'session'; userId: string }
  | { kind: 'token'; tokenId: string; orgId: string; role: Role; userId: string | null };

/** The user of a live session token, or null. */
export async function authenticateSession(db: Db, token: string, now: Date): Promise<Principal | null> {
  const userId = await findSessionUserId(db, tokenHash(token), now);
  return userId ? { kind: 'session', userId } : null;
}

/** The organization and role a live API token acts with, or null (unknown or revoked). */
export async function authenticateApiToken(db: Db, token: string, now: Date): Promise<Principal | null> {
  const found = await findLiveApiToken(db, tokenHash(token));
  if (!found) return null;
  await touchApiToken(db, found.orgId, found.id, now);
  return { kind: 'token', tokenId: found.id, orgId: found.orgId, role: found.role, userId: found.createdByUserId };
}
