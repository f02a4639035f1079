// Who belongs to an organization, and with which role.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Member, MembershipSummary, Role } from '../http/contract';
import type { Db } from './database';
import { isoInstant } from './instants';
import { memberships, organizations, users } from './schema';

/** The user's role in the organization, or null when not a member. */
export async function findMembershipRole(db: Db, orgId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

/** Adds the user to the organization, or changes the role of a member. */
export async function upsertMembership(db: Db, orgId: string, userId: string, role: Role): Promise<void> {
  await db
    .insert(memberships)
    .values({ orgId, userId, role })
    .onConflictDoUpdate({ target: [memberships.orgId, memberships.userId], set: { role } });
}

/** Changes a member's role; false when the user is not a member. */
export async function updateMembershipRole(db: Db, orgId: string, userId: string, role: Role): Promise<boolean> {
  const rows = await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** Removes a member; false when the user was not one. */
export async function deleteMembership(db: Db, orgId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** How many admins the organization has. */
export async function countAdmins(db: Db, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.role, 'admin')));
  return row?.n ?? 0;
}

/** The members of an organization, by name. */
export async function listMembers(db: Db, orgId: string): Promise<Member[]> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((row) => ({ ...row, createdAt: isoInstant(row.createdAt) }));
}

/** One member of the organization, or null. */
export async function findMember(db: Db, orgId: string, userId: string): Promise<Member | null> {
  const members = await listMembers(db, orgId);
  return members.find((m) => m.userId === userId) ?? null;
}

/** The organizations a user belongs to, with the role in each. */
export async function listUserOrganizations(db: Db, userId: string): Promise<MembershipSummary[]> {
  return db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      legalName: organizations.legalName,
      role: memberships.role,
      baseCurrency: organizations.baseCurrency,
      defaultLanguage: organizations.defaultLanguage,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.legalName));
}
