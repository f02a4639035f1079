// Rejecting a held contact: it and the waiting effects of its steps are cancelled for
// good, and the timeline keeps the reason. The steps stay carried out on the ladder, so
// the next step follows on its own day rather than this one coming back tomorrow.
import type { ApprovalDecision } from '../../http/contract';
import { insertActivity } from '../../store/activities';
import { markRejected } from '../../store/approvals';
import type { Db } from '../../store/database';
import { invoiceNumbers } from '../../store/record-refs';
import { fail, ok, type Result } from '../errors';
import { inTransaction } from '../transaction';
import type { Approver } from './approval-rights';
import { decidedContactText } from './approval-texts';
import { lockWaitingContact } from './lock-waiting-contact';

/** Rejects a contact waiting for approval with its effects; invalid_input without a reason, else as approveAction. */
export async function rejectAction(
  db: Db,
  orgId: string,
  actionId: string,
  input: { reason: string },
  approver: Approver,
  now: Date,
): Promise<Result<ApprovalDecision>> {
  const reason = input.reason.trim();
  if (reason === '') return fail('invalid_input', 'reason: say why the contact must not happen', [{ field: 'reason', message: 'say why the contact must not happen' }]);
  return inTransaction(db, async (tx) => {
    const waiting = await lockWaitingContact(tx, orgId, actionId, approver);
    if (!waiting.ok) return waiting;
    const { row, action, effects } = waiting.value;
    await markRejected(tx, orgId, [row.id, ...effects.map((e) => e.id)], now);
    const invoiceIds = [...new Set(action.steps.map((s) => s.invoiceId))];
    const numbers = await invoiceNumbers(tx, orgId, invoiceIds);
    const activityId = await insertActivity(tx, orgId, {
      customerId: row.customerId,
      type: 'system',
      direction: 'internal',
      occurredAt: now,
      userId: approver.userId,
      summary: `Rejected ${decidedContactText(action, invoiceIds.map((id) => numbers.get(id) ?? id), effects.map((e) => e.kind))}`,
      body: reason,
      invoiceIds: invoiceIds.filter((id) => numbers.has(id)),
    });
    return ok({ id: row.id, status: 'cancelled' as const, effectIds: effects.map((e) => e.id), activityId });
  });
}
