// Allocating a payment or a credit note to an invoice: the heart of the ledger. The
// invoice, then the payment or credit note, are locked; the amount may exceed
// neither what the invoice has open nor what the source has left; the invoice's
// balance and the payment's rest change in the same transaction.
import { minorToDecimalString } from '../domain/money';
import type { Db } from '../store/database';
import { insertActivity } from '../store/activities';
import { insertAllocation } from '../store/allocations';
import { creditNoteAllocatedMinor, findCreditNoteRow } from '../store/credit-notes';
import { findInvoiceRow } from '../store/invoices';
import { recomputeInvoiceBalances } from '../store/ledger';
import { changePaymentUnallocated, findPaymentRow, setPaymentCustomer } from '../store/payments';
import type { Actor } from './actor';
import { fail, ok, type Result } from './errors';
import { refreshAfterPayment } from './refresh-after-payment';
import { inTransaction } from './transaction';

export type AllocationRequest = {
  invoiceId: string;
  paymentId?: string | null;
  creditNoteId?: string | null;
  amountMinor: number;
};

/**
 * Allocates a payment or a credit note (exactly one) to an invoice, in its own
 * transaction; given the organization's `today`, the customer's promises and plans
 * are settled against the payment too.
 */
export async function allocate(
  db: Db,
  orgId: string,
  request: AllocationRequest,
  actor: Actor,
  today?: string,
): Promise<Result<{ id: string }>> {
  return inTransaction(db, async (tx) => {
    const done = await allocateWithin(tx, orgId, request, actor);
    if (done.ok && today !== undefined && request.paymentId) {
      const invoice = await findInvoiceRow(tx, orgId, request.invoiceId);
      if (invoice) await refreshAfterPayment(tx, orgId, today, [invoice.customerId]);
    }
    return done;
  });
}

/** The timeline's words for money allocated to an invoice. */
export function paymentAllocatedSummary(amountMinor: number, currency: string, paymentDate: string, invoiceNumber: string): string {
  return `Payment of ${minorToDecimalString(amountMinor, currency)} ${currency} from ${paymentDate} allocated to invoice ${invoiceNumber}`;
}

/**
 * Allocates one payment to several invoices in the caller's transaction, in order; a
 * refusal names its place (`allocations.N`, `allocations.N.amountMinor`) and the caller
 * must roll back. Returns the allocation ids.
 */
export async function allocatePaymentWithin(
  tx: Db,
  orgId: string,
  paymentId: string,
  allocations: readonly { invoiceId: string; amountMinor: number }[],
  actor: Actor,
): Promise<Result<string[]>> {
  const ids: string[] = [];
  for (const [index, allocation] of allocations.entries()) {
    const done = await allocateWithin(tx, orgId, { ...allocation, paymentId }, actor);
    if (!done.ok) {
      return {
        ...done,
        message: `allocations.${index}: ${done.message}`,
        issues: (done.issues ?? [{ message: done.message }]).map((issue) => ({
          ...issue,
          field: `allocations.${index}${issue.field ? `.${issue.field}` : ''}`,
        })),
      };
    }
    ids.push(done.value.id);
  }
  return ok(ids);
}

/** The same, inside a transaction the caller already holds. */
export async function allocateWithin(
  tx: Db,
  orgId: string,
  request: AllocationRequest,
  actor: Actor,
): Promise<Result<{ id: string }>> {
  const { invoiceId, amountMinor } = request;
  const paymentId = request.paymentId ?? null;
  const creditNoteId = request.creditNoteId ?? null;
  if ((paymentId === null) === (creditNoteId === null)) {
    return fail('invalid_input', 'give either paymentId or creditNoteId', [
      { field: 'paymentId', message: 'exactly one of paymentId and creditNoteId' },
    ]);
  }
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    return fail('invalid_input', 'amountMinor: must be a positive whole number', [{ field: 'amountMinor', message: 'positive' }]);
  }
  const invoice = await findInvoiceRow(tx, orgId, invoiceId, { lock: true });
  if (!invoice) return fail('not_found', 'no such invoice', [{ field: 'invoiceId', message: 'no such invoice' }]);
  const money = (minor: number) => `${minorToDecimalString(minor, invoice.currency)} ${invoice.currency}`;
  if (invoice.writtenOffAt) return fail('ledger_rule', `invoice ${invoice.number} is written off: reopen it first`);
  if (amountMinor > invoice.openAmountMinor) {
    return fail('ledger_rule', `invoice ${invoice.number} has only ${money(invoice.openAmountMinor)} open; ${money(amountMinor)} cannot be allocated`, [
      { field: 'amountMinor', message: `at most ${invoice.openAmountMinor}` },
    ]);
  }

  if (paymentId !== null) {
    const payment = await findPaymentRow(tx, orgId, paymentId, { lock: true });
    if (!payment) return fail('not_found', 'no such payment', [{ field: 'paymentId', message: 'no such payment' }]);
    if (payment.currency !== invoice.currency) {
      return fail('ledger_rule', `the payment is in ${payment.currency} and invoice ${invoice.number} in ${invoice.currency}`);
    }
    if (amountMinor > payment.unallocatedMinor) {
      return fail('ledger_rule', `the payment has only ${money(payment.unallocatedMinor)} left to allocate; ${money(amountMinor)} asked`, [
        { field: 'amountMinor', message: `at most ${payment.unallocatedMinor}` },
      ]);
    }
    const row = await insertAllocation(tx, orgId, { invoiceId, paymentId, creditNoteId: null, amountMinor, createdByUserId: actor.userId });
    await changePaymentUnallocated(tx, orgId, paymentId, -amountMinor);
    if (payment.customerId === null) await setPaymentCustomer(tx, orgId, paymentId, invoice.customerId);
    await recomputeInvoiceBalances(tx, orgId, [invoiceId]);
    await insertActivity(tx, orgId, {
      customerId: invoice.customerId,
      type: 'payment',
      direction: 'inbound',
      userId: actor.userId,
      summary: paymentAllocatedSummary(amountMinor, invoice.currency, payment.paymentDate, invoice.number),
      body: payment.transferTitle,
      invoiceIds: [invoiceId],
    });
    return ok({ id: row.id });
  }

  const creditNote = await findCreditNoteRow(tx, orgId, creditNoteId!, { lock: true });
  if (!creditNote) return fail('not_found', 'no such credit note', [{ field: 'creditNoteId', message: 'no such credit note' }]);
  if (creditNote.currency !== invoice.currency) {
    return fail('ledger_rule', `credit note ${creditNote.number} is in ${creditNote.currency} and invoice ${invoice.number} in ${invoice.currency}`);
  }
  if (creditNote.customerId !== invoice.customerId) {
    return fail('ledger_rule', `credit note ${creditNote.number} belongs to another customer than invoice ${invoice.number}`);
  }
  const left = creditNote.totalMinor - (await creditNoteAllocatedMinor(tx, orgId, creditNote.id));
  if (amountMinor > left) {
    return fail('ledger_rule', `credit note ${creditNote.number} has only ${money(left)} left to allocate; ${money(amountMinor)} asked`, [
      { field: 'amountMinor', message: `at most ${left}` },
    ]);
  }
  const row = await insertAllocation(tx, orgId, { invoiceId, paymentId: null, creditNoteId: creditNote.id, amountMinor, createdByUserId: actor.userId });
  await recomputeInvoiceBalances(tx, orgId, [invoiceId]);
  return ok({ id: row.id });
}
