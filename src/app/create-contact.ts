// A new contact person (or function) at a customer.
import type { Contact, ContactInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertContact, toContact } from '../store/contacts';
import { findCustomer } from '../store/customers';
import { fail, ok, type Result } from './errors';

/** Adds the contact; not_found for another organization's customer, conflict for a taken external id. */
export async function createContact(db: Db, orgId: string, customerId: string, input: ContactInput): Promise<Result<Contact>> {
  if (!(await findCustomer(db, orgId, customerId))) return fail('not_found', 'no such customer');
  const row = await insertContact(db, orgId, customerId, {
    ...input,
    name: input.name.trim(),
    externalId: input.externalId?.trim() || null,
    optedOutChannels: [...new Set(input.optedOutChannels)],
    roles: [...new Set(input.roles)],
  });
  if (!row) return fail('conflict', `a contact with the external id "${input.externalId}" exists`, [{ field: 'externalId', message: 'taken' }]);
  return ok(toContact(row));
}
