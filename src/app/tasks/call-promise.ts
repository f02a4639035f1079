// The promise a call came to, recorded as any promise is (record-promise.ts: a day, an
// amount, the customer's open invoices in its currency, on the timeline) and one rule
// more: it is for no more than is still open on the invoices it names.
import { checkPromiseWithinOpen } from '../../domain/promises';
import type { CallPromise } from '../../http/contract';
import { unsettledStatuses } from '../../store/customers';
import type { Db } from '../../store/database';
import { findInvoiceRow } from '../../store/invoices';
import type { TaskRow } from '../../store/tasks';
import type { Actor } from '../actor';
import { fail, type Issue, type Result } from '../errors';
import { recordPromise } from '../record-promise';
import { inTransaction } from '../transaction';

/**
 * Records the promise of the task's customer, all or nothing; invalid_input names each
 * field under `promise.` (promise.amountMinor, promise.invoiceIds[0], ...).
 */
export async function recordCallPromise(
  db: Db,
  orgId: string,
  task: TaskRow,
  promise: CallPromise,
  actor: Actor,
  today: string,
  now: Date,
): Promise<Result<{ id: string }>> {
  const invoiceIds = [...new Set(promise.invoiceIds)];
  return inTransaction(db, async (tx) => {
    const recorded = await recordPromise(tx, orgId, { ...promise, invoiceIds, customerId: task.customerId }, actor, today, now);
    if (!recorded.ok && recorded.code !== 'invalid_input') return recorded;
    const issues: Issue[] = recorded.ok ? [] : (recorded.issues ?? [{ message: recorded.message }]);

    // What is open is only worth comparing once the amount and the invoices themselves are right.
    const amountOrInvoicesWrong = issues.some((issue) => issue.field === 'amountMinor' || issue.field?.startsWith('invoiceIds'));
    if (!amountOrInvoicesWrong && typeof promise.amountMinor === 'number') {
      const openMinor = await openOnInvoices(tx, orgId, task.customerId, promise.currency, invoiceIds);
      const aboveOpen = checkPromiseWithinOpen(promise.amountMinor, openMinor, promise.currency);
      if (aboveOpen) issues.push({ field: aboveOpen.path, message: aboveOpen.message });
    }
    // Failing here also takes back a promise recordPromise had already written.
    if (recorded.ok && issues.length === 0) return recorded;
    const placed = issues.map((issue) => ({ ...issue, field: issue.field ? `promise.${issue.field}` : 'promise' }));
    return fail('invalid_input', placed.map((issue) => `${issue.field}: ${issue.message}`).join('; '), placed);
  });
}

/** What is still open on those of the invoices the promise can cover: the customer's, unsettled, in its currency. */
async function openOnInvoices(db: Db, orgId: string, customerId: string, currency: string, invoiceIds: readonly string[]): Promise<number> {
  let openMinor = 0;
  for (const invoiceId of invoiceIds) {
    const invoice = await findInvoiceRow(db, orgId, invoiceId);
    if (!invoice || invoice.customerId !== customerId || invoice.currency !== currency) continue;
    if (!(unsettledStatuses as readonly string[]).includes(invoice.status)) continue;
    openMinor += invoice.openAmountMinor;
  }
  return openMinor;
}
