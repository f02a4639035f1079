// A payment received, optionally settling invoices at once.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { paymentInput } from '../http/contract';
import type { Db } from '../store/database';
import { findCustomer } from '../store/customers';
import { findInvoiceRow } from '../store/invoices';
import { insertPayment, type PaymentRow } from '../store/payments';
import type { Actor } from './actor';
import { allocatePaymentWithin } from './allocate';
import { externalPaymentFingerprint } from './payment-fingerprint';
import { fail, ok, type Result } from './errors';
import { refreshAfterPayment } from './refresh-after-payment';
import { inTransaction } from './transaction';

/**
 * What makes the payment recognisable when it comes again: its external id when it
 * has one (a resent API call is then refused as a conflict); otherwise it is unique.
 */
export function paymentFingerprint(externalId: string | null | undefined): string {
  const id = externalId?.trim();
  return id ? externalPaymentFingerprint(id) : `new:${randomUUID()}`;
}

/**
 * Records the payment and its allocations in one transaction; any refused allocation
 * refuses all. Given the organization's `today`, the paying customer's promises and
 * plans are settled against it too.
 */
export async function recordPayment(
  db: Db,
  orgId: string,
  input: z.infer<typeof paymentInput>,
  source: PaymentRow['source'],
  actor: Actor,
  today?: string,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    if (input.customerId && !(await findCustomer(tx, orgId, input.customerId))) {
      return fail('not_found', 'no such customer', [{ field: 'customerId', message: 'no such customer' }]);
    }
    const payment = await insertPayment(tx, orgId, {
      customerId: input.customerId ?? null,
      fingerprint: paymentFingerprint(input.externalId),
      externalId: input.externalId?.trim() || null,
      paymentDate: input.paymentDate,
      amountMinor: input.amountMinor,
      currency: input.currency,
      payerName: input.payerName?.trim() || null,
      payerAccount: input.payerAccount?.replace(/\s/g, '') || null,
      transferTitle: input.transferTitle?.trim() || null,
      source,
    });
    if (!payment) {
      return fail('conflict', `a payment with the external id "${input.externalId}" is already recorded`, [
        { field: 'externalId', message: 'already recorded' },
      ]);
    }
    const allocations = input.allocations ?? [];
    const allocated = await allocatePaymentWithin(tx, orgId, payment.id, allocations, actor);
    if (!allocated.ok) return allocated;
    const customerIds = input.customerId ? [input.customerId] : [];
    for (const allocation of allocations) {
      const invoice = await findInvoiceRow(tx, orgId, allocation.invoiceId);
      if (invoice) customerIds.push(invoice.customerId);
    }
    if (today !== undefined) await refreshAfterPayment(tx, orgId, today, customerIds);
    return ok({ id: payment.id });
  });
}
