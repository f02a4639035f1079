// An entry on a customer's timeline: a note, a logged call, an e-mail, a letter, a
// meeting. Entries are never changed afterwards.
import type { z } from 'zod';
import type { activityInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertActivity, invoicesNotOfCustomer } from '../store/activities';
import { findCustomer } from '../store/customers';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';

/** Appends the entry; invalid_input when an invoice named is not this customer's. */
export async function recordActivity(
  db: Db,
  orgId: string,
  customerId: string,
  input: z.infer<typeof activityInput>,
  actor: Actor,
  now: Date,
): Promise<Result<{ id: string }>> {
  if (!(await findCustomer(db, orgId, customerId))) return fail('not_found', 'no such customer');
  const invoiceIds = [...new Set(input.invoiceIds ?? [])];
  const foreign = await invoicesNotOfCustomer(db, orgId, customerId, invoiceIds);
  if (foreign.length > 0) {
    return fail(
      'invalid_input',
      `invoiceIds: ${foreign.length} of the invoices are not this customer's`,
      foreign.map((id) => ({ field: `invoiceIds.${(input.invoiceIds ?? []).indexOf(id)}`, message: 'not an invoice of this customer' })),
    );
  }
  const id = await insertActivity(db, orgId, {
    customerId,
    type: input.type,
    channel: input.channel ?? null,
    direction: input.direction ?? 'internal',
    occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
    userId: actor.userId,
    summary: input.summary.trim(),
    body: input.body ?? null,
    invoiceIds,
  });
  return ok({ id });
}
