// Taking someone out of an organization (their user stays for other organizations).
import type { Db } from '../store/database';
import { countAdmins, deleteMembership, findMembershipRole } from '../store/memberships';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Removes the membership; conflict when it is the last admin. */
export async function removeMember(db: Db, orgId: string, userId: string): Promise<Result<null>> {
  return inTransaction(db, async (tx) => {
    const role = await findMembershipRole(tx, orgId, userId);
    if (!role) return fail('not_found', 'no such member');
    if (role === 'admin' && (await countAdmins(tx, orgId)) <= 1) {
      return fail('conflict', 'the organization needs at least one admin');
    }
    await deleteMembership(tx, orgId, userId);
    return ok(null);
  });
}
