// Who may let a held contact go (or stop it): the step says whether a collector's word
// is enough or the customer's account owner must agree. An admin may always; a token
// never, because an approval records the person who gave it.
import type { Role } from '../../http/contract';

/** The person deciding, with their role in the organization; userId null for an API token. */
export type Approver = { userId: string | null; role: Role };

/** True when the approver may approve or reject a contact that needs `approval`. */
export function mayApprove(approval: string, approver: Approver, accountOwnerUserId: string | null): boolean {
  if (approver.userId === null) return false;
  if (approver.role === 'admin') return true;
  switch (approval) {
    case 'collector':
      return approver.role === 'collector';
    case 'account_owner':
      return accountOwnerUserId !== null && approver.userId === accountOwnerUserId;
    default:
      return false;
  }
}

/** Why the approver may not decide, in words that say who may. */
export function whoMayApprove(approval: string, approver: Approver): string {
  if (approver.userId === null) return 'an approval records who gave it: an API token cannot approve or reject';
  return approval === 'account_owner'
    ? "only the customer's account owner or an admin may decide on this contact"
    : 'only a collector or an admin may decide on this contact';
}
