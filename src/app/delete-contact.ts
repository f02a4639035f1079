// Removing a contact who no longer works with the customer.
import type { Db } from '../store/database';
import { deleteContact as deleteContactRow } from '../store/contacts';
import { fail, ok, type Result } from './errors';

/** Deletes the contact; not_found for another organization's contact. */
export async function deleteContact(db: Db, orgId: string, contactId: string): Promise<Result<null>> {
  return (await deleteContactRow(db, orgId, contactId)) ? ok(null) : fail('not_found', 'no such contact');
}
