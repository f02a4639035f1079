// Bearer tokens of integrations: each acts for one organization with one role. The
// token is shown once at creation; only its SHA-256 is kept.
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { ApiToken, Role } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { apiTokens } from './schema';

type ApiTokenRow = typeof apiTokens.$inferSelect;

function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdAt: isoInstant(row.createdAt),
    lastUsedAt: isoInstant(row.lastUsedAt),
    revokedAt: isoInstant(row.revokedAt),
  };
}

/** Stores a new token by its hash. */
export async function insertApiToken(
  db: Db,
  orgId: string,
  values: { name: string; role: Role; tokenHash: string; createdByUserId: string | null },
): Promise<ApiToken> {
  const [row] = await db.insert(apiTokens).values({ orgId, ...values }).returning();
  return toApiToken(row!);
}

/** The organization's tokens, newest first (revoked ones too, marked). */
export async function listApiTokens(db: Db, orgId: string): Promise<ApiToken[]> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.orgId, orgId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

/** Revokes a token; false when it is not one of this organization's live tokens. */
export async function revokeApiToken(db: Db, orgId: string, tokenId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/**
 * The live token with this hash, or null: the one lookup not scoped by an
 * organization, since the token is what tells which organization it acts for.
 */
export async function findLiveApiToken(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; orgId: string; role: Role; createdByUserId: string | null } | null> {
  const [row] = await db
    .select({ id: apiTokens.id, orgId: apiTokens.orgId, role: apiTokens.role, createdByUserId: apiTokens.createdByUserId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row ?? null;
}

/** Notes when a token was last used, at most once a minute so busy integrations do not write on every call. */
export async function touchApiToken(db: Db, orgId: string, tokenId: string, now: Date): Promise<void> {
  const minuteAgo = new Date(now.getTime() - 60_000);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.orgId, orgId),
        eq(apiTokens.id, tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, minuteAgo)),
      ),
    );
}
