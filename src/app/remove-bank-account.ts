// Removing a bank account the organization no longer uses.
import type { Db } from '../store/database';
import { deleteBankAccount } from '../store/organizations';
import { fail, ok, type Result } from './errors';

/** Removes the account; not_found when it is not the organization's. */
export async function removeBankAccount(db: Db, orgId: string, bankAccountId: string): Promise<Result<null>> {
  return (await deleteBankAccount(db, orgId, bankAccountId)) ? ok(null) : fail('not_found', 'no such bank account');
}
