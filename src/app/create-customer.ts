// A new customer of the organization.
import type { Customer, CustomerInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertCustomer, toCustomer, type CustomerValues } from '../store/customers';
import { customerValues } from './customer-fields';
import { fail, ok, type Result } from './errors';

/** Creates a customer; conflict when its external id is taken. */
export async function createCustomer(db: Db, orgId: string, input: CustomerInput): Promise<Result<Customer>> {
  const values = await customerValues(db, orgId, input, { country: input.country, creditLimitCurrency: null });
  if (!values.ok) return values;
  const row = await insertCustomer(db, orgId, values.value as CustomerValues);
  if (!row) {
    return fail('conflict', `a customer with the external id "${input.externalId}" exists`, [
      { field: 'externalId', message: 'taken' },
    ]);
  }
  return ok(toCustomer(row));
}
