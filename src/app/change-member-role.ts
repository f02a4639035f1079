// Changing what a member may do, never leaving the organization without an admin.
import type { Member, Role } from '../http/contract';
import type { Db } from '../store/database';
import { countAdmins, findMember, findMembershipRole, updateMembershipRole } from '../store/memberships';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Sets the member's role; conflict when it would remove the last admin. */
export async function changeMemberRole(db: Db, orgId: string, userId: string, role: Role): Promise<Result<Member>> {
  return inTransaction(db, async (tx) => {
    const current = await findMembershipRole(tx, orgId, userId);
    if (!current) return fail('not_found', 'no such member');
    if (current === 'admin' && role !== 'admin' && (await countAdmins(tx, orgId)) <= 1) {
      return fail('conflict', 'the organization needs at least one admin');
    }
    await updateMembershipRole(tx, orgId, userId, role);
    const member = await findMember(tx, orgId, userId);
    return member ? ok(member) : fail('not_found', 'no such member');
  });
}
