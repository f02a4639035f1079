// Changes a contact: only the fields sent.
import type { Contact, ContactInput } from '../http/contract';
import type { Db } from '../store/database';
import { toContact, updateContact as updateContactRow } from '../store/contacts';
import { isUniqueViolation } from '../store/unique-violation';
import { fail, ok, type Result } from './errors';

/** Applies the patch; not_found for another organization's contact. */
export async function updateContact(
  db: Db,
  orgId: string,
  contactId: string,
  patch: Partial<ContactInput>,
): Promise<Result<Contact>> {
  const changes = {
    ...patch,
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.externalId !== undefined ? { externalId: patch.externalId?.trim() || null } : {}),
    ...(patch.roles !== undefined ? { roles: [...new Set(patch.roles)] } : {}),
    ...(patch.optedOutChannels !== undefined ? { optedOutChannels: [...new Set(patch.optedOutChannels)] } : {}),
  };
  try {
    const row = await updateContactRow(db, orgId, contactId, changes);
    return row ? ok(toContact(row)) : fail('not_found', 'no such contact');
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return fail('conflict', `a contact with the external id "${patch.externalId}" exists`, [{ field: 'externalId', message: 'taken' }]);
  }
}
