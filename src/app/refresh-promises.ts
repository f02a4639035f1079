// Settling open promises as money arrives and grace runs out: kept once paid in full
// by the promised day plus grace, partly kept or broken once the grace is over. Each
// change goes on the customer's timeline; a broken promise then counts against the
// customer (routing, the firm stage) wherever promises are read.
import { addDays } from '../domain/dates';
import { evaluatePromise, pausesUntil, type PaymentTowardsPromise } from '../domain/promises';
import { insertActivity } from '../store/activities';
import type { Db } from '../store/database';
import { findOrganization } from '../store/organizations';
import { closePromise, listPromiseRows, paidTowardsPromise, paymentsTowardsPromises, type PromiseRow } from '../store/promises';
import { invoiceNumbers } from '../store/record-refs';
import { ok } from './errors';
import { promiseOutcomeText } from './follow-up-texts';
import { inTransaction } from './transaction';

export type PromiseChange = { promiseId: string; customerId: string; status: 'kept' | 'partlyKept' | 'broken'; resolvedOn: string };

/** Evaluates the open promises (of the customers given, or all) on `today` and stores every outcome reached. */
export async function refreshPromises(db: Db, orgId: string, today: string, customerIds?: readonly string[]): Promise<PromiseChange[]> {
  const org = await findOrganization(db, orgId);
  if (!org) return [];
  const open = await listPromiseRows(db, orgId, { customerIds, statuses: ['open'] });
  if (open.length === 0) return [];
  const payments = await paymentsTowardsPromises(db, orgId, open.map((p) => p.id), org.timeZone);
  const numbers = await invoiceNumbers(db, orgId, open.flatMap((p) => p.invoiceIds));

  const changes: PromiseChange[] = [];
  for (const promise of open) {
    const towards = payments.get(promise.id) ?? [];
    const status = evaluatePromise(promise, towards, today, promise.graceDays);
    if (status === 'open') continue;
    const resolvedOn = status === 'kept' ? dayPaidInFull(promise, towards) : addDays(pausesUntil(promise, promise.graceDays), 1);
    const closed = await inTransaction(db, async (tx) => {
      // Only the refresh that closes the promise writes the timeline entry.
      if (!(await closePromise(tx, orgId, promise.id, status, resolvedOn))) return ok(false);
      await insertActivity(tx, orgId, {
        customerId: promise.customerId,
        type: 'promise',
        channel: 'system',
        userId: null,
        summary: promiseOutcomeText(
          { ...promise, invoiceNumbers: promise.invoiceIds.map((id) => numbers.get(id) ?? id) },
          status,
          paidTowardsPromise(promise, towards, today),
        ),
        invoiceIds: promise.invoiceIds,
      });
      return ok(true);
    });
    if (closed.ok && closed.value) changes.push({ promiseId: promise.id, customerId: promise.customerId, status, resolvedOn });
  }
  return changes;
}

// The payment day on which what came reached the promised amount.
function dayPaidInFull(promise: PromiseRow, payments: readonly PaymentTowardsPromise[]): string {
  let paid = 0;
  for (const payment of [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    paid += payment.amountMinor;
    if (paid >= promise.amountMinor) return payment.date;
  }
  return promise.promisedDate;
}
