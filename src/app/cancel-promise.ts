// Withdrawing a promise recorded by mistake or replaced by a new agreement: the
// reminders it paused resume, and the timeline says so.
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { closePromise, findPromiseRow } from '../store/promises';
import { invoiceNumbers } from '../store/record-refs';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { promiseOutcomeText } from './follow-up-texts';
import { inTransaction } from './transaction';

/** Cancels an open promise; conflict when it is already kept, broken or cancelled. */
export async function cancelPromise(db: Db, orgId: string, promiseId: string, actor: Actor, today: string): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const promise = await findPromiseRow(tx, orgId, promiseId, { lock: true });
    if (!promise) return fail('not_found', 'no such promise');
    if (promise.status !== 'open') return fail('conflict', `the promise is already ${promise.status}; only an open promise can be cancelled`);
    await closePromise(tx, orgId, promise.id, 'cancelled', today);
    const numbers = await invoiceNumbers(tx, orgId, promise.invoiceIds);
    await insertActivity(tx, orgId, {
      customerId: promise.customerId,
      type: 'promise',
      userId: actor.userId,
      summary: promiseOutcomeText({ ...promise, invoiceNumbers: promise.invoiceIds.map((id) => numbers.get(id) ?? id) }, 'cancelled', 0),
      invoiceIds: promise.invoiceIds,
    });
    return ok({ id: promise.id });
  });
}
