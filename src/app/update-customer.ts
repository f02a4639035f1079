// Changes a customer: only the fields sent.
import type { Customer, CustomerInput } from '../http/contract';
import type { Db } from '../store/database';
import { findCustomer, toCustomer, updateCustomer as updateCustomerRow } from '../store/customers';
import { isUniqueViolation } from '../store/unique-violation';
import { customerValues } from './customer-fields';
import { fail, ok, type Result } from './errors';

/** Applies the patch; not_found for another organization's customer, conflict for a taken external id. */
export async function updateCustomer(
  db: Db,
  orgId: string,
  customerId: string,
  patch: Partial<CustomerInput>,
): Promise<Result<Customer>> {
  const current = await findCustomer(db, orgId, customerId);
  if (!current) return fail('not_found', 'no such customer');
  // A NIP is checked against the country the customer will have after the change.
  const withTaxId = patch.country !== undefined && patch.taxId === undefined ? { ...patch, taxId: current.taxId } : patch;
  const values = await customerValues(db, orgId, withTaxId, current);
  if (!values.ok) return values;
  try {
    const row = await updateCustomerRow(db, orgId, customerId, values.value);
    return row ? ok(toCustomer(row)) : fail('not_found', 'no such customer');
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return fail('conflict', `a customer with the external id "${patch.externalId}" exists`, [
      { field: 'externalId', message: 'taken' },
    ]);
  }
}
