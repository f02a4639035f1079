// Approving a held contact: it goes to the sender, the waiting effects of its steps
// (a credit hold, a handover) go with it, and the timeline says who approved what.
import type { ApprovalDecision } from '../../http/contract';
import { insertActivity } from '../../store/activities';
import { markApproved } from '../../store/approvals';
import type { Db } from '../../store/database';
import { invoiceNumbers } from '../../store/record-refs';
import { ok, type Result } from '../errors';
import { inTransaction } from '../transaction';
import type { Approver } from './approval-rights';
import { decidedContactText } from './approval-texts';
import { lockWaitingContact } from './lock-waiting-contact';

/**
 * Approves a contact waiting for approval and the effects of its steps, all at once;
 * not_found, conflict when it no longer waits (approved, rejected, sent), forbidden
 * when the approver may not decide on it.
 */
export async function approveAction(db: Db, orgId: string, actionId: string, approver: Approver, now: Date): Promise<Result<ApprovalDecision>> {
  return inTransaction(db, async (tx) => {
    const waiting = await lockWaitingContact(tx, orgId, actionId, approver);
    if (!waiting.ok) return waiting;
    const { row, action, effects } = waiting.value;
    const approverId = approver.userId!;
    await markApproved(tx, orgId, [row.id, ...effects.map((e) => e.id)], approverId, now);
    const invoiceIds = [...new Set(action.steps.map((s) => s.invoiceId))];
    const numbers = await invoiceNumbers(tx, orgId, invoiceIds);
    const activityId = await insertActivity(tx, orgId, {
      customerId: row.customerId,
      type: 'system',
      direction: 'internal',
      occurredAt: now,
      userId: approverId,
      summary: `Approved ${decidedContactText(action, invoiceIds.map((id) => numbers.get(id) ?? id), effects.map((e) => e.kind))}`,
      invoiceIds: invoiceIds.filter((id) => numbers.has(id)),
    });
    return ok({ id: row.id, status: 'pending' as const, effectIds: effects.map((e) => e.id), activityId });
  });
}
