// Closing a dispute with what was agreed (a credit note, a replacement, the invoice
// stands): if the invoice is still open its reminders resume.
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { findDisputeRow, resolveDisputeRow } from '../store/disputes';
import { invoiceNumbers } from '../store/record-refs';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Resolves an open dispute on `today`; conflict when it is already resolved. */
export async function resolveDispute(
  db: Db,
  orgId: string,
  disputeId: string,
  input: { resolution: string },
  actor: Actor,
  today: string,
): Promise<Result<{ id: string }>> {
  const resolution = input.resolution.trim();
  if (resolution === '') return fail('invalid_input', 'resolution: say how the dispute ended', [{ field: 'resolution', message: 'say how the dispute ended' }]);
  return inTransaction(db, async (tx) => {
    const dispute = await findDisputeRow(tx, orgId, disputeId, { lock: true });
    if (!dispute) return fail('not_found', 'no such dispute');
    if (dispute.status !== 'open') return fail('conflict', `the dispute was already resolved on ${dispute.resolvedOn}`);
    await resolveDisputeRow(tx, orgId, dispute.id, resolution, today);
    const number = (await invoiceNumbers(tx, orgId, [dispute.invoiceId])).get(dispute.invoiceId) ?? dispute.invoiceId;
    await insertActivity(tx, orgId, {
      customerId: dispute.customerId,
      type: 'dispute',
      userId: actor.userId,
      summary: `Dispute of invoice ${number} resolved`,
      body: resolution,
      invoiceIds: [dispute.invoiceId],
    });
    return ok({ id: dispute.id });
  });
}
