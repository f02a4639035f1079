// One customer from what a person typed: an id, a code, a tax id or an exact name.
import type { Db } from '../../store/database';
import { findCustomersByReference } from '../../store/follow-up-customers';
import { fail, ok, type Result } from '../errors';

/** The customer the reference names; not_found when none, invalid_input listing the candidates when several. */
export async function findCustomerByReference(db: Db, orgId: string, reference: string): Promise<Result<{ id: string; name: string }>> {
  const found = await findCustomersByReference(db, orgId, reference);
  if (found.length === 1) return ok(found[0]!);
  if (found.length === 0) return fail('not_found', `no customer with the id, code, tax id or name "${reference}"`);
  return fail(
    'invalid_input',
    `"${reference}" names ${found.length} customers: use the id`,
    found.map((c) => ({ field: 'customer', message: `${c.id} ${c.name}` })),
  );
}
