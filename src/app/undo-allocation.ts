// Undoing an allocation made by mistake: the money goes back to the payment (or the
// credit note) and the invoice is owed again.
import { minorToDecimalString } from '../domain/money';
import type { Db } from '../store/database';
import { insertActivity } from '../store/activities';
import { deleteAllocationRow, findAllocationRow } from '../store/allocations';
import { findInvoiceRow } from '../store/invoices';
import { recomputeInvoiceBalances } from '../store/ledger';
import { changePaymentUnallocated, findPaymentRow } from '../store/payments';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { refreshAfterPayment } from './refresh-after-payment';
import { inTransaction } from './transaction';

/**
 * Deletes the allocation and restores the balances; not_found for another
 * organization's. Given the organization's `today`, the customer's promises and plans
 * are settled again without the money.
 */
export async function undoAllocation(db: Db, orgId: string, allocationId: string, actor: Actor, today?: string): Promise<Result<null>> {
  return inTransaction(db, async (tx) => {
    const found = await findAllocationRow(tx, orgId, allocationId);
    if (!found) return fail('not_found', 'no such allocation');
    // Same lock order as allocating (invoice, then source), so the two never deadlock.
    const invoice = await findInvoiceRow(tx, orgId, found.invoiceId, { lock: true });
    const allocation = await findAllocationRow(tx, orgId, allocationId, { lock: true });
    if (!invoice || !allocation) return fail('not_found', 'no such allocation');
    await deleteAllocationRow(tx, orgId, allocationId);
    if (allocation.paymentId !== null) {
      const payment = await findPaymentRow(tx, orgId, allocation.paymentId, { lock: true });
      await changePaymentUnallocated(tx, orgId, allocation.paymentId, allocation.amountMinor);
      const amount = `${minorToDecimalString(allocation.amountMinor, invoice.currency)} ${invoice.currency}`;
      await insertActivity(tx, orgId, {
        customerId: invoice.customerId,
        type: 'system',
        channel: 'system',
        userId: actor.userId,
        summary: `Allocation of ${amount} from the payment of ${payment?.paymentDate ?? 'unknown date'} to invoice ${invoice.number} undone`,
        invoiceIds: [invoice.id],
      });
    }
    await recomputeInvoiceBalances(tx, orgId, [invoice.id]);
    if (today !== undefined && allocation.paymentId !== null) await refreshAfterPayment(tx, orgId, today, [invoice.customerId]);
    return ok(null);
  });
}
