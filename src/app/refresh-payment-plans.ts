// Keeping running plans up to date as money arrives: what each instalment has
// received is stored, a fully paid plan is completed, and a plan whose instalment
// stayed unpaid past the procedure's allowance is defaulted (its invoices go back to
// the reminder ladder). Each end goes on the customer's timeline.
import { planDefaultsOn, planState } from '../domain/plans';
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import {
  endPaymentPlan,
  instalmentsOfPlans,
  listPaymentPlanRows,
  paidTowardsPlans,
  scheduleWithPaid,
  storeInstalmentsPaid,
} from '../store/payment-plans';
import { invoiceNumbers } from '../store/record-refs';
import { ok } from './errors';
import { followUpTermsOf, standardTerms } from './follow-up-terms';
import { planEndedText } from './follow-up-texts';
import { inTransaction } from './transaction';

export type PlanChange = { planId: string; customerId: string; status: 'completed' | 'defaulted'; endedOn: string };

export type RefreshPlansOptions = {
  /**
   * False leaves a plan that has defaulted active, for the daily run to see it default
   * (and create the collector's task) before it is stored; true by default.
   */
  markDefaulted?: boolean;
};

/** Stores the instalments' paid amounts of the running plans (of the customers given, or all) and ends those completed or defaulted on `today`. */
export async function refreshPaymentPlans(
  db: Db,
  orgId: string,
  today: string,
  customerIds?: readonly string[],
  options: RefreshPlansOptions = {},
): Promise<PlanChange[]> {
  const plans = await listPaymentPlanRows(db, orgId, { customerIds, statuses: ['active'] });
  if (plans.length === 0) return [];
  const planIds = plans.map((p) => p.id);
  const [instalments, paid, numbers] = await Promise.all([
    instalmentsOfPlans(db, orgId, planIds),
    paidTowardsPlans(db, orgId, planIds),
    invoiceNumbers(db, orgId, plans.flatMap((p) => p.invoiceIds)),
  ]);
  const terms = await followUpTermsOf(db, orgId, plans.map((p) => p.customerId), today);
  const changes: PlanChange[] = [];
  for (const plan of plans) {
    const defaultAfterDays = (terms.get(plan.customerId) ?? standardTerms).planDefaultAfterDays;
    const schedule = scheduleWithPaid(instalments.get(plan.id) ?? [], paid.get(plan.id) ?? 0, plan.currency);
    const state = planState(schedule, today, defaultAfterDays);
    const ended = await inTransaction(db, async (tx) => {
      await storeInstalmentsPaid(tx, orgId, plan.id, schedule.instalments.map((i, index) => ({ sequence: schedule.sequences[index]!, paidMinor: i.paidMinor })));
      if (state === 'active' || (state === 'defaulted' && options.markDefaulted === false)) return ok(null);
      const endedOn = state === 'defaulted' ? (planDefaultsOn(schedule, defaultAfterDays) ?? today) : today;
      if (!(await endPaymentPlan(tx, orgId, plan.id, state, endedOn))) return ok(null);
      await insertActivity(tx, orgId, {
        customerId: plan.customerId,
        type: 'promise',
        channel: 'system',
        userId: null,
        summary: planEndedText({ ...plan, invoiceNumbers: plan.invoiceIds.map((id) => numbers.get(id) ?? id) }, state),
        invoiceIds: plan.invoiceIds,
      });
      return ok({ planId: plan.id, customerId: plan.customerId, status: state, endedOn } satisfies PlanChange);
    });
    if (ended.ok && ended.value) changes.push(ended.value);
  }
  return changes;
}
