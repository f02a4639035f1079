// Calling off a running plan (renegotiated, or agreed by mistake): its invoices go
// back to the reminder ladder; the plan and its schedule stay as history.
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { endPaymentPlan, findPaymentPlanRow } from '../store/payment-plans';
import { invoiceNumbers } from '../store/record-refs';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { planEndedText } from './follow-up-texts';
import { inTransaction } from './transaction';

/** Cancels an active plan on `today`; conflict when it already ended. */
export async function cancelPaymentPlan(db: Db, orgId: string, planId: string, actor: Actor, today: string): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const plan = await findPaymentPlanRow(tx, orgId, planId, { lock: true });
    if (!plan) return fail('not_found', 'no such payment plan');
    if (plan.status !== 'active') return fail('conflict', `the payment plan is already ${plan.status}; only a running plan can be cancelled`);
    await endPaymentPlan(tx, orgId, plan.id, 'cancelled', today);
    const numbers = await invoiceNumbers(tx, orgId, plan.invoiceIds);
    await insertActivity(tx, orgId, {
      customerId: plan.customerId,
      type: 'promise',
      userId: actor.userId,
      summary: planEndedText({ ...plan, invoiceNumbers: plan.invoiceIds.map((id) => numbers.get(id) ?? id) }, 'cancelled'),
      invoiceIds: plan.invoiceIds,
    });
    return ok({ id: plan.id });
  });
}
