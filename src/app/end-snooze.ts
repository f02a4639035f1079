// Ending a snooze before its last day: the follow-up resumes at once.
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { invoiceNumbers } from '../store/record-refs';
import { endSnoozeRow, findSnoozeRow } from '../store/snoozes';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Ends a snooze at `now`; conflict when it was already ended or its last day (before `today`) has passed. */
export async function endSnooze(db: Db, orgId: string, snoozeId: string, actor: Actor, now: Date, today: string): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const row = await findSnoozeRow(tx, orgId, snoozeId, { lock: true });
    if (!row) return fail('not_found', 'no such snooze');
    if (row.endedAt !== null) return fail('conflict', 'the snooze was already ended');
    if (row.until < today) return fail('conflict', `the snooze already ran out on ${row.until}`);
    await endSnoozeRow(tx, orgId, row.id, now);
    const number = row.invoiceId ? (await invoiceNumbers(tx, orgId, [row.invoiceId])).get(row.invoiceId) : null;
    await insertActivity(tx, orgId, {
      customerId: row.customerId,
      type: 'system',
      channel: 'system',
      userId: actor.userId,
      summary: row.invoiceId ? `Snooze of invoice ${number ?? row.invoiceId} ended before ${row.until}` : `Snooze of the customer ended before ${row.until}`,
      invoiceIds: row.invoiceId ? [row.invoiceId] : [],
    });
    return ok({ id: row.id });
  });
}
