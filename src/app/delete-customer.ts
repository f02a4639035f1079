// A customer can be deleted only while nothing refers to it: the ledger and the
// timeline are records that must not lose their customer.
import type { Db } from '../store/database';
import { customerReferences, deleteCustomer as deleteCustomerRow, findCustomer } from '../store/customers';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Deletes the customer and its contacts; conflict when it has invoices, payments, credit notes or a timeline. */
export async function deleteCustomer(db: Db, orgId: string, customerId: string): Promise<Result<null>> {
  return inTransaction(db, async (tx) => {
    if (!(await findCustomer(tx, orgId, customerId))) return fail('not_found', 'no such customer');
    const refs = await customerReferences(tx, orgId, customerId);
    const held = [
      refs.invoices && 'invoices',
      refs.payments && 'payments',
      refs.creditNotes && 'credit notes',
      refs.activities && 'timeline entries',
    ].filter(Boolean);
    if (held.length > 0) return fail('conflict', `the customer has ${held.join(', ')} and cannot be deleted`);
    await deleteCustomerRow(tx, orgId, customerId);
    return ok(null);
  });
}
