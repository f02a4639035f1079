// When money is allocated (or an allocation undone) the customer's promises and plans
// are settled at once, not only by the next daily run, so the customer page and the
// sender never act on a promise that was kept an hour ago.
import type { Db } from '../store/database';
import { refreshPaymentPlans, type PlanChange } from './refresh-payment-plans';
import { refreshPromises, type PromiseChange } from './refresh-promises';

/** Refreshes the customers' open promises and running plans on `today`; a plan's default is left to the daily run. */
export async function refreshAfterPayment(
  db: Db,
  orgId: string,
  today: string,
  customerIds: readonly string[],
): Promise<{ promises: PromiseChange[]; plans: PlanChange[] }> {
  const customers = [...new Set(customerIds)];
  if (customers.length === 0) return { promises: [], plans: [] };
  const promises = await refreshPromises(db, orgId, today, customers);
  const plans = await refreshPaymentPlans(db, orgId, today, customers, { markDefaulted: false });
  return { promises, plans };
}
